import { browser } from 'wxt/browser';
import type { WiretraceDatabase } from '../db/database.ts';
import { StoryCache } from '../db/story-cache.ts';

/** Wakes a worker that stopped in the middle of a re-index, once a minute until it is done. */
export const REINDEX_ALARM = 'wiretrace:reindex';

const running = new WeakMap<WiretraceDatabase, Promise<void>>();

/**
 * Brings the index up to today's fingerprint, a step a transaction, letting
 * pages be judged and stories saved between steps. One run at a time; a run
 * already under way is joined.
 */
export function reindexInBackground(db: WiretraceDatabase): Promise<void> {
  const current = running.get(db);
  if (current) return current;
  const run = reindexToTheEnd(db).finally(() => running.delete(db));
  running.set(db, run);
  return run;
}

async function reindexToTheEnd(db: WiretraceDatabase): Promise<void> {
  const cache = new StoryCache(db);
  let progress = await cache.reindexStep();
  if (!progress) return;
  browser.alarms.create(REINDEX_ALARM, { periodInMinutes: 1 });
  console.info(`Wiretrace: re-indexing ${progress.stories} stories for a new fingerprint`);
  while (progress) progress = await cache.reindexStep();
  await browser.alarms.clear(REINDEX_ALARM);
}
