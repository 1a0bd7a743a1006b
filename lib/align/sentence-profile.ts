import type { Sentence } from '../normalize/analyze.ts';
import type { Token } from '../normalize/tokens.ts';
import type { TermWeights } from './term-weights.ts';

/**
 * How much names and numbers weigh against other words. To find which
 * original sentence a page sentence comes from, they weigh more: they identify
 * it and survive rewording. To decide whether it comes from it at all, they
 * weigh less: an independent report of the same event has the same names and
 * numbers, but not the same wording.
 */
export const NAMES_FOR_PARTNER = 1.6;
export const NAMES_FOR_EVIDENCE = 0.7;

/** A sentence prepared for comparison: its content terms with counts and weights, and its word sequence. */
export interface SentenceProfile {
  sentence: Sentence;
  /** Content stem → how often it occurs. */
  terms: Map<string, number>;
  /** Content stem → what one occurrence weighs. */
  termWeights: Map<string, number>;
  /** Sum of the weights of its content terms. */
  weight: number;
  /** Folded words in order, function words included: the phrasing. */
  keys: string[];
}

export function profileOf(
  sentence: Sentence,
  weights: TermWeights,
  nameFactor = NAMES_FOR_PARTNER,
): SentenceProfile {
  const terms = new Map<string, number>();
  const termWeights = new Map<string, number>();
  const keys: string[] = [];
  let weight = 0;
  for (const token of sentence.tokens) {
    if (token.kind === 'punct') continue;
    keys.push(token.key);
    if (!token.content) continue;
    const tokenWeight = weights(token.stem) * (isName(token) ? nameFactor : 1);
    terms.set(token.stem, (terms.get(token.stem) ?? 0) + 1);
    termWeights.set(token.stem, Math.max(termWeights.get(token.stem) ?? 0, tokenWeight));
    weight += tokenWeight;
  }
  return { sentence, terms, termWeights, weight, keys };
}

function isName(token: Token): boolean {
  return token.proper || token.kind === 'number';
}

export interface Overlap {
  /** Weight of the content terms both share. */
  shared: number;
  /** How many distinct content terms both share. */
  sharedTerms: number;
  /** 2·shared / (weight of both): similarity. */
  dice: number;
  /** Share of the page sentence's weight found in the original sentence. */
  pageContained: number;
  /** Share of the original sentence's weight found in the page sentence. */
  originalContained: number;
}

export function overlapOf(page: SentenceProfile, original: SentenceProfile): Overlap {
  let shared = 0;
  let sharedTerms = 0;
  for (const [term, count] of page.terms) {
    const other = original.terms.get(term);
    if (!other) continue;
    const weight = Math.min(page.termWeights.get(term) ?? 0, original.termWeights.get(term) ?? 0);
    shared += Math.min(count, other) * weight;
    sharedTerms++;
  }
  const total = page.weight + original.weight;
  return {
    shared,
    sharedTerms,
    dice: total > 0 ? (2 * shared) / total : 0,
    pageContained: page.weight > 0 ? shared / page.weight : 0,
    originalContained: original.weight > 0 ? shared / original.weight : 0,
  };
}
