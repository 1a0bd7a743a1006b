import { type TermWeights, termWeightsFrom } from '../../lib/align/term-weights.ts';
import type { CandidateText } from '../../lib/engine/judge.ts';
import { prepareStory } from '../../lib/engine/prepare.ts';
import type { Fingerprint } from '../../lib/fingerprint/fingerprint.ts';
import { sampledFeatures } from '../../lib/retrieve/sample.ts';
import {
  type Candidate,
  inverseFrequency,
  maxUsefulFrequency,
  QUERY_FEATURES,
  strongCandidates,
} from '../../lib/retrieve/story-index.ts';
import type { WiretraceDatabase } from './database.ts';
import { sampledFeatureIndex, storyTables } from './indexes.ts';
import { indexInSorted } from './sorted-lookup.ts';
import { readStories } from './story-blocks.ts';
import { storyOf } from './story-record.ts';
import { readTermCounts } from './term-counts.ts';
import { readTotals } from './totals.ts';

/**
 * Only features in at most this many stories are scored: the rare ones, which
 * are also the ones that tell an original apart (and the ones worth reading).
 */
const MAX_POSTINGS_READ = 64;

export interface Retrieved {
  /** The candidates, prepared for alignment. */
  candidates: CandidateText[];
  weights: TermWeights;
}

/**
 * The engine's retrieval step over IndexedDB: the page's rare sampled features
 * are looked up in the posting store (terms the counts say
 * are common are not looked up at all), the stories sharing the most rarity come back
 * prepared for alignment, with term weights for it. Only the rows a page needs are read, so
 * a worker that wakes up matches at once, whatever the cache's size.
 */
export async function retrieveCandidates(
  db: WiretraceDatabase,
  query: Fingerprint,
  limit: number,
): Promise<Retrieved> {
  return db.transaction('r', storyTables(db), async () => {
    const size = (await readTotals(db.meta)).stories;
    const ceiling = Math.min(maxUsefulFrequency(size), MAX_POSTINGS_READ);
    const ranked = strongCandidates(await rankStories(db, query, size, ceiling), limit);
    const stored = await readStories(
      db,
      ranked.map((c) => c.key),
    );
    const prepared = stored.map((record) => ({ story: storyOf(record), ...prepareStory(record) }));
    const terms = new Set(query.terms);
    for (const { fingerprint } of prepared) for (const term of fingerprint.terms) terms.add(term);
    const counts = await readTermCounts(db.termCounts, terms);
    const weights = termWeightsFrom({ size, documentFrequency: (f) => counts.get(f) ?? 0 });
    return { candidates: prepared.map(({ story, text }) => ({ story, text })), weights };
  });
}

async function rankStories(
  db: WiretraceDatabase,
  query: Fingerprint,
  size: number,
  ceiling: number,
): Promise<Candidate[]> {
  const sampled = sampledFeatures(query.features);
  const termCounts = await readTermCounts(
    db.termCounts,
    sampled.filter((f) => indexInSorted(query.terms, f) >= 0),
  );
  const lookups = sampled
    .filter((f) => {
      const known = termCounts.get(f);
      return known === undefined || (known > 0 && known <= ceiling);
    })
    .sort((a, b) => (termCounts.get(a) ?? 0) - (termCounts.get(b) ?? 0))
    .slice(0, QUERY_FEATURES);
  const postings = await sampledFeatureIndex.read(db, lookups);
  const scores = new Map<number, number>();
  for (const keys of postings.values()) {
    if (keys.length === 0 || keys.length > ceiling) continue;
    const weight = inverseFrequency(size, keys.length);
    for (const key of keys) scores.set(key, (scores.get(key) ?? 0) + weight);
  }
  return [...scores]
    .map(([key, score]) => ({ key, score }))
    .sort((a, b) => b.score - a.score || a.key - b.key);
}
