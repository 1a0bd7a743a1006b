import type { AnalyzedText } from '../normalize/analyze.ts';
import type { Alignment } from './align.ts';
import { type DerivationSummary, summarize } from './derivation-summary.ts';
import { compareQuotes, type QuoteComparison, quotesIn } from './quotes.ts';

/** What the verdict and the explanation both read of an alignment, measured once per candidate. */
export interface AlignmentMeasures {
  summary: DerivationSummary;
  quotes: QuoteComparison;
}

export function measureAlignment(
  page: AnalyzedText,
  original: AnalyzedText,
  alignment: Alignment,
): AlignmentMeasures {
  return {
    summary: summarize(page, alignment),
    quotes: compareQuotes(quotesIn(page), quotesIn(original)),
  };
}
