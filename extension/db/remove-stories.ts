import { fingerprintStory } from '../../lib/engine/prepare.ts';
import type { WiretraceDatabase } from './database.ts';
import { forgetPostings } from './posting-store.ts';
import { addTermCounts } from './term-counts.ts';
import { addToTotals } from './totals.ts';

const CHUNK = 500;

/**
 * Deletes the stories a query selects, a chunk a transaction, uncounting their
 * terms (recomputed from the text: storing them would double the index) so
 * counts and totals stay exact after every chunk. Their postings go at the
 * posting store's next merge.
 */
export async function removeStories(
  db: WiretraceDatabase,
  select: (db: WiretraceDatabase) => ReturnType<WiretraceDatabase['stories']['toCollection']>,
  limit = Number.POSITIVE_INFINITY,
): Promise<number> {
  let removed = 0;
  while (removed < limit) {
    const chunk = Math.min(CHUNK, limit - removed);
    const tables = [db.stories, db.termCounts, db.meta, db.recentPostings, db.postings];
    const done = await db.transaction('rw', tables, async () => {
      const records = await select(db).limit(chunk).toArray();
      if (records.length === 0) return 0;
      await db.stories.bulkDelete(records.map((r) => r.key as number));
      const delta = new Map<number, number>();
      for (const record of records)
        for (const term of fingerprintStory(record).terms) delta.set(term, (delta.get(term) ?? 0) - 1);
      await addTermCounts(db.termCounts, delta);
      await addToTotals(db.meta, records, -1);
      await forgetPostings(db, records.length);
      return records.length;
    });
    if (done === 0) break;
    removed += done;
  }
  return removed;
}
