/** Where a headline may sit that is not the article's own: the site's banner, menus, footers and asides. */
const CHROME = 'header, nav, footer, aside, [role="banner"], [role="navigation"], [role="contentinfo"]';
const ARTICLE = 'article, main, [role="main"], [itemprop="articleBody"], [itemtype*="Article"]';

/**
 * The article's own headline: of the page's headings, the one that reads most
 * like the page's title (og:title, or the document's title less its site
 * name), inside the article rather than the site's banner, and with words in
 * it. A site whose logo is an `h1` has its first `h1` in the banner.
 */
export function findHeadline(document: Document): HTMLElement | null {
  const title = wordsOf(
    document.querySelector('meta[property="og:title"]')?.getAttribute('content') ?? document.title,
  );
  let best: { element: HTMLElement; score: number } | null = null;
  for (const element of document.querySelectorAll<HTMLElement>('h1, [itemprop="headline"], h2')) {
    const score = headlineScore(element, title);
    if (score > 0 && (!best || score > best.score)) best = { element, score };
  }
  return best?.element ?? null;
}

function headlineScore(element: HTMLElement, title: Set<string>): number {
  const words = wordsOf(element.textContent ?? '');
  const box = element.getBoundingClientRect();
  if (words.size < 2 || box.width === 0 || box.height === 0) return 0;
  let shared = 0;
  for (const word of words) if (title.has(word)) shared++;
  const likeTitle = title.size ? shared / Math.max(words.size, 1) : 0;
  const inArticle = element.closest(ARTICLE) !== null;
  const inChrome = !inArticle && element.closest(CHROME) !== null;
  return (
    3 * likeTitle +
    (element.localName === 'h1' ? 2 : element.getAttribute('itemprop') === 'headline' ? 1.5 : 0.5) +
    (inArticle ? 1 : 0) -
    (inChrome ? 3 : 0)
  );
}

function wordsOf(text: string): Set<string> {
  return new Set(text.toLocaleLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []);
}

/** Inside these the badge's clicks would follow a link or press a control of the page's. */
const INTERACTIVE = 'a, button, label, summary, select, [contenteditable], [role="button"], [role="link"]';

/**
 * Where the badge's host goes: at the end of the headline, so that it comes
 * right after it in the tab order, where that is safe; at the end of the body
 * otherwise. Not safe: inside a link or control, or under an element that
 * clips, transforms or contains what is drawn in it (the badge would be cut
 * off or misplaced).
 */
export function hostPlace(headline: HTMLElement | null): HTMLElement {
  const body = headline?.ownerDocument.body;
  if (!headline || !body || headline.closest(INTERACTIVE)) return body ?? document.body;
  for (
    let element: HTMLElement | null = headline;
    element && element !== body;
    element = element.parentElement
  ) {
    if (clipsOrMoves(getComputedStyle(element))) return body;
  }
  return headline;
}

function clipsOrMoves(style: CSSStyleDeclaration): boolean {
  return (
    style.overflowX !== 'visible' ||
    style.overflowY !== 'visible' ||
    (style.transform !== '' && style.transform !== 'none') ||
    (style.filter !== '' && style.filter !== 'none') ||
    (style.contain !== '' && style.contain !== 'none') ||
    (style.clipPath !== '' && style.clipPath !== 'none') ||
    style.display === 'contents'
  );
}
