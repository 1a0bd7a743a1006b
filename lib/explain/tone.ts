import type { Explanation } from './explanation.ts';

/**
 * How strongly a finding is shown, one meaning per colour: `neutral` for
 * reuse the page credits (licensed syndication is how wire copy is meant to
 * be used), `notice` for reuse without a credit found, `strong` only for an
 * uncredited copy or rewrite that alters quotes or changes names and
 * numbers. `none` when nothing was taken.
 */
export type Tone = 'none' | 'neutral' | 'notice' | 'strong';

export function toneOf(e: Pick<Explanation, 'verdict' | 'credited' | 'quotes' | 'changes'>): Tone {
  if (e.verdict === 'unrelated') return 'none';
  if (e.credited) return 'neutral';
  const alters = e.quotes.altered.length > 0 || e.changes.length > 0;
  return alters && e.verdict !== 'partial' ? 'strong' : 'notice';
}
