import type { PageLabel } from '../align/align.ts';
import type { OriginalBasis } from './basis.ts';
import { isUnsure, UNSURE_BELOW, type Verdict } from './judgement.ts';

/**
 * The verdicts' names: the same words on every surface (the badge, the popup,
 * the toolbar button's tooltip, the full report, the command line).
 */
export const VERDICT_NAME: Record<Verdict, string> = {
  syndicated: 'Copy',
  rewritten: 'Rewrite',
  partial: 'Partial copy',
  unrelated: 'No match',
};

/** The toolbar button's word, four letters at most (the tooltip says the verdict in full). */
export const TOOLBAR_WORD: Record<Exclude<Verdict, 'unrelated'>, string> = {
  syndicated: 'COPY',
  rewritten: 'REWR',
  partial: 'PART',
};

/** No derived verdict: nothing among the cached stories was copied or rewritten. */
export const NO_MATCH = VERDICT_NAME.unrelated;

/**
 * The verdict and its original's source: "Rewrite of Reuters"; where the
 * original is a copy read on another site (basis.ts), "Copy of
 * news.example's copy of AP". "No match" names no source.
 */
export function verdictWords(e: {
  verdict: Verdict;
  basis: OriginalBasis;
  original: { source: string };
}): string {
  if (e.verdict === 'unrelated') return NO_MATCH;
  const of = e.basis.kind === 'copy' ? `${e.basis.site}'s copy of ${e.original.source}` : e.original.source;
  return `${VERDICT_NAME[e.verdict]} of ${of}`;
}

/**
 * The one certainty the reader is told: how likely it is that the page is
 * taken from the story (the explanation's `score`), in words with its number:
 * "very likely (91%)", "likely (72%)", "unsure (52%)". Below UNSURE_BELOW a
 * verdict is unsure: said so, and not shown on the page by itself.
 */
export function certaintyWords(score: number): string {
  // Rounded down: a score just under a band's threshold never shows that threshold's number.
  const percent = `${Math.floor(score * 100)}%`;
  if (score >= VERY_LIKELY_FROM) return `very likely (${percent})`;
  return score >= UNSURE_BELOW ? `likely (${percent})` : `unsure (${percent})`;
}

const VERY_LIKELY_FROM = 0.8;

/** The certainty where it is worth a word on a short line: only when the verdict is unsure. */
export function doubtWords(e: { verdict: Verdict; score: number }): string | null {
  return isUnsure(e.verdict, e.score) ? certaintyWords(e.score) : null;
}

/** A page on the same story, written independently: "Same story as PA — written independently". */
export function sameStoryWords(original: { source: string }): string {
  return `Same story as ${original.source} — written independently`;
}

/** What became of a page sentence, in the word the popup, the report and the command line use for it. */
export function sentenceWord(sentence: { label: PageLabel; repeats: string | null }): string {
  return sentence.repeats ? 'repeated' : SENTENCE_WORD[sentence.label];
}

const SENTENCE_WORD: Record<PageLabel, string> = {
  verbatim: 'kept',
  edited: 'edited',
  paraphrased: 'paraphrased',
  added: 'added',
};
