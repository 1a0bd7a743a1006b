import { foldTypography, squashSpaces } from './fold.ts';
import { splitSentences } from './sentences.ts';
import { piecesOf, TEXT_LIMITS } from './text-limits.ts';
import { type Token, tokenize } from './tokens.ts';

export interface Sentence {
  /** Position among the document's sentences. */
  index: number;
  paragraph: number;
  /** The sentence as written, typographically folded. */
  text: string;
  tokens: Token[];
  /** Words and numbers, not punctuation. */
  words: number;
  /** A credit line ("Reporting by …") rather than story text. */
  credit: boolean;
}

export interface AnalyzedText {
  sentences: Sentence[];
  /** Words in sentences that are not credit lines. */
  words: number;
  /** The language it was read in (BCP 47 primary subtag). */
  language: string;
}

export interface AnalyzeOptions {
  /** Whether a paragraph is a credit line; its sentences are then not story text. */
  isCredit?: (paragraph: string) => boolean;
  /** The text's language: which words are function words, how words are stemmed. English when unknown. */
  language?: string | null;
}

/**
 * Normalizes paragraphs into sentences of tokens: the form every later step
 * works on. Up to TEXT_LIMITS: a sentence too long is cut in pieces, and
 * sentences past the limit are left out.
 */
export function analyzeParagraphs(paragraphs: readonly string[], options: AnalyzeOptions = {}): AnalyzedText {
  const sentences: Sentence[] = [];
  const language = options.language ?? 'en';
  let words = 0;
  paragraphs.forEach((raw, paragraph) => {
    if (sentences.length >= TEXT_LIMITS.sentences) return;
    let inQuote = false;
    const folded = squashSpaces(foldTypography(raw));
    const credit = options.isCredit?.(folded) ?? false;
    for (const text of splitSentences(folded).flatMap((sentence) => piecesOf(sentence))) {
      if (sentences.length >= TEXT_LIMITS.sentences) break;
      const result = tokenize(text, inQuote, language);
      inQuote = result.inQuote;
      const count = result.tokens.filter((t) => t.kind !== 'punct').length;
      if (!credit) words += count;
      sentences.push({
        index: sentences.length,
        paragraph,
        text,
        tokens: result.tokens,
        words: count,
        credit,
      });
    }
  });
  markSentenceInitialNames(sentences);
  return { sentences, words, language };
}

/** "Microsoft declined…": a capitalised first word is a name when the text writes it capitalised elsewhere too. */
function markSentenceInitialNames(sentences: Sentence[]): void {
  const names = new Set<string>();
  const lower = new Set<string>();
  for (const sentence of sentences) {
    for (const token of sentence.tokens) {
      if (token.proper) names.add(token.key);
      else if (token.kind === 'word' && token.text === token.text.toLowerCase()) lower.add(token.key);
    }
  }
  for (const sentence of sentences) {
    const first = sentence.tokens.find((t) => t.kind !== 'punct');
    if (first?.content && !first.proper && names.has(first.key) && !lower.has(first.key)) first.proper = true;
  }
}
