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
  /** Words of body text. */
  words: number;
}

/** Below this, a page is not judged: too little text to tell a rewrite from a coincidence. */
export const MIN_ARTICLE_WORDS = 30;

export function countWords(text: string): number {
  return text.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
}

export function hasEnoughText(article: Pick<Article, 'words'>): boolean {
  return article.words >= MIN_ARTICLE_WORDS;
}
