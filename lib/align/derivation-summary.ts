import type { AnalyzedText, Sentence } from '../normalize/analyze.ts';
import type { Alignment } from './align.ts';

/** How much of a page derives from its original, and how: what the verdict rests on beside the model. */
export interface DerivationSummary {
  /** Share of the page's words in sentences derived from the original. */
  pageCoverage: number;
  /** Share of the derived words that are verbatim or lightly edited. */
  copiedShare: number;
  /** Page sentences derived from the original. */
  derivedSentences: number;
  /** Verbatim or lightly edited page sentences that are narrative, not mostly a quote. */
  copiedNarrative: number;
}

/**
 * Quoted words count for less than the page's own narrative: reporters in the
 * same courtroom or at the same press conference write down the same quotes,
 * so a shared quote is weak evidence of copying.
 */
export const QUOTED_WORD_WEIGHT = 0.4;

/** How much of the page derives from the original, and how closely. */
export function summarize(pageText: AnalyzedText, alignment: Alignment): DerivationSummary {
  let total = 0;
  let derived = 0;
  let copied = 0;
  let derivedSentences = 0;
  let copiedNarrative = 0;
  for (const sentence of pageText.sentences) {
    if (sentence.credit) continue;
    const weight = narrativeWeight(sentence);
    total += weight;
    const label = alignment.page[sentence.index];
    if (label === 'added' || label === undefined) continue;
    derived += weight;
    derivedSentences++;
    if (label !== 'verbatim' && label !== 'edited') continue;
    copied += weight;
    if (weight >= sentence.words * NARRATIVE_SHARE) copiedNarrative++;
  }
  return {
    pageCoverage: total > 0 ? derived / total : 0,
    copiedShare: derived > 0 ? copied / derived : 0,
    derivedSentences,
    copiedNarrative,
  };
}

/** A sentence is the page's narrative, not mostly a quote, when its weight is at least this share of its words. */
const NARRATIVE_SHARE = 1 - (1 - QUOTED_WORD_WEIGHT) / 2;

function narrativeWeight(sentence: Sentence): number {
  let weight = 0;
  for (const token of sentence.tokens) {
    if (token.kind !== 'punct') weight += token.quoted ? QUOTED_WORD_WEIGHT : 1;
  }
  return weight;
}
