import { parseHTML } from 'linkedom';
import type { Article } from './article.ts';
import { extractFromDocument, readabilityPrior } from './document.ts';

/** Extracts the article from an HTML string, in Node or anywhere else without a live DOM. */
export function extractFromHtml(html: string, pageUrl: string | null = null): Article {
  const prior = readabilityPrior(parseHTML(html).document as unknown as Document);
  return extractFromDocument(parseHTML(html).document as unknown as Document, pageUrl, prior);
}
