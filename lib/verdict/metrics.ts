import type { ReuseClass } from './model.ts';

/** One labelled page as judged: its true class, the class given, and whether a derived answer named one of its sources. */
export interface Judged {
  label: ReuseClass;
  guess: ReuseClass;
  /** The original named is one of the page's labelled sources. */
  sourceRight: boolean;
}

export interface Scores {
  /** Derived (wholly or partially) against not derived, macro-F1. */
  binary: number;
  /** Wholly, partially, not derived, macro-F1. */
  threeClass: number;
  /** Share of derived pages judged derived and given the right source. */
  sourceNamed: number;
  /** True class → class given ("wrong source" where a derived answer named another story) → pages. */
  confusion: Record<ReuseClass, Record<ReuseClass | 'wrong source', number>>;
}

/**
 * Scores judgements as ../shared/eval/meter/score.py does: a derived answer
 * naming a story other than the page's own is wrong in both measures.
 */
export function scoreJudgements(judged: readonly Judged[]): Scores {
  const answer = (j: Judged): ReuseClass | 'wrong source' =>
    j.guess !== 'not' && !j.sourceRight ? 'wrong source' : j.guess;
  const three = judged.map((j) => [j.label, answer(j)] as const);
  const binary = judged.map(
    (j) =>
      [
        j.label === 'not' ? 'not' : 'derived',
        answer(j) === 'not' ? 'not' : answer(j) === 'wrong source' ? 'wrong' : 'derived',
      ] as const,
  );
  const derived = judged.filter((j) => j.label !== 'not');
  const confusion = {} as Scores['confusion'];
  for (const label of ['wholly', 'partial', 'not'] as const)
    confusion[label] = { wholly: 0, partial: 0, not: 0, 'wrong source': 0 };
  for (const [label, given] of three) confusion[label][given]++;
  return {
    binary: macroF1(binary, ['derived', 'not']),
    threeClass: macroF1(three, ['wholly', 'partial', 'not']),
    sourceNamed: derived.length
      ? derived.filter((j) => answer(j) !== 'not' && answer(j) !== 'wrong source').length / derived.length
      : 0,
    confusion,
  };
}

function macroF1<T>(pairs: readonly (readonly [T, T | string])[], classes: readonly T[]): number {
  const f1s = classes.map((c) => {
    const tp = pairs.filter(([t, p]) => t === c && p === c).length;
    const fp = pairs.filter(([t, p]) => t !== c && p === c).length;
    const fn = pairs.filter(([t, p]) => t === c && p !== c).length;
    const precision = tp + fp ? tp / (tp + fp) : 0;
    const recall = tp + fn ? tp / (tp + fn) : 0;
    return precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
  });
  return f1s.reduce((a, b) => a + b, 0) / classes.length;
}
