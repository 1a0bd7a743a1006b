import type { AlteredQuote } from '../align/quotes.ts';
import { type DiffPart, wordDiff } from '../align/word-diff.ts';
import { tokenize } from '../normalize/tokens.ts';

/** An original quote, and each of the page's altered quotes of it with its word-level changes. */
export interface QuoteChanges {
  original: string;
  fragments: { page: string; diff: DiffPart[] }[];
}

/**
 * The page's altered quotes grouped by the original quote they alter (a quote
 * cut into fragments is shown once), each fragment's words against the
 * original's: what it kept, changed and added, without the parts of the
 * original it never quoted before or after it.
 */
export function quoteChanges(altered: readonly AlteredQuote[]): QuoteChanges[] {
  const groups = new Map<string, QuoteChanges>();
  for (const quote of altered) {
    const group = groups.get(quote.original) ?? { original: quote.original, fragments: [] };
    group.fragments.push({ page: quote.page, diff: fragmentDiff(quote.original, quote.page) });
    groups.set(quote.original, group);
  }
  return [...groups.values()];
}

function fragmentDiff(original: string, page: string): DiffPart[] {
  const parts = wordDiff(tokenize(original, true).tokens, tokenize(page, true).tokens);
  let start = 0;
  let end = parts.length;
  // A deletion next to an insertion is a word replaced, not a part left unquoted: it stays.
  while (start < end && parts[start]?.op === 'delete' && parts[start + 1]?.op !== 'insert') start++;
  while (end > start && parts[end - 1]?.op === 'delete' && parts[end - 2]?.op !== 'insert') end--;
  return parts.slice(start, end);
}
