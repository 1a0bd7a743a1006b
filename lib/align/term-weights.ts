import { termFeature } from '../fingerprint/feature-hash.ts';
import { inverseFrequency } from '../retrieve/story-index.ts';

/** How much a shared word counts when comparing sentences: rare words count more. */
export type TermWeights = (stem: string) => number;

/** Weights from the index's size and the counts of the terms (by feature) that will be asked for; others count as rare. */
export function termWeightsFrom(size: number, counts: ReadonlyMap<number, number>): TermWeights {
  const cache = new Map<string, number>();
  return (stem) => {
    let weight = cache.get(stem);
    if (weight === undefined) {
      weight = inverseFrequency(size, counts.get(termFeature(stem)) ?? 0);
      cache.set(stem, weight);
    }
    return weight;
  };
}

export const uniformWeights: TermWeights = () => 1;
