export type Verdict = 'syndicated' | 'rewritten' | 'partial' | 'unrelated';

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

/** Where the verdicts begin. Tuned on the fixtures in tests/fixtures. */
export const VERDICT = {
  syndicatedCoverage: 0.8,
  syndicatedCopied: 0.75,
  rewrittenCoverage: 0.55,
  partialCoverage: 0.2,
  partialSentences: 2,
  /**
   * Below this share, partial reuse needs a copied narrative sentence: reports
   * of the same event written independently share facts and quotes, and so
   * some loosely similar sentences, but not copied narrative.
   */
  partialWithoutCopy: 0.4,
} as const;

export function verdictOf(summary: DerivationSummary): Verdict {
  const { pageCoverage, copiedShare, derivedSentences, copiedNarrative } = summary;
  if (pageCoverage >= VERDICT.syndicatedCoverage && copiedShare >= VERDICT.syndicatedCopied)
    return 'syndicated';
  if (pageCoverage >= VERDICT.rewrittenCoverage) return 'rewritten';
  if (pageCoverage < VERDICT.partialCoverage || derivedSentences < VERDICT.partialSentences)
    return 'unrelated';
  return copiedNarrative > 0 || pageCoverage >= VERDICT.partialWithoutCopy ? 'partial' : 'unrelated';
}

/** How strongly the page is derived: the order the engine ranks candidate originals in. */
export function derivationStrength(summary: DerivationSummary): number {
  return summary.pageCoverage * (0.75 + 0.25 * summary.copiedShare);
}
