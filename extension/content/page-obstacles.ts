import type { Rect } from './badge-spot.ts';

/** What a reader uses on a page besides its text: the badge may cover none of it. */
const CONTROLS =
  'a, button, input, select, textarea, label, summary, img, svg, video, audio, iframe, canvas, picture, [role="button"], [role="link"], [tabindex]';

/**
 * The page's text (each line's own box, not its paragraph's) and controls
 * between two heights of the document, in document coordinates. Subtrees
 * wholly outside the band are skipped, so a long page costs what the band holds.
 */
export function pageObstacles(document: Document, top: number, bottom: number, skip: Element): Rect[] {
  const rects: Rect[] = [];
  const scroll = { x: window.scrollX, y: window.scrollY };
  const add = (box: DOMRect) => {
    if (box.width > 0 && box.height > 0)
      rects.push({ x: box.x + scroll.x, y: box.y + scroll.y, width: box.width, height: box.height });
  };
  const outside = (box: DOMRect) =>
    box.height > 0 && (box.y + scroll.y > bottom || box.bottom + scroll.y < top);
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT, {
    acceptNode(node) {
      if (node.nodeType === Node.TEXT_NODE) return NodeFilter.FILTER_ACCEPT;
      const element = node as Element;
      if (element === skip || element.localName === 'script' || element.localName === 'style')
        return NodeFilter.FILTER_REJECT;
      return outside(element.getBoundingClientRect()) ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_ACCEPT;
    },
  });
  const range = document.createRange();
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (node.nodeType === Node.TEXT_NODE) {
      if (!/\S/.test(node.textContent ?? '')) continue;
      range.selectNodeContents(node);
      for (const line of range.getClientRects()) add(line);
    } else if ((node as Element).matches(CONTROLS)) add((node as Element).getBoundingClientRect());
  }
  return rects;
}

/**
 * The page's fixed and sticky elements (a site's header, a cookie bar), which
 * pass over the badge as the reader scrolls. Looked for near the top of the
 * tree only, where sites put them: a computed style for each of a page's
 * elements would cost a long page too much.
 */
export function floatingElements(document: Document, depth = 4, most = 400): Element[] {
  const found: Element[] = [];
  let level: Element[] = Array.from(document.body.children);
  let seen = 0;
  for (let d = 0; d < depth && level.length && seen < most; d++) {
    const next: Element[] = [];
    for (const element of level) {
      if (++seen > most) break;
      const position = getComputedStyle(element).position;
      if (position === 'fixed' || position === 'sticky') found.push(element);
      else next.push(...Array.from(element.children));
    }
    level = next;
  }
  return found;
}
