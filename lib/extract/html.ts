import { parseHTML } from 'linkedom';
import type { Article } from './article.ts';
import { extractFromDocument } from './document.ts';

/** Extracts the article from an HTML string, in Node or anywhere else without a live DOM. */
export function extractFromHtml(html: string, pageUrl: string | null = null): Article {
  return extractFromDocument(parseHTML(html).document as unknown as Document, pageUrl);
}
