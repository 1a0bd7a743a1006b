import type { AnalyzedText } from '../normalize/analyze.ts';
import type { Token } from '../normalize/tokens.ts';
import { QUOTES } from './thresholds.ts';
import { joinTokens } from './word-diff.ts';

export interface Quote {
  text: string;
  /** Folded words of the quote, in order. */
  keys: string[];
  sentence: number;
}

export interface AlteredQuote {
  page: string;
  original: string;
}

export interface QuoteComparison {
  kept: string[];
  altered: AlteredQuote[];
}

/** Quotes of two words or more: runs of tokens inside double quotes, sentence by sentence. */
export function quotesIn(text: AnalyzedText): Quote[] {
  const quotes: Quote[] = [];
  for (const sentence of text.sentences) {
    let run: Token[] = [];
    const close = () => {
      const words = run.filter((t) => t.kind !== 'punct');
      if (words.length >= QUOTES.minWords)
        quotes.push({
          text: joinTokens(trimPunctuation(run)),
          keys: words.map((t) => t.key),
          sentence: sentence.index,
        });
      run = [];
    };
    for (const token of sentence.tokens) {
      if (token.quoted && token.text !== '"') run.push(token);
      else close();
    }
    close();
  }
  return quotes;
}

/**
 * A page quote is kept when its words stand, in order and unbroken, inside a
 * quote of the original (a shortened quote is still faithful); it is altered
 * when most of its words come from an original quote but not as written.
 */
export function compareQuotes(page: readonly Quote[], original: readonly Quote[]): QuoteComparison {
  const kept: string[] = [];
  const altered: AlteredQuote[] = [];
  for (const quote of page) {
    if (original.some((o) => containsRun(o.keys, quote.keys))) {
      kept.push(quote.text);
      continue;
    }
    const source = closestQuote(quote, original);
    if (source) altered.push({ page: quote.text, original: source.text });
  }
  return { kept, altered };
}

function closestQuote(quote: Quote, original: readonly Quote[]): Quote | null {
  let best: Quote | null = null;
  let bestShare: number = QUOTES.minShared;
  const words = new Set(quote.keys.map(stemLike));
  for (const candidate of original) {
    const theirs = new Set(candidate.keys.map(stemLike));
    const shared = [...words].filter((w) => theirs.has(w)).length;
    const share = shared / Math.max(1, Math.min(words.size, theirs.size));
    if (share > bestShare || (share === bestShare && best === null && share > QUOTES.minShared)) {
      best = candidate;
      bestShare = share;
    }
  }
  return best;
}

/** Close enough to a stem for quote wording: "damaging" and "damage" share "damag". */
function stemLike(key: string): string {
  return key.length > QUOTES.stemLetters ? key.slice(0, QUOTES.stemLetters) : key;
}

function containsRun(haystack: readonly string[], needle: readonly string[]): boolean {
  outer: for (let i = 0; i + needle.length <= haystack.length; i++) {
    for (let j = 0; j < needle.length; j++) if (haystack[i + j] !== needle[j]) continue outer;
    return true;
  }
  return false;
}

function trimPunctuation(tokens: Token[]): Token[] {
  let end = tokens.length;
  while (end > 0 && tokens[end - 1]?.kind === 'punct') end--;
  return tokens.slice(0, end);
}
