import { fingerprintStory } from '../../lib/fingerprint/story-fingerprint.ts';
import type { WiretraceDatabase } from './database.ts';
import { generationOf, liveGenerations } from './fingerprint-state.ts';
import { groupBy } from './group-by.ts';
import { FEATURE_INDEXES, fingerprintState, storyNameIndex, storyTables, termCountsOf } from './indexes.ts';
import type { FingerprintState, StoredStory } from './rows.ts';
import { deleteStories } from './story-blocks.ts';
import { addTermCounts } from './term-counts.ts';
import { TermTally } from './term-tally.ts';
import { addToTotals } from './totals.ts';

const CHUNK = 500;

/** Picks up to `limit` stories to remove; an empty answer ends the removal. */
export type StorySelection = (db: WiretraceDatabase, limit: number) => Promise<StoredStory[]>;

/**
 * Deletes the stories a selection picks, a chunk a transaction, uncounting
 * their terms so counts and totals stay exact after every chunk; the copies known of
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
      const state = await fingerprintState(db);
      await uncountTerms(db, state, records);
      await addToTotals(db.meta, records, -1);
      const keys = records.map((r) => r.key as number);
      for (const [generation, held] of groupBy(keys, (key) => generationOf(state, key)))
        await FEATURE_INDEXES[generation].forget(db, held);
      await storyNameIndex.forget(db, keys);
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

/**
 * Takes the stories' terms out of each live generation's counts that has
 * them: the one in use counts every story, the one being built those it has
 * indexed. (Terms are recomputed from the text: storing them would double the index.)
 */
async function uncountTerms(db: WiretraceDatabase, state: FingerprintState, records: StoredStory[]) {
  const fingerprints = new Map(records.map((r) => [r.key as number, fingerprintStory(r).terms]));
  for (const generation of liveGenerations(state)) {
    const tally = new TermTally();
    for (const [key, terms] of fingerprints)
      if (generation === state.generation || generationOf(state, key) === generation) tally.count(terms, -1);
    await addTermCounts(termCountsOf(db, generation), tally);
  }
}
