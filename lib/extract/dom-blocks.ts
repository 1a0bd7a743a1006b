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
  'HEAD',
]);
const CHROME_TAGS = new Set(['NAV', 'FOOTER', 'ASIDE', 'FORM', 'MENU', 'DIALOG']);
const BLOCK_TAGS = new Set(
  'P LI BLOCKQUOTE PRE H1 H2 H3 H4 H5 H6 FIGCAPTION DT DD TD TH CAPTION DIV SECTION ARTICLE MAIN UL OL DL TABLE TBODY THEAD TFOOT TR FIGURE BODY HEADER FOOTER NAV ASIDE FORM HR ADDRESS DETAILS SUMMARY'.split(
    ' ',
  ),
);
/** Containers whose class or id never makes the page around them chrome: the page's own frame. */
const FRAME_TAGS = new Set(['HTML', 'BODY', 'MAIN', 'ARTICLE']);
const CHROME_HINT =
  /(?:^|[\s_-])(?:related|recommend\w*|teaser|promo|newsletter|share|sharing|social|comment\w*|footer|sidebar|widget|advert\w*|ads?|subscribe|subscription|tags?|breadcrumbs?|popular|trending|more-stories|read-?more|outbrain|taboola|cookie\w*|consent|modal|login|signup|paywall|nav\w*|menu)(?:$|[\s_-])/i;
const CAPTION_HINT = /(?:^|[\s_-])(?:caption|credit|photo-?credit|wp-caption-text)(?:$|[\s_-])/i;
/**
 * A class or id that says "sidebar" or "comments" marks chrome only on an
 * element holding less than this share of the page's text: the same words on
 * a container of most of the page ("one-sidebar" on the body, a WordPress tag
 * class on the article) describe the layout, not the text.
 */
const CHROME_HINT_MAX_SHARE = 0.3;

interface Subtree {
  /** Characters of text below, scripts and styles left out. */
  text: number;
  /** Whether a block-level element is somewhere below. */
  hasBlock: boolean;
}

/** The page's text as a sequence of blocks, each tagged with what its markup says about it. */
export function domBlocks(root: Element): Block[] {
  const subtrees = measure(root);
  const page = subtrees.get(root)?.text ?? 0;
  const blocks: Block[] = [];
  walk(root, 'text', { subtrees, page, out: blocks });
  return blocks;
}

interface Walk {
  subtrees: Map<Element, Subtree>;
  page: number;
  out: Block[];
}

/** Every element's text length and whether it holds blocks, in one pass from the leaves up. */
function measure(root: Element): Map<Element, Subtree> {
  const subtrees = new Map<Element, Subtree>();
  const order: Element[] = [];
  const stack: Element[] = [root];
  for (let element = stack.pop(); element; element = stack.pop()) {
    order.push(element);
    for (const child of Array.from(element.children))
      if (!SKIP.has(child.tagName.toUpperCase())) stack.push(child);
  }
  for (let i = order.length - 1; i >= 0; i--) {
    const element = order[i] as Element;
    let text = 0;
    let hasBlock = false;
    for (const child of Array.from(element.childNodes)) {
      if (child.nodeType === 3) text += (child.nodeValue ?? '').trim().length;
      const below = child.nodeType === 1 ? subtrees.get(child as Element) : undefined;
      if (!below) continue;
      text += below.text;
      hasBlock ||= below.hasBlock || BLOCK_TAGS.has((child as Element).tagName.toUpperCase());
    }
    subtrees.set(element, { text, hasBlock });
  }
  return subtrees;
}

function walk(element: Element, inherited: Block['role'], context: Walk): void {
  const role = roleOf(element, inherited, context);
  let inline: Node[] = [];
  const flush = () => {
    pushBlock(inline, role, context.out);
    inline = [];
  };
  for (const child of Array.from(element.childNodes)) {
    if (child.nodeType === 8) continue;
    if (child.nodeType === 1) {
      const tag = (child as Element).tagName.toUpperCase();
      if (SKIP.has(tag)) continue;
      // A container of blocks is read as blocks, whatever its tag (a span of paragraphs, a custom element).
      if (BLOCK_TAGS.has(tag) || tag === 'BR' || context.subtrees.get(child as Element)?.hasBlock) {
        flush();
        if (tag !== 'BR') walk(child as Element, role, context);
        continue;
      }
    }
    inline.push(child);
  }
  flush();
}

function roleOf(element: Element, inherited: Block['role'], context: Walk): Block['role'] {
  if (inherited === 'chrome') return 'chrome';
  const tag = element.tagName.toUpperCase();
  if (CHROME_TAGS.has(tag)) return 'chrome';
  if (element.getAttribute('aria-hidden') === 'true' || element.hasAttribute('hidden')) return 'chrome';
  if (element.getAttribute('role') === 'dialog' || element.getAttribute('aria-modal') === 'true')
    return 'chrome';
  const hints = `${element.getAttribute('class') ?? ''} ${element.getAttribute('id') ?? ''} ${element.getAttribute('role') ?? ''}`;
  if (tag === 'FIGCAPTION' || tag === 'CAPTION' || CAPTION_HINT.test(hints)) return 'caption';
  if (!FRAME_TAGS.has(tag) && CHROME_HINT.test(hints) && isSmallPart(element, context)) return 'chrome';
  if (/^H[1-6]$/.test(tag)) return 'heading';
  return inherited;
}

function isSmallPart(element: Element, context: Walk): boolean {
  return (context.subtrees.get(element)?.text ?? 0) < context.page * CHROME_HINT_MAX_SHARE;
}

function pushBlock(nodes: Node[], role: Block['role'], out: Block[]): void {
  if (nodes.length === 0) return;
  let text = '';
  let linked = 0;
  for (const node of nodes) {
    text += textOf(node);
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

/** The text a reader sees of a node: its text nodes, without scripts, styles or comments. */
function textOf(node: Node): string {
  if (node.nodeType === 3) return node.nodeValue ?? '';
  if (node.nodeType !== 1 || SKIP.has((node as Element).tagName.toUpperCase())) return '';
  let text = '';
  for (const child of Array.from(node.childNodes)) text += textOf(child);
  return text;
}

function linkedLength(element: Element): number {
  if (element.tagName.toUpperCase() === 'A') return textOf(element).trim().length;
  let total = 0;
  for (const link of Array.from(element.querySelectorAll('a'))) total += textOf(link).trim().length;
  return total;
}
