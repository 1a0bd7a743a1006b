import { type Browser, browser } from 'wxt/browser';
import { extractFromHtml } from '../../lib/extract/html.ts';
import { captureStory } from '../capture/capture-story.ts';
import { rememberReference } from '../capture/references.ts';
import { wireSiteOf } from '../capture/wire-sites.ts';
import type { WiretraceDatabase } from '../db/database.ts';
import { applyRetention } from '../db/retention.ts';
import { cacheStats, clearStories, exportBundle } from '../db/story-store.ts';
import { readTotals } from '../db/totals.ts';
import { addFeed, listFeeds, removeFeed, setFeedEnabled } from '../feeds/feed-list.ts';
import type { Reply, Request, RequestType, Responses } from '../messages/protocol.ts';
import { RequestSchema } from '../messages/protocol.ts';
import { parseMessage } from '../messages/receive.ts';
import { retentionLimits, sensitivity, wireSites } from '../settings.ts';
import { clearActionBadge, setActionBadge } from './action-badge.ts';
import { analyzeArticle } from './analyze-page.ts';
import { refreshFeeds } from './background-jobs.ts';
import { badgeSummary, NO_BADGE } from './badge-summary.ts';
import { describeError } from './describe-error.ts';
import { saveTabResult, tabResult } from './tab-results.ts';

type Handler<T extends RequestType> = (
  request: Extract<Request, { type: T }>,
  sender: Browser.runtime.MessageSender,
) => Promise<Responses[T]>;

/** The worker's answer to each request; only the worker touches the database. */
export function requestHandlers(db: () => WiretraceDatabase): { [T in RequestType]: Handler<T> } {
  return {
    'analyze-page': async (request, sender) => {
      const tabId = senderTab(sender);
      const article = extractFromHtml(request.html, request.url);
      const site = wireSiteOf(new URL(sender.url ?? request.url).hostname, await wireSites.getValue());
      if (site) {
        await captureStory(db(), request.url, article, site);
        await saveTabResult(tabId, {
          state: 'captured',
          url: request.url,
          source: site.source,
          title: article.title ?? request.url,
        });
        await clearActionBadge(tabId);
        return NO_BADGE;
      }
      if ((await readTotals(db().meta)).stories === 0) {
        await saveTabResult(tabId, { state: 'cache-empty', url: request.url });
        await clearActionBadge(tabId);
        return NO_BADGE;
      }
      const result = await analyzeArticle(db(), article);
      const summary = badgeSummary(result, await sensitivity.getValue());
      // The page shows its badge now; the result is stored for the popup (which waits for it) and the
      // reference kept for later without making the reader wait.
      void Promise.all([
        saveTabResult(tabId, { state: 'judged', url: request.url, result, judgedAt: Date.now() }),
        setActionBadge(tabId, summary.verdict),
        rememberReference(db(), request.url, result),
      ]).catch((error) => console.error('Wiretrace:', error));
      return summary;
    },
    'not-an-article': async (request, sender) => {
      const tabId = senderTab(sender);
      await saveTabResult(tabId, { state: 'not-article', url: request.url });
      await clearActionBadge(tabId);
      return null;
    },
    'get-tab-result': async (request) => tabResult(request.tabId),
    'open-details': async (_request, sender) => {
      await browser.tabs.create({
        url: `${browser.runtime.getURL('/popup.html')}?tabId=${senderTab(sender)}`,
      });
      return null;
    },
    'export-bundle': async () => exportBundle(db()),
    'get-stats': async () => cacheStats(db()),
    'clear-stories': async () => clearStories(db()),
    'list-feeds': async () => listFeeds(db()),
    'add-feed': async (request) => addFeed(db(), request.url, request.source),
    'set-feed': async (request) => setFeedEnabled(db(), request.url, request.enabled),
    'remove-feed': async (request) => removeFeed(db(), request.url),
    'poll-feeds': async () => {
      await refreshFeeds(db(), true);
      return listFeeds(db());
    },
    'apply-retention': async () => ({
      removed: await applyRetention(db(), await retentionLimits.getValue()),
    }),
  };
}

/** Validates a message and runs its handler; errors become an answer, never a crashed worker. */
export async function dispatch(
  handlers: ReturnType<typeof requestHandlers>,
  message: unknown,
  sender: Browser.runtime.MessageSender,
): Promise<Reply<RequestType>> {
  const request = parseMessage(RequestSchema, message, sender.url ?? 'an unknown sender');
  if (!request) return { ok: false, error: 'malformed message' };
  try {
    const handler = handlers[request.type] as Handler<typeof request.type>;
    return { ok: true, value: await handler(request as never, sender) };
  } catch (error) {
    return { ok: false, error: describeError(error) };
  }
}

function senderTab(sender: Browser.runtime.MessageSender): number {
  const tabId = sender.tab?.id;
  if (tabId === undefined) throw new Error('this request must come from a page');
  return tabId;
}
