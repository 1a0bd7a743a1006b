import { parseHTML } from 'linkedom';

const BLOCKS = 'p, li, blockquote, h1, h2, h3, h4, h5, h6, pre';

/** The text of an HTML fragment (a feed item's content) as paragraphs; markup and scripts are dropped. */
export function htmlParagraphs(html: string): string[] {
  if (!/[<&]/.test(html)) return plainParagraphs(html);
  const { document } = parseHTML(`<!doctype html><html><body>${html}</body></html>`);
  for (const junk of document.querySelectorAll('script, style, noscript, template')) junk.remove();
  const blocks = [...document.querySelectorAll(BLOCKS)]
    .filter((element) => !element.querySelector(BLOCKS))
    .map((element) => collapse(element.textContent ?? ''))
    .filter(Boolean);
  return blocks.length > 0 ? blocks : plainParagraphs(document.body.textContent ?? '');
}

/** Plain text as paragraphs: blank lines part them, runs of spaces are one. */
export function plainParagraphs(text: string): string[] {
  return text
    .split(/\n\s*\n/)
    .map(collapse)
    .filter(Boolean);
}

function collapse(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}
