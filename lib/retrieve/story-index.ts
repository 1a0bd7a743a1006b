import type { IndexedStory } from '../corpus/story.ts';
import type { Fingerprint } from '../fingerprint/fingerprint.ts';
import { queryFeatures } from './sample.ts';

export interface Candidate {
  /** The story's key in the index. */
  key: number;
  /** Sum of the rarity (IDF) of the sampled features it shares with the query. */
  score: number;
}

export type { IndexedStory } from '../corpus/story.ts';

/**
 * Where the original stories are kept and looked up: the engine
 * (`matchArticle`) needs only this. The command line keeps them in memory
 * (`MemoryStoryIndex`), the extension in IndexedDB (`IndexedDbStoryIndex`);
 * both rank candidates with `rankCandidates`, so they find the same ones.
 */
export interface StoryIndex {
  /** Stories indexed. */
  size(): Promise<number>;
  /** The stories that share the most rare sampled features with the query, best first. */
  candidates(query: Fingerprint, limit: number): Promise<Candidate[]>;
  /** The stories with these keys, in the keys' order; keys no longer stored are left out. */
  stories(keys: readonly number[]): Promise<IndexedStory[]>;
  /** In how many stories each term feature occurs (0 for none). */
  documentFrequencies(terms: Iterable<number>): Promise<Map<number, number>>;
  /** How many stories there are in each language, where the index knows (null: it does not). */
  languages(): Promise<Map<string, number> | null>;
}

/** Features in more stories than this say nothing about which story a text came from (and cost reading). */
export function maxUsefulFrequency(size: number): number {
  return Math.min(MAX_POSTINGS_READ, Math.max(8, Math.floor(size * 0.05)));
}

/** Only features in at most this many stories are looked up: the rare ones, which tell an original apart. */
const MAX_POSTINGS_READ = 64;

/** How many of a query's sampled features are looked up: the rarest ones carry the identity. */
export const QUERY_FEATURES = 96;

/**
 * Rarity of a feature, about ln(N/df). A feature no story has counts as if one
 * had: the page's own words are absent from the index by definition, and must
 * not outweigh the words it shares with its original.
 */
export function inverseFrequency(size: number, frequency: number): number {
  return Math.log(1 + (size + 1) / (Math.max(1, frequency) + 0.5));
}

/** The query's features worth looking up, and those of them that are terms (the rest are name pairs, which have no count). */
function lookupQuery(query: Fingerprint): { features: number[]; terms: number[] } {
  const features = queryFeatures(query.features);
  const terms = new Set(query.terms);
  return { features, terms: features.filter((f) => terms.has(f)) };
}

/**
 * The query's features worth looking up: the rarest by what the term counts
 * say (name pairs, which have no count, first), none a count says is too
 * common to tell stories apart.
 */
function featuresToLookUp(
  features: readonly number[],
  counts: ReadonlyMap<number, number>,
  ceiling: number,
): number[] {
  return features
    .filter((feature) => {
      const known = counts.get(feature);
      return known === undefined || (known > 0 && known <= ceiling);
    })
    .sort((a, b) => (counts.get(a) ?? 0) - (counts.get(b) ?? 0) || a - b)
    .slice(0, QUERY_FEATURES);
}

/**
 * Candidates scored by the rarity of the features they share with the query,
 * best first. A feature's rarity is its count in all stories where the index
 * counts it (a lede feature's list holds only the stories that have it in
 * their lede), else the length of its list.
 */
function rankCandidates(
  postings: Iterable<readonly [feature: number, keys: ArrayLike<number>]>,
  counts: ReadonlyMap<number, number>,
  size: number,
  ceiling: number,
  limit: number,
): Candidate[] {
  const scores = new Map<number, number>();
  for (const [feature, keys] of postings) {
    const frequency = Math.max(keys.length, counts.get(feature) ?? 0);
    if (keys.length === 0 || frequency > ceiling) continue;
    const weight = inverseFrequency(size, frequency);
    for (let i = 0; i < keys.length; i++) {
      const key = keys[i] as number;
      scores.set(key, (scores.get(key) ?? 0) + weight);
    }
  }
  return [...scores]
    .map(([key, score]) => ({ key, score: roundedScore(score) }))
    .sort((a, b) => b.score - a.score || a.key - b.key)
    .slice(0, limit);
}

/** What an index gives the candidate search: its size, its term counts, the posting lists of features. */
export interface CandidateSource {
  size: number;
  counts(terms: readonly number[]): Promise<ReadonlyMap<number, number>>;
  postings(
    features: readonly number[],
  ): Promise<Iterable<readonly [feature: number, keys: ArrayLike<number>]>>;
}

/**
 * The candidate search every index runs, in one place: the query's features
 * worth looking up, the rarest first, none too common, and the stories
 * holding them ranked by the rarity of what they share with the query.
 */
export async function findCandidates(
  query: Fingerprint,
  limit: number,
  source: CandidateSource,
): Promise<Candidate[]> {
  const lookup = await planLookup(query, source.size, source.counts);
  const postings = await source.postings(lookup.features);
  return rankCandidates(postings, lookup.counts, source.size, lookup.ceiling, limit);
}

/** What a candidate search looks up: the features, the counts it knows of them, and the longest list worth reading. */
export interface Lookup {
  features: number[];
  counts: ReadonlyMap<number, number>;
  ceiling: number;
}

/** The first half of every candidate search: which of the query's features to look up (a database ranks them itself). */
export async function planLookup(
  query: Fingerprint,
  size: number,
  countsOf: CandidateSource['counts'],
): Promise<Lookup> {
  const ceiling = maxUsefulFrequency(size);
  const { features, terms } = lookupQuery(query);
  const counts = await countsOf(terms);
  return { features: featuresToLookUp(features, counts, ceiling), counts, ceiling };
}

/**
 * A score to nine decimals: sums of the same weights in another order (a
 * database's) differ in the last bits, and must rank stories alike.
 */
export function roundedScore(score: number): number {
  return Math.round(score * 1e9) / 1e9;
}
