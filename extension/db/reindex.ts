import { fingerprintStory } from '../../lib/fingerprint/story-fingerprint.ts';
import { FINGERPRINT_VERSION } from '../../lib/fingerprint/version.ts';
import { storyLanguage } from '../../lib/language/language-of.ts';
import { storedFeatures } from '../../lib/retrieve/sample.ts';
import type { WiretraceDatabase } from './database.ts';
import { isCurrent, otherGeneration } from './fingerprint-state.ts';
import { FEATURE_INDEXES, fingerprintState, storyTables, termCountsOf } from './indexes.ts';
import { readMeta, writeMeta } from './meta-rows.ts';
import type { FingerprintState, Rebuild, StoredStory } from './rows.ts';
import { BLOCK_COUNTER, rewriteStories } from './story-blocks.ts';
import { addTermCounts, clearTermCounts } from './term-counts.ts';
import { TermTally } from './term-tally.ts';
import { readTotals } from './totals.ts';

/** How far a re-index has got (null: the index is today's). */
export interface ReindexProgress {
  stories: number;
  indexed: number;
}

/** Blocks a step re-indexes in one transaction: a few hundred stories, well under a second. */
const BLOCKS_A_STEP = 4;

/**
 * Does one step of bringing the index up to today's fingerprint, in one
 * transaction, and says how far it is (null once the index is current). A
 * step re-indexes the next few blocks, newest first, into the generation
 * being built and records where it got, so a worker stopped at any point
 * resumes where the last committed step ended; the last step puts the new
 * generation in use and empties the old one.
 */
export async function reindexStep(
  db: WiretraceDatabase,
  blocks = BLOCKS_A_STEP,
): Promise<ReindexProgress | null> {
  return db.transaction('rw', storyTables(db), async () => {
    const state = await fingerprintState(db);
    if (isCurrent(state)) return null;
    const rebuild =
      state.rebuild?.version === FINGERPRINT_VERSION ? state.rebuild : await beginRebuild(db, state);
    const next = await db.storyBlocks.where('block').below(rebuild.below).reverse().limit(blocks).toArray();
    if (next.length === 0) {
      await finishRebuild(db, state, rebuild);
      return null;
    }
    const indexed = await indexStories(
      db,
      rebuild,
      next.flatMap((block) => block.stories),
    );
    const below = Math.min(...next.map((block) => block.block));
    const progress = { ...rebuild, below, indexed: rebuild.indexed + indexed };
    await writeMeta(db.meta, { ...state, rebuild: progress });
    return { stories: progress.stories, indexed: progress.indexed };
  });
}

/** Starts (or, after another change of definition, restarts) building the other generation. */
async function beginRebuild(db: WiretraceDatabase, state: FingerprintState): Promise<Rebuild> {
  const generation = state.rebuild?.generation ?? otherGeneration(state.generation);
  await emptyGeneration(db, generation);
  const counter = await readMeta(db.meta, BLOCK_COUNTER);
  const { stories } = await readTotals(db.meta);
  return { version: FINGERPRINT_VERSION, generation, below: counter?.next ?? 1, stories, indexed: 0 };
}

/** Fingerprints stories into the generation being built; a story from before languages gets its language. */
async function indexStories(
  db: WiretraceDatabase,
  rebuild: Rebuild,
  stories: StoredStory[],
): Promise<number> {
  const tally = new TermTally();
  const keyed = stories.map((story) => {
    const fingerprint = fingerprintStory(story);
    tally.count(fingerprint.terms);
    return { key: story.key as number, features: storedFeatures(fingerprint) };
  });
  await FEATURE_INDEXES[rebuild.generation].add(db, keyed);
  await addTermCounts(termCountsOf(db, rebuild.generation), tally);
  const unlabelled = stories.filter((story) => !story.language);
  for (const story of unlabelled) story.language = storyLanguage(story);
  await rewriteStories(db, unlabelled);
  return stories.length;
}

/** The new generation takes over; the old one is emptied; stories are counted by language afresh. */
async function finishRebuild(
  db: WiretraceDatabase,
  state: FingerprintState,
  rebuild: Rebuild,
): Promise<void> {
  await emptyGeneration(db, state.generation);
  await writeMeta(db.meta, { name: 'fingerprint', version: rebuild.version, generation: rebuild.generation });
  const languages: Record<string, number> = {};
  await db.storyBlocks.each((block) => {
    for (const { language } of block.stories)
      if (language) languages[language] = (languages[language] ?? 0) + 1;
  });
  await writeMeta(db.meta, { ...(await readTotals(db.meta)), languages });
}

async function emptyGeneration(db: WiretraceDatabase, generation: 'a' | 'b'): Promise<void> {
  await FEATURE_INDEXES[generation].clear(db);
  await clearTermCounts(termCountsOf(db, generation));
}
