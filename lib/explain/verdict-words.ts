import type { Verdict } from './verdict.ts';

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
