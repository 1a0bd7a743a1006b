import { foldTypography } from '../../lib/normalize/fold.ts';
import type { ReuseMark } from '../messages/protocol.ts';
import { MARK_COLORS } from './heatmap-colors.ts';

const BLOCKS = 'p, li, blockquote, h2, h3, h4, dd, td, figcaption';
const STYLE_ID = 'wiretrace-heatmap-style';

/**
 * Marks the page's reused sentences by colour. Uses the CSS Custom Highlight
 * API where the browser has it, so the page's DOM is not touched at all;
 * elsewhere it tints the paragraphs' background. Neither changes layout.
 */
export function showHeatmap(document: Document, marks: readonly ReuseMark[]): () => void {
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
): () => void {
  const style = document.createElement('style');
  style.id = STYLE_ID;
  style.textContent = Object.entries(MARK_COLORS)
    .map(([label, color]) => `::highlight(wiretrace-${label}) { background-color: ${color}; }`)
    .join('\n');
  document.head.append(style);
  for (const label of Object.keys(MARK_COLORS) as ReuseMark['label'][]) {
    const ranges = targets.filter((t) => t.label === label).map((t) => rangeAround(document, t.element));
    highlights.set(`wiretrace-${label}`, new HighlightClass(...ranges));
  }
  return () => {
    for (const label of Object.keys(MARK_COLORS)) highlights.delete(`wiretrace-${label}`);
    style.remove();
  };
}

function tintBlocks(targets: { element: HTMLElement; label: ReuseMark['label'] }[]): () => void {
  const before = targets.map((t) => t.element.style.backgroundColor);
  for (const target of targets) target.element.style.backgroundColor = MARK_COLORS[target.label];
  return () => {
    targets.forEach((t, i) => {
      t.element.style.backgroundColor = before[i] ?? '';
    });
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
