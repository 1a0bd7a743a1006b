import type { Browser } from 'wxt/browser';
import type { WiretraceDatabase } from '../db/database.ts';
import { ImportLog } from '../db/import-log.ts';
import { readSettings, writeSettings } from '../db/settings-store.ts';
import { StoryCache } from '../db/story-cache.ts';
import { addFeed, listFeeds, removeFeed, setFeedEnabled } from '../feeds/feed-list.ts';
import { bundleCollisions } from '../import/collisions.ts';
import { cancelRunningImport } from '../import/serve-imports.ts';
import { undoImport } from '../import/undo-import.ts';
import { parseMessage } from '../messages/receive.ts';
import {
  type Envelope,
  type ReplyOf,
  type RequestOf,
  type RequestType,
  requestSchemaOf,
} from '../messages/requests.ts';
import { readsNothingOn, siteOfHost, withSiteListed } from '../settings.ts';
import { clearActionBadge } from './action-badge.ts';
import { refreshFeeds } from './background-jobs.ts';
import { describeError } from './describe-error.ts';
import { DetailsTabs } from './details-tabs.ts';
import { pageJudge } from './judge-page.ts';
import { refusal, senderHost, senderPageUrl, senderTab } from './sender.ts';
import { TabBudget } from './tab-budget.ts';
import { saveTabResult, tabResult } from './tab-results.ts';

type Handler<T extends RequestType> = (
  request: RequestOf<T>,
  sender: Browser.runtime.MessageSender,
) => Promise<ReplyOf<T>>;
export type Handlers = { [T in RequestType]: Handler<T> };

/** The worker's answer to each request declared in requests.ts; only the worker touches the database. */
export function requestHandlers(db: () => WiretraceDatabase, budget = new TabBudget()): Handlers {
  const cache = () => new StoryCache(db());
  const details = new DetailsTabs();
  const siteOff = async (sender: Browser.runtime.MessageSender) =>
    readsNothingOn(senderHost(sender), await readSettings(db()));
  return {
    'analyze-page': pageJudge(db, budget),
    'not-an-article': async (request, sender) => {
      const tabId = senderTab(sender);
      if (await siteOff(sender)) return null;
      await saveTabResult(tabId, { state: 'not-article', url: senderPageUrl(sender, request.url) });
      await clearActionBadge(tabId);
      return null;
    },
    // The worker alone holds the budget: past it, the content script does not even read the page.
    'page-policy': async (_request, sender) => {
      const enabled = !(await siteOff(sender));
      // Paused or off on the site: what the toolbar said of the tab before goes with the badge.
      if (!enabled) await clearActionBadge(senderTab(sender));
      return { enabled, withinBudget: budget.allows(senderTab(sender)) };
    },
    'hide-badge-on-site': async (_request, sender) => {
      const site = siteOfHost(senderHost(sender));
      const { badgeHiddenSites } = await readSettings(db());
      await writeSettings(db(), { badgeHiddenSites: withSiteListed(badgeHiddenSites, site, true) });
      return null;
    },
    'open-details': async (_request, sender) => {
      await details.open(senderTab(sender));
      return null;
    },
    'get-tab-result': async (request) => tabResult(request.tabId),
    'judge-tab': async (request) => {
      budget.grant(request.tabId);
      return null;
    },
    'get-settings': async () => readSettings(db()),
    'set-settings': async (request) => writeSettings(db(), request.change),
    'get-stats': async () => cache().stats(),
    'export-bundle': async () => cache().export(),
    'clear-stories': async () => {
      // An import under way would go on writing into the emptied cache and end saying it imported everything.
      const importCancelled = cancelRunningImport(
        'The cache was emptied while this import was running: the import was cancelled, and nothing it brought was kept.',
      );
      return { ...(await cache().clear()), importCancelled };
    },
    'apply-retention': async () => ({
      removed: await cache().applyRetention((await readSettings(db())).retention),
    }),
    'list-feeds': async () => listFeeds(db()),
    'add-feed': async (request) => addFeed(db(), request.url, request.source),
    'set-feed': async (request) => setFeedEnabled(db(), request.url, request.enabled),
    'remove-feed': async (request) => removeFeed(db(), request.url),
    'poll-feeds': async () => {
      await refreshFeeds(db(), true);
      return listFeeds(db());
    },
    'check-bundle': async (request) => bundleCollisions(db(), request.stories),
    'list-imports': async () => new ImportLog(db()).list(),
    'undo-import': async (request) => undoImport(db(), request.id),
  };
}

/** Validates a message and its sender and runs its handler; errors become an answer, never a crashed worker. */
export async function dispatch(
  handlers: Handlers,
  message: unknown,
  sender: Browser.runtime.MessageSender,
): Promise<Envelope<RequestType>> {
  const from = sender.url ?? 'an unknown sender';
  const schema = requestSchemaOf((message as { type?: unknown } | null)?.type);
  const request = schema ? parseMessage(schema, message, from) : null;
  if (!request) {
    if (!schema) console.warn(`Wiretrace: rejected a message from ${from}: no request has its type`);
    return { ok: false, error: 'malformed message' };
  }
  const refused = refusal(request.type, sender);
  if (refused) return { ok: false, error: refused };
  try {
    const handler = handlers[request.type] as Handler<RequestType>;
    return { ok: true, value: await handler(request as never, sender) };
  } catch (error) {
    return { ok: false, error: describeError(error) };
  }
}
