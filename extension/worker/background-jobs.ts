import { browser } from 'wxt/browser';
import type { WiretraceDatabase } from '../db/database.ts';
import { FeedStore } from '../db/feed-store.ts';
import { keptSince } from '../db/retention-limits.ts';
import { readSettings } from '../db/settings-store.ts';
import { StoryCache } from '../db/story-cache.ts';
import { fetchQueuedItems } from '../feeds/fetch-queued-items.ts';
import { browserClient } from '../feeds/fetch-text.ts';
import { pollDueFeeds } from '../feeds/poll-feed.ts';
import { rollBackUnfinishedImport } from '../import/import-job.ts';
import { REINDEX_ALARM, reindexInBackground } from './reindex-job.ts';

export const POLL_ALARM = 'wiretrace:poll-feeds';
export const RETENTION_ALARM = 'wiretrace:retention';

const ALARMS: Record<string, number> = { [POLL_ALARM]: 15, [RETENTION_ALARM]: 6 * 60 };

/** Creates the periodic alarms that are missing; re-creating an existing one would restart its period. */
export async function ensureAlarms(): Promise<void> {
  for (const [name, periodInMinutes] of Object.entries(ALARMS)) {
    if (!(await browser.alarms.get(name)))
      browser.alarms.create(name, { periodInMinutes, delayInMinutes: 1 });
  }
}

export async function runAlarm(name: string, db: WiretraceDatabase): Promise<void> {
  if (name === POLL_ALARM) await refreshFeeds(db);
  if (name === RETENTION_ALARM) await new StoryCache(db).applyRetention((await readSettings(db)).retention);
  if (name === REINDEX_ALARM) await reindexInBackground(db);
}

/** Polls the due feeds (all enabled ones when forced), then stores their new stories. */
export async function refreshFeeds(db: WiretraceDatabase, force = false): Promise<void> {
  const limits = (await readSettings(db)).retention;
  await pollDueFeeds(db, browserClient, { force, publishedSince: keptSince(limits) });
  await fetchQueuedItems(db, browserClient);
  await new StoryCache(db).applyRetention(limits);
}

/**
 * Work a stopped worker left half-done: an import that never finished is
 * rolled back; queued feed items are fetched; a re-index goes on (or starts,
 * after an update that changed the fingerprint).
 */
export async function recoverInterruptedWork(db: WiretraceDatabase): Promise<void> {
  const removed = await rollBackUnfinishedImport(db);
  if (removed > 0) console.info(`Wiretrace: rolled back ${removed} stories of an unfinished import`);
  if ((await new FeedStore(db).queuedCount()) > 0) await fetchQueuedItems(db, browserClient);
  await reindexInBackground(db);
}
