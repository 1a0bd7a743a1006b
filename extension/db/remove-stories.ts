import { fingerprintStory } from '../../lib/engine/prepare.ts';
import type { WiretraceDatabase } from './database.ts';
import { STORY_INDEXES, storyTables } from './indexes.ts';
import { deleteStories } from './story-blocks.ts';
import type { StoredStory } from './story-record.ts';
import { addTermCounts } from './term-counts.ts';
import { TermTally } from './term-tally.ts';
import { addToTotals } from './totals.ts';

const CHUNK = 500;

/** Picks up to `limit` stories to remove; an empty answer ends the removal. */
export type StorySelection = (db: WiretraceDatabase, limit: number) => Promise<StoredStory[]>;

/**
 * Deletes the stories a selection picks, a chunk a transaction, uncounting
 * their terms (recomputed from the text: storing them would double the index)
 * so counts and totals stay exact after every chunk; the copies known of
 * them go too. Their postings go at the indexes' next merge.
 */
export async function removeStories(
  db: WiretraceDatabase,
  select: StorySelection,
  limit = Number.POSITIVE_INFINITY,
): Promise<number> {
  let removed = 0;
  while (removed < limit) {
    const chunk = Math.min(CHUNK, limit - removed);
    const done = await db.transaction('rw', storyTables(db), async () => {
      const records = await select(db, chunk);
      if (records.length === 0) return 0;
      await deleteStories(db, records);
      const tally = new TermTally();
      for (const record of records) tally.count(fingerprintStory(record).terms, -1);
      await addTermCounts(db.termCounts, tally);
      await addToTotals(db.meta, records, -1);
      const keys = records.map((r) => r.key as number);
      for (const index of STORY_INDEXES) await index.forget(db, keys);
      // What is known of a story's copies goes with the story.
      await db.copies
        .where('story')
        .anyOf(records.map((r) => r.id))
        .delete();
      return records.length;
    });
    if (done === 0) break;
    removed += done;
  }
  return removed;
}
