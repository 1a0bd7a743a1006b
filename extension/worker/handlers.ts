import { type Browser, browser } from 'wxt/browser';
import { Deadline } from '../../lib/engine/deadline.ts';
import { extractFromHtml } from '../../lib/extract/html.ts';
import { wireOfCopy } from '../../lib/extract/wire-copy.ts';
import { type Capture, captureStory } from '../capture/capture-story.ts';
import { rememberCopy } from '../capture/credited-copies.ts';
import { wireSiteOf } from '../capture/wire-sites.ts';
import type { WiretraceDatabase } from '../db/database.ts';
import { importRecords } from '../db/import-records.ts';
import { readSettings, writeSettings } from '../db/settings-store.ts';
import { StoryCache } from '../db/story-cache.ts';
import { readTotals } from '../db/totals.ts';
import { addFeed, listFeeds, removeFeed, setFeedEnabled } from '../feeds/feed-list.ts';
import { bundleCollisions } from '../import/collisions.ts';
import { cancelRunningImport } from '../import/serve-imports.ts';
import { undoImport } from '../import/undo-import.ts';
import type { Reply, Request, RequestType, Responses, TabResult } from '../messages/protocol.ts';
import { RequestSchema } from '../messages/protocol.ts';
import { parseMessage } from '../messages/receive.ts';
import { isSiteDisabled } from '../settings.ts';
import { clearActionBadge, setActionBadge } from './action-badge.ts';
import { analyzeArticle, JUDGE_PAGE_MS } from './analyze-page.ts';
import { refreshFeeds } from './background-jobs.ts';
import { badgeSummary, NO_BADGE } from './badge-summary.ts';
import { describeError } from './describe-error.ts';
import { DetailsTabs } from './details-tabs.ts';
import { TabBudget } from './tab-budget.ts';
import { saveTabResult, tabResult } from './tab-results.ts';

type Handler<T extends RequestType> = (
  request: Extract<Request, { type: T }>,
  sender: Browser.runtime.MessageSender,
) => Promise<Responses[T]>;

/** The worker's answer to each request; only the worker touches the database. */
export function requestHandlers(
  db: () => WiretraceDatabase,
  budget = new TabBudget(),
): { [T in RequestType]: Handler<T> } {
  const cache = () => new StoryCache(db());
  const details = new DetailsTabs();
  // The newest judgement asked for in each tab: an older one finishing later is not stored over it.
  const latest = new Map<number, number>();
  let asked = 0;
  return {
    'analyze-page': async (request, sender) => {
      const tabId = senderTab(sender);
      // The page's address as the browser gives it: a page (or a content script it took over) cannot choose it.
      const url = senderPageUrl(sender, request.url);
      const settings = await readSettings(db());
      if (isSiteDisabled(new URL(url).hostname, settings.disabledSites)) return NO_BADGE;
      const ticket = ++asked;
      latest.set(tabId, ticket);
      const save = (result: TabResult) =>
        saveTabResult(tabId, request.badgeFailed ? { ...result, badgeFailed: true } : result);
      if (!budget.take(tabId)) {
        await save({ state: 'limited', url });
        await clearActionBadge(tabId);
        return NO_BADGE;
      }
      const deadline = new Deadline(JUDGE_PAGE_MS);
      const article = extractFromHtml(request.html, url);
      // Nothing read in a private window is stored: no original kept, no copy remembered.
      const incognito = sender.tab?.incognito === true;
      const site = wireSiteOf(new URL(url).hostname, settings.wireSites);
      const keep = async (capture: Capture) => {
        await captureStory(db(), url, article, capture);
        const title = article.title ?? url;
        const copiedOn = capture.kind === 'copy' ? { site: new URL(url).hostname } : {};
        await save({ state: 'captured', url, source: capture.source, title, ...copiedOn });
        await clearActionBadge(tabId);
        return NO_BADGE;
      };
      if (site && !incognito && url.startsWith('https:'))
        return keep({ kind: 'wire-site', source: site.source });
      // A wire's copy on a site that runs it ("PARIS (AFP) -"), of a story the cache has none of, is kept as
      // that site's copy of the wire's story: its provenance is the site's word, and says so.
      const wire = incognito ? null : wireOfCopy(article);
      if ((await readTotals(db().meta)).stories === 0) {
        if (wire) return keep({ kind: 'copy', source: wire });
        await save({ state: 'cache-empty', url });
        await clearActionBadge(tabId);
        return NO_BADGE;
      }
      const result = await analyzeArticle(db(), article, deadline);
      if (latest.get(tabId) !== ticket) return NO_BADGE;
      if (wire && result.status === 'judged' && result.explanation.verdict === 'unrelated')
        return keep({ kind: 'copy', source: wire });
      const summary = badgeSummary(result, settings.sensitivity);
      // The page shows its badge now; the result is stored for the popup (which waits for it) and the
      // reference kept for later without making the reader wait.
      void Promise.all([
        save({ state: 'judged', url, result, judgedAt: Date.now() }),
        setActionBadge(tabId, summary.verdict, summary.tone),
        incognito ? null : rememberCopy(db(), url, result),
      ]).catch((error) => console.error('Wiretrace:', error));
      return summary;
    },
    'not-an-article': async (request, sender) => {
      const tabId = senderTab(sender);
      if (isSiteDisabled(senderHost(sender), (await readSettings(db())).disabledSites)) return null;
      await saveTabResult(tabId, { state: 'not-article', url: senderPageUrl(sender, request.url) });
      await clearActionBadge(tabId);
      return null;
    },
    'page-policy': async (_request, sender) => ({
      enabled: !isSiteDisabled(senderHost(sender), (await readSettings(db())).disabledSites),
    }),
    'get-settings': async () => readSettings(db()),
    'set-settings': async (request) => writeSettings(db(), request.change),
    'get-tab-result': async (request) => tabResult(request.tabId),
    'judge-tab': async (request) => {
      budget.grant(request.tabId);
      return null;
    },
    'open-details': async (_request, sender) => {
      await details.open(senderTab(sender));
      return null;
    },
    'export-bundle': async () => cache().export(),
    'get-stats': async () => cache().stats(),
    'clear-stories': async () => {
      // An import under way would go on writing into the emptied cache and end saying it imported everything.
      const importCancelled = cancelRunningImport(
        'The cache was emptied while this import was running: the import was cancelled, and nothing it brought was kept.',
      );
      return { ...(await cache().clear()), importCancelled };
    },
    'list-feeds': async () => listFeeds(db()),
    'add-feed': async (request) => addFeed(db(), request.url, request.source),
    'set-feed': async (request) => setFeedEnabled(db(), request.url, request.enabled),
    'remove-feed': async (request) => removeFeed(db(), request.url),
    'poll-feeds': async () => {
      await refreshFeeds(db(), true);
      return listFeeds(db());
    },
    'apply-retention': async () => ({
      removed: await cache().applyRetention((await readSettings(db())).retention),
    }),
    'check-bundle': async (request) => bundleCollisions(db(), request.stories),
    'list-imports': async () => importRecords(db().meta),
    'undo-import': async (request) => undoImport(db(), request.id),
  };
}

