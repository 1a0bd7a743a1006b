import type { AnalyzedText } from '../normalize/analyze.ts';
import {
  NAMES_FOR_EVIDENCE,
  type Overlap,
  overlapOf,
  profileOf,
  type SentenceProfile,
} from './sentence-profile.ts';
import { sharedWith, termHolders } from './term-holders.ts';
import type { TermWeights } from './term-weights.ts';
import { ALIGN } from './thresholds.ts';
import { wordSimilarity } from './word-similarity.ts';

export type PairLabel = 'verbatim' | 'edited' | 'paraphrased';
export type PageLabel = PairLabel | 'added';

export interface SentencePair {
  page: number;
  original: number;
  label: PairLabel;
  /** Weighted content-word similarity, 0 to 1. */
  similarity: number;
  /** The original sentence was folded into a page sentence aligned to another one. */
  merged: boolean;
}

export interface Alignment {
  pairs: SentencePair[];
  /** What became of each page sentence. */
  page: PageLabel[];
  /** For a page sentence that repeats an earlier one, the earlier one's index. */
  duplicateOf: (number | null)[];
  /** Whether each original sentence survives in the page. */
  kept: boolean[];
}

/** A sentence seen two ways: names weighing more (to find its partner) and less (to judge derivation). */
interface Profiles {
  partner: SentenceProfile;
  evidence: SentenceProfile;
}

interface Scored {
  page: number;
  original: number;
  /** Overlap with names weighing less: whether the page sentence derives from the original one. */
  evidence: Overlap;
  /** Which original partner is the best. */
  score: number;
}

/**
 * Aligns page sentences with original sentences, in any order: the strongest
 * pairs are taken first, one to one; then page sentences that split an
 * original share it, repeats of a page sentence become additions, and original
 * sentences merged into a page sentence count as kept.
 */
export function alignTexts(page: AnalyzedText, original: AnalyzedText, weights: TermWeights): Alignment {
  const profile = (text: AnalyzedText): Profiles[] =>
    text.sentences.map((s) => ({
      partner: profileOf(s, weights),
      evidence: profileOf(s, weights, NAMES_FOR_EVIDENCE),
    }));
  const pages = profile(page);
  const originals = profile(original);
  const scored = candidatePairs(pages, originals);
  const pageTo = new Map<number, Scored>();
  const originalTo = new Map<number, Scored>();
  takeOneToOne(scored, pageTo, originalTo);
  const duplicateOf = pages.map((): number | null => null);
  shareSplitOriginals(scored, pages, pageTo, originalTo, duplicateOf);
  const pairs = [...pageTo.values()].map((s) => pairOf(s, pages, originals, false));
  const kept = originals.map((_, i) => originalTo.has(i));
  for (const merged of mergedOriginals(pages, originals, pageTo, kept)) {
    kept[merged.original] = true;
    pairs.push(pairOf(merged, pages, originals, true));
  }
  const labels = pages.map(
    (p, i): PageLabel => (p.partner.sentence.credit ? 'added' : labelOf(pageTo.get(i), pairs)),
  );
  return {
    pairs: pairs.sort((a, b) => a.page - b.page || a.original - b.original),
    page: labels,
    duplicateOf,
    kept,
  };
}

function candidatePairs(pages: Profiles[], originals: Profiles[]): Scored[] {
  const holders = termHolders(originals, (o) => o.partner.terms.keys());
  const scored: Scored[] = [];
  pages.forEach((p, pageIndex) => {
    if (p.partner.sentence.credit) return;
    // Only a sentence of one content word can count with one shared (a short copy); others need ALIGN.minSharedTerms.
    const fewest = p.partner.terms.size === 1 ? 1 : ALIGN.minSharedTerms;
    for (const originalIndex of likelyPartners(p.partner, holders, fewest)) {
      const o = originals[originalIndex] as Profiles;
      const evidence = overlapOf(p.evidence, o.evidence);
      if (!isDerived(evidence) && !isShortCopy(p.partner, o.partner, evidence)) continue;
      scored.push({
        page: pageIndex,
        original: originalIndex,
        evidence,
        score: scoreOf(overlapOf(p.partner, o.partner)),
      });
    }
  });
  return scored.sort((a, b) => b.score - a.score || a.page - b.page || a.original - b.original);
}

