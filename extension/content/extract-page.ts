import type { Article } from '../../lib/extract/article.ts';
import { extractFromDocument, readabilityPrior } from '../../lib/extract/document.ts';

/** Waits for the browser to be idle, so extraction never competes with the page's own work. */
export function idle(timeout = 2_000): Promise<void> {
  return new Promise((resolve) => {
    if ('requestIdleCallback' in window) window.requestIdleCallback(() => resolve(), { timeout });
    else setTimeout(resolve, 50);
  });
}

/** Extracts the article of the live page in two idle slices: Readability on a copy, then the page's own blocks. */
export async function extractPage(document: Document, url: string): Promise<Article> {
  await idle();
  const prior = readabilityPrior(document.cloneNode(true) as Document);
  await idle();
  return extractFromDocument(document, url, prior);
}
