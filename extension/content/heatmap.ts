import { foldTypography } from '../../lib/normalize/fold.ts';
import type { ReuseMark } from '../messages/protocol.ts';
import { MARK_COLORS } from './heatmap-colors.ts';

const BLOCKS = 'p, li, blockquote, h2, h3, h4, dd, td, figcaption';
const STYLE_ID = 'wiretrace-heatmap-style';

/** Marks on a page: taken off with `hide`; `intact` says whether they are still as Wiretrace drew them. */
export interface ShownMarks {
  hide: () => void;
  /** False once the page has removed, replaced or recoloured them: they are then not Wiretrace's to vouch for. */
  intact: () => boolean;
}

/**
 * Marks the page's reused sentences by colour. Uses the CSS Custom Highlight
 * API where the browser has it, so the page's DOM is not touched at all;
 * elsewhere it tints the paragraphs' background. Neither changes layout. The
 * page can reach both (the highlight registry and its own elements' styles
 * are its own): it can clear or forge them, and `intact` says when it did.
 */
export function showHeatmap(document: Document, marks: readonly ReuseMark[]): ShownMarks {
  const targets = markedBlocks(document, marks);
  const highlights = (globalThis as { CSS?: { highlights?: Map<string, unknown> } }).CSS?.highlights;
  const HighlightClass = (globalThis as { Highlight?: new (...ranges: Range[]) => unknown }).Highlight;
  if (highlights && HighlightClass) return highlightRanges(document, targets, highlights, HighlightClass);
  return tintBlocks(targets);
}

function markedBlocks(
  document: Document,
  marks: readonly ReuseMark[],
): { element: HTMLElement; label: ReuseMark['label'] }[] {
  const found: { element: HTMLElement; label: ReuseMark['label'] }[] = [];
  const elements = Array.from(document.querySelectorAll<HTMLElement>(BLOCKS));
  const texts = elements.map((e) => normalize(e.textContent ?? ''));
  for (const mark of marks) {
    const wanted = normalize(mark.text);
    const index = texts.findIndex((t) => t.includes(wanted));
    const element = elements[index];
    if (element && !found.some((f) => f.element === element)) found.push({ element, label: mark.label });
  }
  return found;
}

function highlightRanges(
  document: Document,
  targets: { element: HTMLElement; label: ReuseMark['label'] }[],
  highlights: Map<string, unknown>,
  HighlightClass: new (...ranges: Range[]) => unknown,
): ShownMarks {
  const style = document.createElement('style');
  style.id = STYLE_ID;
  style.textContent = Object.entries(MARK_COLORS)
    .map(([label, color]) => `::highlight(wiretrace-${label}) { background-color: ${color}; }`)
    .join('\n');
  document.head.append(style);
  const drawn = style.textContent;
  const ours = new Map<string, unknown>();
  for (const label of Object.keys(MARK_COLORS) as ReuseMark['label'][]) {
    const ranges = targets.filter((t) => t.label === label).map((t) => rangeAround(document, t.element));
    const highlight = new HighlightClass(...ranges);
    highlights.set(`wiretrace-${label}`, highlight);
    ours.set(`wiretrace-${label}`, highlight);
  }
  return {
    hide: () => {
      for (const name of ours.keys()) if (highlights.get(name) === ours.get(name)) highlights.delete(name);
      style.remove();
    },
    intact: () =>
      style.isConnected &&
      style.textContent === drawn &&
      [...ours].every(([name, highlight]) => highlights.get(name) === highlight) &&
      targets.every((t) => t.element.isConnected),
  };
}

function tintBlocks(targets: { element: HTMLElement; label: ReuseMark['label'] }[]): ShownMarks {
  const before = targets.map((t) => t.element.style.backgroundColor);
  for (const target of targets) target.element.style.backgroundColor = MARK_COLORS[target.label];
  const drawn = targets.map((t) => t.element.style.backgroundColor);
  return {
    hide: () => {
      targets.forEach((t, i) => {
        t.element.style.backgroundColor = before[i] ?? '';
      });
    },
    intact: () =>
      targets.every((t, i) => t.element.isConnected && t.element.style.backgroundColor === drawn[i]),
  };
}

function rangeAround(document: Document, element: HTMLElement): Range {
  const range = document.createRange();
  range.selectNodeContents(element);
  return range;
}

function normalize(text: string): string {
  return foldTypography(text).replace(/\s+/g, ' ').trim().toLowerCase();
}
