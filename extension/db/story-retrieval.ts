import { type TermWeights, termWeightsFrom } from '../../lib/align/term-weights.ts';
import type { Story } from '../../lib/corpus/story.ts';
import type { Fingerprint } from '../../lib/fingerprint/fingerprint.ts';
import { inverseFrequency, maxUsefulFrequency, QUERY_FEATURES } from '../../lib/retrieve/story-index.ts';
import { type StoredStory, storyOf, type WiretraceDatabase } from './database.ts';

export interface Retrieved {
  stories: Story[];
  weights: TermWeights;
}

/**
 * The engine's retrieval step over IndexedDB: the page's rarest features are
 * looked up in the stories' multi-entry feature index, the stories sharing the
 * most rarity come back, with term weights for aligning them. Nothing is loaded
 * whole into memory, so a worker that wakes up can match at once.
 */
export async function retrieveCandidates(
  db: WiretraceDatabase,
  query: Fingerprint,
  limit: number,
): Promise<Retrieved> {
  return db.transaction('r', db.stories, db.terms, async () => {
    const size = await db.stories.count();
    const counts = await termCounts(db, Array.from(query.features));
    const ceiling = maxUsefulFrequency(size);
    const rarest = Array.from(query.features)
      .filter((f) => (counts.get(f) ?? 0) > 0 && (counts.get(f) ?? 0) <= ceiling)
      .sort((a, b) => (counts.get(a) ?? 0) - (counts.get(b) ?? 0))
      .slice(0, QUERY_FEATURES);
    const scores = new Map<number, number>();
    const postings = await Promise.all(
      rarest.map((f) => db.stories.where('features').equals(f).primaryKeys()),
    );
    rarest.forEach((feature, i) => {
      const weight = inverseFrequency(size, counts.get(feature) ?? 0);
      for (const key of postings[i] ?? [])
        scores.set(key as number, (scores.get(key as number) ?? 0) + weight);
    });
    const best = [...scores]
      .sort((a, b) => b[1] - a[1] || a[0] - b[0])
      .slice(0, limit)
      .map(([key]) => key);
    const stored = (await db.stories.bulkGet(best)).filter((s): s is StoredStory => s !== undefined);
    for (const [feature, stories] of await termCounts(
      db,
      stored.flatMap((s) => s.features),
    ))
      counts.set(feature, stories);
    const weights = termWeightsFrom({ size, documentFrequency: (f) => counts.get(f) ?? 0 });
    return { stories: stored.map(storyOf), weights };
  });
}

async function termCounts(db: WiretraceDatabase, features: number[]): Promise<Map<number, number>> {
  const unique = [...new Set(features)];
  const rows = await db.terms.bulkGet(unique);
  return new Map(unique.map((feature, i) => [feature, rows[i]?.stories ?? 0]));
}
