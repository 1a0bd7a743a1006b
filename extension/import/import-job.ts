import type { WiretraceDatabase } from '../db/database.ts';
import { ImportLog } from '../db/import-log.ts';
import { StoryCache } from '../db/story-cache.ts';

export type { ImportJob } from '../db/rows.ts';

/** Removes what an import that never finished wrote (the worker was stopped, a write failed, the page went away). */
export async function rollBackUnfinishedImport(db: WiretraceDatabase): Promise<number> {
  const cache = new StoryCache(db);
  const id = await cache.unfinishedImport();
  if (id === null) return 0;
  const removed = await cache.rollBack(id);
  await new ImportLog(db).clear();
  return removed;
}
