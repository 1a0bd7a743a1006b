import { isWhiteSpace } from '../normalize/white-space.ts';

/** What the extractor finds on a page: the article's text and what is known about it. */
export interface Article {
  title: string | null;
  byline: string | null;
  /** ISO 8601 date or date-time, as precise as the page says. */
  published: string | null;
  canonicalUrl: string | null;
  siteName: string | null;
  /** Body paragraphs, in page order, without page chrome or credit lines. */
  paragraphs: string[];
  /** Lines that credit a source: datelines, "Reporting by …", photo credits. */
  credits: string[];
  /** The credit in the dateline the body opens with ("(AP) —"), when it has one: the mark of a wire's copy. */
  openingCredit?: string | null;
  /** Words of body text. */
  words: number;
  /** The page's language (BCP 47) as the page or the text says, when known. */
  language?: string | null;
  /** Why there is no article text, where the page says (a consent wall, a page of links). */
  refusal?: string | null;
}

/** Below this, a page is not judged: too little text to tell a copy from a coincidence (a wire brief has 15 to 30 words). */
export const MIN_ARTICLE_WORDS = 15;

/**
 * Runs of non-space characters with a letter or digit in them: what
 * `text.split(/\s+/)` gives, less punctuation alone. Counted by a scan, not by
 * splitting, because extraction counts the words of every block of every page.
 */
export function countWords(text: string): number {
  let words = 0;
  let counted = false;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (isWhiteSpace(code)) counted = false;
    else if (!counted && isLetterOrDigitAt(text, i, code)) {
      words++;
      counted = true;
    }
  }
  return words;
}

const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

function isLetterOrDigitAt(text: string, i: number, code: number): boolean {
  if (code < 128) return (code >= 48 && code <= 57) || ((code | 32) >= 97 && (code | 32) <= 122);
  return LETTER_OR_DIGIT.test(String.fromCodePoint(text.codePointAt(i) as number));
}

export function hasEnoughText(article: Pick<Article, 'words'>): boolean {
  return article.words >= MIN_ARTICLE_WORDS;
}
