import type { Fingerprint } from '../fingerprint/fingerprint.ts';

export interface Candidate {
  /** The story's key in the index. */
  key: number;
  /** Sum of the rarity (IDF) of the features it shares with the query. */
  score: number;
}

/**
 * Where fingerprints of original stories are kept and looked up. The engine
 * needs only this; Node keeps it in memory, the extension in IndexedDB.
 */
export interface StoryIndex {
  /** Stories indexed. */
  readonly size: number;
  /** In how many stories a feature occurs. */
  documentFrequency(feature: number): number;
  /** The stories that share the most rare features with the query, best first. */
  candidates(query: Fingerprint, limit: number): Candidate[];
}

/** Features in more stories than this share say nothing about which story a text came from. */
export function maxUsefulFrequency(size: number): number {
  return Math.max(8, Math.floor(size * 0.05));
}

/** How many of a query's features are looked up: the rarest ones carry the identity. */
export const QUERY_FEATURES = 96;

/**
 * Rarity of a feature, about ln(N/df). A feature no story has counts as if one
 * had: the page's own words are absent from the index by definition, and must
 * not outweigh the words it shares with its original.
 */
export function inverseFrequency(size: number, frequency: number): number {
  return Math.log(1 + (size + 1) / (Math.max(1, frequency) + 0.5));
}

/**
 * Candidates worth aligning: the best `limit`, without those that share less
 * than a quarter of the best one's rarity. Alignment is the costly step, and a
 * story that weak a match is never the original when a strong one is there.
 */
export function strongCandidates<C extends { score: number }>(ranked: readonly C[], limit: number): C[] {
  const best = ranked[0]?.score ?? 0;
  return ranked.slice(0, limit).filter((c) => c.score >= best * WEAK_CANDIDATE_SHARE);
}

const WEAK_CANDIDATE_SHARE = 0.25;
