import type { AnalyzedText } from '../normalize/analyze.ts';
import { wordTokensOf } from './features.ts';
import type { ReuseClass } from './model.ts';
import { containment, ngramsOf } from './word-ngrams.ts';

/**
 * The naive reference every figure is reported beside: the share of the
 * page's word 3-grams found in a story, best story first, with two fixed
 * cut-offs (as ../shared/eval/README.md describes it).
 */
export const NAIVE_CUTOFFS = { wholly: 0.4, partial: 0.15 } as const;

export function naiveContainment(page: AnalyzedText, story: AnalyzedText): number {
  const grams = (text: AnalyzedText) =>
    ngramsOf(
      wordTokensOf(text).map((t) => t.key),
      3,
    );
  return containment(grams(page), new Set(grams(story)));
}

export function naiveClass(best: number): ReuseClass {
  if (best >= NAIVE_CUTOFFS.wholly) return 'wholly';
  return best >= NAIVE_CUTOFFS.partial ? 'partial' : 'not';
}