/** What a content script may ask: about its own page. Everything else is for the extension's own pages. */
const PAGE_REQUESTS: ReadonlySet<RequestType> = new Set([
  'analyze-page',
  'not-an-article',
  'open-details',
  'page-policy',
]);

/**
 * Why a sender may not make a request, or null when it may. A content script
 * runs in the page's process, which a hostile page may have taken over: it
 * gets its own tab's requests and nothing else (not the cache, the feeds, the
 * settings or other tabs). The browser tells who sent a message; the message
 * cannot say.
 */
export function refusal(type: RequestType, sender: Browser.runtime.MessageSender): string | null {
  const fromExtensionPage = sender.url?.startsWith(browser.runtime.getURL('/')) ?? false;
  if (PAGE_REQUESTS.has(type))
    return sender.tab?.id !== undefined && !fromExtensionPage ? null : 'this request must come from a page';
  return fromExtensionPage ? null : "this request must come from one of Wiretrace's own pages";
}

/** Validates a message and its sender and runs its handler; errors become an answer, never a crashed worker. */
export async function dispatch(
  handlers: ReturnType<typeof requestHandlers>,
  message: unknown,
  sender: Browser.runtime.MessageSender,
): Promise<Reply<RequestType>> {
  const request = parseMessage(RequestSchema, message, sender.url ?? 'an unknown sender');
  if (!request) return { ok: false, error: 'malformed message' };
  const refused = refusal(request.type, sender);
  if (refused) return { ok: false, error: refused };
  try {
    const handler = handlers[request.type] as Handler<typeof request.type>;
    return { ok: true, value: await handler(request as never, sender) };
  } catch (error) {
    return { ok: false, error: describeError(error) };
  }
}

/**
 * The address of the page that sent a request. Its origin is the browser's
 * word (the sending document's); within it, the page's own word for where it
 * is now, since a single-page site moves with pushState (where Chromium keeps
 * the document's first address) and could move to any path of its origin
 * anyway. A request naming another origin is refused.
 */
export function senderPageUrl(sender: Pick<Browser.runtime.MessageSender, 'url'>, claimed?: string): string {
  const frame = sender.url ?? '';
  if (!/^https?:\/\//i.test(frame)) throw new Error('this request must come from a web page');
  if (claimed === undefined) return frame;
  if (originOf(claimed) !== originOf(frame))
    throw new Error("the page's address is not on the origin it was sent from");
  return claimed;
}

function originOf(url: string): string | null {
  try {
    return new URL(url).origin;
  } catch {
    return null;
  }
}

/** The host of the page that sent a request, as the browser says it (never as the request says). */
function senderHost(sender: Browser.runtime.MessageSender): string {
  try {
    return new URL(sender.url ?? '').hostname;
  } catch {
    return '';
  }
}

function senderTab(sender: Browser.runtime.MessageSender): number {
  const tabId = sender.tab?.id;
  if (tabId === undefined) throw new Error('this request must come from a page');
  return tabId;
}
