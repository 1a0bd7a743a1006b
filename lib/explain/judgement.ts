import type { DerivationSummary } from '../align/derivation-summary.ts';
import { type ClassProbabilities, likeliestClass } from '../verdict/model.ts';

export type Verdict = 'syndicated' | 'rewritten' | 'partial' | 'unrelated';

/**
 * A page wholly derived from the original is a syndicated copy where it is
 * mostly the original's own sentences, verbatim or lightly edited, and a
 * rewrite otherwise. (The labelled data says how much is derived; this split
 * is what the reader is told on top.)
 */
export const SYNDICATED = { coverage: 0.8, copied: 0.75 } as const;

/**
 * Below this probability that the page derives from the original at all, a
 * derived verdict is told as unsure: the badge says so, with the certainty, and does
 * not appear by itself (but for "any reuse" readers), the popup says so.
 */
export const UNSURE_BELOW = 0.6;

/** Whether a verdict of derivation is said as a possibility (`derived`: the explanation's `score`). */
export function isUnsure(verdict: Verdict, derived: number): boolean {
  return verdict !== 'unrelated' && derived < UNSURE_BELOW;
}

/**
 * Whether a finding shows by itself on the page: a sure one whose original is
 * the wire's own. A finding that rests on a copy read on another site (a page
 * can claim any wire in its dateline) appears only when the reader asks, or
 * for readers who want every reuse.
 */
export function showsUnasked(e: { verdict: Verdict; score: number; basis: { kind: string } }): boolean {
  return !isUnsure(e.verdict, e.score) && e.basis.kind === 'wire';
}

export interface Judgement {
  verdict: Verdict;
  /** How probable the verdict's class is, as the fitted model says. */
  confidence: number;
  /** How probable it is that the page derives from the original at all. */
  derived: number;
}

/**
 * A page that credits the original's source ("The Associated Press
 * contributed to this report") says itself that it used the wire's copy: where
 * it also shares text with it, it is taken as partly derived.
 */
export const CREDITED_PARTIAL_FROM = 0.3;

export function judgementOf(
  probabilities: ClassProbabilities,
  summary: DerivationSummary,
  credited: boolean,
): Judgement {
  const likeliest = likeliestClass(probabilities);
  const derived = 1 - probabilities.not;
  if (likeliest === 'not' && credited && derived >= CREDITED_PARTIAL_FROM)
    return { verdict: 'partial', confidence: derived, derived };
  if (likeliest === 'not') return { verdict: 'unrelated', confidence: probabilities.not, derived };
  if (likeliest === 'partial') return { verdict: 'partial', confidence: probabilities.partial, derived };
  const copy = summary.pageCoverage >= SYNDICATED.coverage && summary.copiedShare >= SYNDICATED.copied;
  return { verdict: copy ? 'syndicated' : 'rewritten', confidence: probabilities.wholly, derived };
}
