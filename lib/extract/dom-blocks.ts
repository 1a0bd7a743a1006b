import { squashSpaces } from '../normalize/fold.ts';
import type { Block } from './blocks.ts';

const SKIP = new Set([
  'SCRIPT',
  'STYLE',
  'NOSCRIPT',
  'TEMPLATE',
  'SVG',
  'IFRAME',
  'BUTTON',
  'SELECT',
  'OPTION',
  'CANVAS',
]);
const CHROME_TAGS = new Set(['NAV', 'FOOTER', 'ASIDE', 'FORM', 'HEADER', 'MENU', 'DIALOG']);
const BLOCK_TAGS = new Set([
  'P',
  'LI',
  'BLOCKQUOTE',
  'PRE',
  'H1',
  'H2',
  'H3',
  'H4',
  'H5',
  'H6',
  'FIGCAPTION',
  'DT',
  'DD',
  'TD',
  'TH',
  'CAPTION',
  'DIV',
  'SECTION',
  'ARTICLE',
  'MAIN',
  'UL',
  'OL',
  'TABLE',
  'FIGURE',
  'BODY',
  'HEADER',
  'FOOTER',
  'NAV',
  'ASIDE',
  'FORM',
]);
const CHROME_HINT =
  /(?:^|[\s_-])(?:related|recommend\w*|teaser|promo|newsletter|share|sharing|social|comment\w*|footer|sidebar|widget|advert\w*|ads?|subscribe|subscription|tags?|breadcrumbs?|popular|trending|more-stories|read-?more|outbrain|taboola|cookie\w*|modal|login|signup|paywall|nav\w*|menu)(?:$|[\s_-])/i;
const CAPTION_HINT = /(?:^|[\s_-])(?:caption|credit|photo-?credit|wp-caption-text)(?:$|[\s_-])/i;

/** The page's text as a sequence of blocks, each tagged with what its markup says about it. */
export function domBlocks(root: Element): Block[] {
  const blocks: Block[] = [];
  walk(root, 'text', blocks);
  return blocks;
}

function walk(element: Element, inherited: Block['role'], out: Block[]): void {
  const role = roleOf(element, inherited);
  let inline: Node[] = [];
  const flush = () => {
    pushBlock(inline, role, out);
    inline = [];
  };
  for (const child of Array.from(element.childNodes)) {
    if (child.nodeType === 1) {
      const tag = (child as Element).tagName.toUpperCase();
      if (SKIP.has(tag)) continue;
      if (BLOCK_TAGS.has(tag) || tag === 'BR') {
        flush();
        if (tag !== 'BR') walk(child as Element, role, out);
        continue;
      }
    }
    inline.push(child);
  }
  flush();
}

function roleOf(element: Element, inherited: Block['role']): Block['role'] {
  if (inherited === 'chrome') return 'chrome';
  const tag = element.tagName.toUpperCase();
  const hints = `${element.getAttribute('class') ?? ''} ${element.getAttribute('id') ?? ''} ${element.getAttribute('role') ?? ''}`;
  if (CHROME_TAGS.has(tag) && tag !== 'HEADER') return 'chrome';
  if (element.getAttribute('aria-hidden') === 'true' || element.hasAttribute('hidden')) return 'chrome';
  if (tag === 'FIGCAPTION' || tag === 'CAPTION' || CAPTION_HINT.test(hints)) return 'caption';
  if (CHROME_HINT.test(hints)) return 'chrome';
  if (/^H[1-6]$/.test(tag)) return 'heading';
  return inherited;
}

function pushBlock(nodes: Node[], role: Block['role'], out: Block[]): void {
  if (nodes.length === 0) return;
  let text = '';
  let linked = 0;
  for (const node of nodes) {
    const content = node.textContent ?? '';
    text += content;
    if (node.nodeType === 1) linked += linkedLength(node as Element);
  }
  const squashed = squashSpaces(text.replace(/\s+/g, ' '));
  if (!squashed) return;
  out.push({
    text: squashed,
    linkDensity: Math.min(1, linked / Math.max(1, text.trim().length)),
    role,
    prior: 0,
  });
}

function linkedLength(element: Element): number {
  if (element.tagName.toUpperCase() === 'A') return (element.textContent ?? '').trim().length;
  let total = 0;
  for (const link of Array.from(element.querySelectorAll('a')))
    total += (link.textContent ?? '').trim().length;
  return total;
}
