import { proseLength } from '../../lib/extract/prose.ts';

/**
 * Past this, a page is not analysed: it is not an article a person reads. (Its
 * size in characters is checked once, on the HTML the worker would be sent.)
 */
const MAX_PAGE_ELEMENTS = 60_000;

/**
 * A cheap first look, so that a page that is not an article costs almost
 * nothing: a few long paragraphs, or metadata that says "article"; then, only
 * for likely articles, a size limit past which the page is left alone.
 */
export function looksLikeArticle(document: Document): boolean {
  return (saysArticle(document) || hasLongParagraphs(document)) && withinSizeLimits(document);
}

function saysArticle(document: Document): boolean {
  return document.querySelector('meta[property="og:type"]')?.getAttribute('content') === 'article';
}

function hasLongParagraphs(document: Document): boolean {
  let long = 0;
  for (const paragraph of Array.from(document.getElementsByTagName('p'))) {
    if (isLong(paragraph.textContent ?? '') && ++long >= 3) return true;
  }
  return false;
}

/**
 * A hundred characters of English, or as many words in any script: a
 * paragraph of Chinese or Japanese says as much in a third of the characters.
 */
function isLong(text: string): boolean {
  return text.length >= 100 || (text.length >= 30 && proseLength(text) >= 16);
}

function withinSizeLimits(document: Document): boolean {
  return document.getElementsByTagName('*').length <= MAX_PAGE_ELEMENTS;
}
