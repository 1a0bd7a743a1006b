import type { OriginalBasis } from './basis.ts';
import type { Verdict } from './judgement.ts';

/** How a verdict reads before the original's source: "Rewritten from Reuters". */
export const VERDICT_PHRASE: Record<Verdict, string> = {
  syndicated: 'Syndicated copy of',
  rewritten: 'Rewritten from',
  partial: 'Partly taken from',
  unrelated: 'Not derived from',
};

/** The same, shortened for the one-line inline badge. */
export const VERDICT_SHORT: Record<Verdict, string> = {
  syndicated: 'Copy of',
  rewritten: 'Rewritten from',
  partial: 'Partly from',
  unrelated: 'No wire original found',
};

export const NOT_DERIVED = 'Not derived from any known story';

/** The same, where the original is only a copy read on another site (basis.ts): "Same text as news.example's copy of". */
const ON_A_COPY: Record<Verdict, string> = {
  syndicated: 'Same text as',
  rewritten: 'Rewritten from',
  partial: 'Partly from',
  unrelated: 'Not derived from',
};

/** The verdict and its original's source in words, full (the popup, the command line) or short (the badge). */
export function verdictWords(
  e: { verdict: Verdict; basis: OriginalBasis; original: { source: string } },
  form: 'full' | 'short',
): string {
  if (e.basis.kind === 'copy')
    return `${ON_A_COPY[e.verdict]} ${e.basis.site}'s copy of ${e.original.source}`;
  return `${(form === 'full' ? VERDICT_PHRASE : VERDICT_SHORT)[e.verdict]} ${e.original.source}`;
}

/** A page on the same story, written independently: "Same story as PA: “…” — written independently". */
export function sameStoryWords(original: { source: string; title: string }): string {
  return `Same story as ${original.source}: “${original.title}” — written independently`;
}
