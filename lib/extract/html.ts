import { parseHTML } from 'linkedom';
import type { Article } from './article.ts';
import { extractFromDocument } from './document.ts';

/**
 * Deepest element nesting read as structure. Browsers build no deeper trees
 * from HTML (Chromium stops at 512), and reading deeper ones costs time that
 * grows with the square of the depth; below it, an element's text is kept, its
 * structure flattened.
 */
export const MAX_DOM_DEPTH = 512;

/** Past this rough nesting depth, the HTML is not parsed at all: parsing it alone takes seconds. */
const UNREADABLE_DEPTH = 4 * MAX_DOM_DEPTH;

/** Extracts the article from an HTML string, in Node or anywhere else without a live DOM. */
export function extractFromHtml(html: string, pageUrl: string | null = null): Article {
  if (roughNestingDepth(html, UNREADABLE_DEPTH) > UNREADABLE_DEPTH) return emptyArticle(pageUrl);
  // A fragment, plain text or nothing at all is what a browser would show as a page's body.
  const markup = /<html[\s>]/i.test(html)
    ? html
    : `<!doctype html><html><head></head><body>${html}</body></html>`;
  // Parsed once; each reading that changes the tree (Readability does) gets a copy of it.
  const { document } = parseHTML(markup);
  const parsed = document as unknown as Document;
  mergeBodies(parsed);
  flattenBelow(parsed.documentElement, MAX_DOM_DEPTH);
  return extractFromDocument(() => parsed.cloneNode(true) as Document, pageUrl);
}

/**
 * A browser's parser folds a second <body> (or text after </html>) into the
 * first; linkedom keeps them apart, and `document.body` is then an empty first
 * one. Everything goes into the first, as a browser would have it.
 */
function mergeBodies(document: Document): void {
  const bodies = Array.from(document.querySelectorAll('body'));
  const first = bodies[0];
  if (!first) return;
  for (const other of bodies.slice(1)) {
    first.append(...Array.from(other.childNodes));
    other.remove();
  }
}

function flattenBelow(root: Element, maxDepth: number): void {
  const stack: [Element, number][] = [[root, 0]];
  for (let next = stack.pop(); next; next = stack.pop()) {
    const [element, depth] = next;
    if (depth >= maxDepth) {
      const document = element.ownerDocument;
      element.replaceChildren(
        ...blockTexts(element).map((text) => {
          const paragraph = document.createElement('p');
          paragraph.textContent = text;
          return paragraph;
        }),
      );
      continue;
    }
    for (const child of Array.from(element.children)) stack.push([child, depth + 1]);
  }
}

const BLOCK_ELEMENTS = new Set(
  'address article aside blockquote br dd div dl dt figcaption figure footer h1 h2 h3 h4 h5 h6 header hr li main nav ol p pre section table td th tr ul'.split(
    ' ',
  ),
);

/** The text under an element, one string per block (a paragraph stays a paragraph), read without recursion. */
function blockTexts(root: Element): string[] {
  const blocks: string[] = [];
  let current = '';
  const endBlock = () => {
    if (current.trim()) blocks.push(current.trim());
    current = '';
  };
  // Each entry is a node to read, or the end of a block element read before it.
  const stack: (Node | 'end')[] = Array.from(root.childNodes).reverse();
  for (let node = stack.pop(); node !== undefined; node = stack.pop()) {
    if (node === 'end') endBlock();
    else if (node.nodeType === 3) current += node.textContent ?? '';
    else if (node.nodeType === 1) {
      const block = BLOCK_ELEMENTS.has((node as Element).localName);
      if (block) endBlock();
      if (block) stack.push('end');
      for (const child of Array.from(node.childNodes).reverse()) stack.push(child);
    }
  }
  endBlock();
  return blocks;
}

const VOID_ELEMENTS = new Set(
  'area base br col embed hr img input link meta param source track wbr'.split(' '),
);

/** How deep the tags nest, counted from the markup alone (a guard, not a parser); stops once past `limit`. */
function roughNestingDepth(html: string, limit: number): number {
  let depth = 0;
  let deepest = 0;
  for (const [, closing, name, selfClosing] of html.matchAll(/<(\/)?([a-zA-Z][\w-]*)[^>]*?(\/)?>/g)) {
    if (VOID_ELEMENTS.has((name as string).toLowerCase()) || selfClosing) continue;
    depth = closing ? Math.max(0, depth - 1) : depth + 1;
    deepest = Math.max(deepest, depth);
    if (deepest > limit) break;
  }
  return deepest;
}

function emptyArticle(pageUrl: string | null): Article {
  return {
    title: null,
    byline: null,
    published: null,
    canonicalUrl: pageUrl,
    siteName: null,
    paragraphs: [],
    credits: [],
    words: 0,
  };
}
