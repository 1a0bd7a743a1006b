import { canonicalSource, escapeRegExp, sourcesNamed } from '../extract/wire-sources.ts';
import type { AnalyzedText } from '../normalize/analyze.ts';
import { wholeWords } from '../normalize/word-boundary.ts';

export interface CreditCheck {
  credited: boolean;
  /** The page's lines that name the original's source. */
  lines: string[];
}

/**
 * Whether the page says where its text came from: a credit line naming the
 * original's source, or a body sentence naming it that the original does not
 * have ("…, Reuters reported").
 */
export function creditFor(
  source: string,
  pageCredits: readonly string[],
  page: AnalyzedText,
  original: AnalyzedText,
): CreditCheck {
  const wanted = canonicalSource(source);
  const own = wholeWords(escapeRegExp(source.trim()), 'iu');
  const names = (line: string) =>
    sourcesNamed([line]).includes(wanted) || (wanted === source.trim() && own.test(line));
  const originalMentions = new Set(original.sentences.filter((s) => names(s.text)).map((s) => s.text));
  const lines = [
    ...pageCredits.filter(names),
    ...page.sentences.filter((s) => names(s.text) && !originalMentions.has(s.text)).map((s) => s.text),
  ];
  return { credited: lines.length > 0, lines };
}