/** The sentences sharing at least `fewest` telling terms with a sentence: the most shared first, ALIGN.maxPartners at most. */
function likelyPartners(profile: SentenceProfile, holders: Map<string, number[]>, fewest: number): number[] {
  const partners = [...sharedWith(profile.terms.keys(), holders)].filter(([, count]) => count >= fewest);
  if (partners.length > ALIGN.maxPartners)
    partners.sort((a, b) => b[1] - a[1] || a[0] - b[0]).length = ALIGN.maxPartners;
  return partners.map(([i]) => i).sort((a, b) => a - b);
}

function isDerived(overlap: Overlap): boolean {
  if (overlap.sharedTerms < ALIGN.minSharedTerms) return false;
  return overlap.dice >= ALIGN.minDice || overlap.pageContained >= ALIGN.minPageContained;
}

/** A sentence too short to share two content words ("It has increased.") counts when copied word for word. */
function isShortCopy(page: SentenceProfile, original: SentenceProfile, overlap: Overlap): boolean {
  if (page.terms.size !== 1 || overlap.sharedTerms !== 1 || page.keys.length < ALIGN.shortCopyMinWords)
    return false;
  return wordSimilarity(page.keys, original.keys).both >= ALIGN.shortCopyWords;
}

function scoreOf(overlap: Overlap): number {
  return Math.max(overlap.dice, 0.9 * Math.min(overlap.pageContained, 2 * overlap.originalContained + 0.2));
}

function takeOneToOne(scored: Scored[], pageTo: Map<number, Scored>, originalTo: Map<number, Scored>): void {
  for (const pair of scored) {
    if (pageTo.has(pair.page) || originalTo.has(pair.original)) continue;
    pageTo.set(pair.page, pair);
    originalTo.set(pair.original, pair);
  }
}

/** A page sentence whose best original is taken: a repeat of the taker, or the other half of a split. */
function shareSplitOriginals(
  scored: Scored[],
  pages: Profiles[],
  pageTo: Map<number, Scored>,
  originalTo: Map<number, Scored>,
  duplicateOf: (number | null)[],
): void {
  for (const pair of scored) {
    if (pageTo.has(pair.page) || duplicateOf[pair.page] !== null) continue;
    const taker = originalTo.get(pair.original);
    if (!taker) continue;
    const likeTaker = overlapOf(
      (pages[pair.page] as Profiles).partner,
      (pages[taker.page] as Profiles).partner,
    );
    if (likeTaker.dice >= ALIGN.duplicateDice) duplicateOf[pair.page] = taker.page;
    else if (pair.evidence.pageContained >= ALIGN.minPageContained) pageTo.set(pair.page, pair);
  }
}

function mergedOriginals(
  pages: Profiles[],
  originals: Profiles[],
  pageTo: Map<number, Scored>,
  kept: boolean[],
): Scored[] {
  const paired = [...pageTo.keys()];
  const holders = termHolders(paired, (i) => (pages[i] as Profiles).evidence.terms.keys());
  const merged: Scored[] = [];
  originals.forEach((o, originalIndex) => {
    if (kept[originalIndex]) return;
    let best: Scored | null = null;
    for (const pairedIndex of likelyPartners(o.evidence, holders, ALIGN.mergedMinShared)) {
      const pageIndex = paired[pairedIndex] as number;
      const evidence = overlapOf((pages[pageIndex] as Profiles).evidence, o.evidence);
      const enough =
        evidence.originalContained >= ALIGN.minMergedContained &&
        evidence.sharedTerms >= ALIGN.mergedMinShared;
      if (enough && (!best || evidence.originalContained > best.score)) {
        best = { page: pageIndex, original: originalIndex, evidence, score: evidence.originalContained };
      }
    }
    if (best) merged.push(best);
  });
  return merged;
}

function pairOf(scored: Scored, pages: Profiles[], originals: Profiles[], merged: boolean): SentencePair {
  const page = (pages[scored.page] as Profiles).partner;
  const original = (originals[scored.original] as Profiles).partner;
  return {
    page: scored.page,
    original: scored.original,
    label: pairLabel(page.keys, original.keys),
    similarity: scored.evidence.dice,
    merged,
  };
}

function pairLabel(page: string[], original: string[]): PairLabel {
  if (page.length === original.length && page.every((k, i) => k === original[i])) return 'verbatim';
  const similarity = wordSimilarity(page, original);
  if (similarity.both >= ALIGN.editedWords) return 'edited';
  if (similarity.pageKept >= ALIGN.cutKept && page.length >= ALIGN.cutMinWords) return 'edited';
  return 'paraphrased';
}

function labelOf(scored: Scored | undefined, pairs: SentencePair[]): PageLabel {
  if (!scored) return 'added';
  return pairs.find((p) => p.page === scored.page && !p.merged)?.label ?? 'added';
}
