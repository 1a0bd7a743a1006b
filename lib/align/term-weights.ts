import { termFeature } from '../fingerprint/feature-hash.ts';
import { inverseFrequency, type StoryIndex } from '../retrieve/story-index.ts';

/** How much a shared word counts when comparing sentences: rare words count more. */
export type TermWeights = (stem: string) => number;

export function termWeightsFrom(index: Pick<StoryIndex, 'size' | 'documentFrequency'>): TermWeights {
  const cache = new Map<string, number>();
  return (stem) => {
    let weight = cache.get(stem);
    if (weight === undefined) {
      weight = inverseFrequency(index.size, index.documentFrequency(termFeature(stem)));
      cache.set(stem, weight);
    }
    return weight;
  };
}

export const uniformWeights: TermWeights = () => 1;
