import { MAX_PAGE_HTML } from '../../lib/extract/page-size.ts';

/** Waits for the browser to be idle, so that reading the page never competes with the page's own work. */
export function idle(timeout = 2_000): Promise<void> {
  return new Promise((resolve) => {
    if ('requestIdleCallback' in window) window.requestIdleCallback(() => resolve(), { timeout });
    else setTimeout(resolve, 50);
  });
}

/**
 * The page as HTML, taken when the browser is idle: serializing is the only
 * work done on the page's thread (the worker extracts the article), and a page
 * past the size limit is left alone (null).
 */
export async function serializePage(document: Document): Promise<string | null> {
  await idle();
  const html = document.documentElement.outerHTML;
  return html.length <= MAX_PAGE_HTML ? html : null;
}
