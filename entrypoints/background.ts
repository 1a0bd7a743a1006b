import { WiretraceDatabase } from '../extension/db/database.ts';
import { serveImports } from '../extension/import/serve-imports.ts';
import { clearActionBadge } from '../extension/worker/action-badge.ts';
import { ensureAlarms, recoverInterruptedWork, runAlarm } from '../extension/worker/background-jobs.ts';
import { dispatch, requestHandlers } from '../extension/worker/handlers.ts';
import { TabBudget } from '../extension/worker/tab-budget.ts';
import { forgetTab } from '../extension/worker/tab-results.ts';

export default defineBackground(() => {
  let db: WiretraceDatabase | null = null;
  const database = () => {
    db ??= new WiretraceDatabase();
    return db;
  };
  const budget = new TabBudget();
  const handlers = requestHandlers(database, budget);

  // Registered synchronously at start: an MV3 worker woken by an event gets it only if its listener already exists.
  browser.runtime.onMessage.addListener((message, sender) => dispatch(handlers, message, sender));
  // Bundles come on a channel of their own: see import-channel.ts.
  serveImports(database);
  // A tab that starts loading a page forgets the last one (`status` needs no "tabs" permission, `url` would).
  browser.tabs.onUpdated.addListener((tabId, change) => {
    if (change.status === 'loading') void Promise.all([forgetTab(tabId), clearActionBadge(tabId)]);
  });
  browser.tabs.onRemoved.addListener((tabId) => {
    budget.forget(tabId);
    void forgetTab(tabId);
  });
  browser.alarms.onAlarm.addListener((alarm) => void logFailure(runAlarm(alarm.name, database())));
  // A new install opens the options page: the cache starts empty, and that is where it is filled.
  browser.runtime.onInstalled.addListener(({ reason }) => {
    if (reason === 'install') void browser.tabs.create({ url: browser.runtime.getURL('/options.html') });
  });

  void logFailure(ensureAlarms());
  // The worker may have been stopped in the middle of an import or a feed poll.
  void logFailure(recoverInterruptedWork(database()));
});

function logFailure(work: Promise<unknown>): Promise<unknown> {
  return work.catch((error) => console.error('Wiretrace:', error));
}
