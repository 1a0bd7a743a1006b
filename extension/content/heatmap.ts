import { foldTypography } from '../../lib/normalize/fold.ts';
import type { ChangedFact, MarkedWords, ReuseMark } from '../messages/protocol.ts';
import { CHANGED_MARK, MARK_COLORS } from './heatmap-colors.ts';

const BLOCKS = 'p, li, blockquote, h2, h3, h4, dd, td, figcaption';
const STYLE_ID = 'wiretrace-heatmap-style';

/** Marks on a page: taken off with `hide`; `intact` says whether they are still as Wiretrace drew them. */
export interface ShownMarks {
  hide: () => void;
  /** False once the page has removed, replaced or recoloured them: they are then not Wiretrace's to vouch for. */
  intact: () => boolean;
}

/**
 * Marks the page's reused words by colour: those taken word for word, and
 * those reworded, as the page's provenance has them. Uses the CSS Custom
 * Highlight API where the browser has it, so the page's DOM is not touched at
 * all; elsewhere it tints the reused paragraphs' background. Neither changes
 * layout. The page can reach both (the highlight registry and its own
 * elements' styles are its own): it can clear or forge them, and `intact` says when it did.
 */
export function showHeatmap(
  document: Document,
  marks: readonly ReuseMark[],
  changed: readonly ChangedFact[] = [],
): ShownMarks {
  const targets = markedBlocks(document, marks);
  const highlights = (globalThis as { CSS?: { highlights?: Map<string, unknown> } }).CSS?.highlights;
  const HighlightClass = (globalThis as { Highlight?: new (...ranges: Range[]) => unknown }).Highlight;
  if (highlights && HighlightClass) {
    const facts = changed.flatMap((fact) => factRange(document, fact));
    return highlightRanges(document, targets, facts, highlights, HighlightClass);
  }
  return tintBlocks(targets);
}

/** Where a changed fact's words stand on the page: in the first paragraph holding its sentence. */
function factRange(document: Document, fact: ChangedFact): Range[] {
  const [target] = markedBlocks(document, [{ text: fact.sentence, label: 'edited', words: [] }]);
  if (!target) return [];
  const index = squeezedText(target.element);
  const sentence = index.text.indexOf(squeeze(fact.sentence));
  const wanted = squeeze(fact.page);
  const start = wanted ? index.text.indexOf(wanted, Math.max(0, sentence)) : -1;
  return start < 0 ? [] : [rangeOf(document, index.places, start, start + wanted.length)];
}

interface Target {
  element: HTMLElement;
  mark: ReuseMark;
}

function markedBlocks(document: Document, marks: readonly ReuseMark[]): Target[] {
  const found: Target[] = [];
  const elements = Array.from(document.querySelectorAll<HTMLElement>(BLOCKS));
  const texts = elements.map((e) => normalize(e.textContent ?? ''));
  for (const mark of marks) {
    const wanted = normalize(mark.text);
    const index = texts.findIndex((t) => t.includes(wanted));
    const element = elements[index];
    if (element) found.push({ element, mark });
  }
  return found;
}

function highlightRanges(
  document: Document,
  targets: readonly Target[],
  facts: readonly Range[],
  highlights: Map<string, unknown>,
  HighlightClass: new (...ranges: Range[]) => unknown,
): ShownMarks {
  const style = document.createElement('style');
  style.id = STYLE_ID;
  style.textContent = [
    ...Object.entries(MARK_COLORS).map(
      ([label, color]) => `::highlight(wiretrace-${label}) { background-color: ${color}; }`,
    ),
    `::highlight(wiretrace-changed) { ${CHANGED_MARK}; }`,
  ].join('\n');
  document.head.append(style);
  const drawn = style.textContent;
  const ranges: Record<MarkedWords, Range[]> = { verbatim: [], rewrite: [] };
  for (const target of targets)
    for (const { label, range } of wordRanges(document, target)) ranges[label].push(range);
  const ours = new Map<string, unknown>();
  const drawnRanges: [string, Range[]][] = [
    ...(Object.keys(MARK_COLORS) as MarkedWords[]).map((label): [string, Range[]] => [label, ranges[label]]),
    ['changed', [...facts]],
  ];
  for (const [name, list] of drawnRanges) {
    const highlight = new HighlightClass(...list);
    highlights.set(`wiretrace-${name}`, highlight);
    ours.set(`wiretrace-${name}`, highlight);
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

/** A paragraph is tinted as its sentence was taken: copied or edited as word for word, paraphrased as reworded. */
function tintOf(mark: ReuseMark): MarkedWords {
  return mark.label === 'paraphrased' ? 'rewrite' : 'verbatim';
}

function tintBlocks(targets: readonly Target[]): ShownMarks {
  const tinted = targets.filter((t, i) => targets.findIndex((o) => o.element === t.element) === i);
  const before = tinted.map((t) => t.element.style.backgroundColor);
  for (const target of tinted) target.element.style.backgroundColor = MARK_COLORS[tintOf(target.mark)];
  const drawn = tinted.map((t) => t.element.style.backgroundColor);
  return {
    hide: () => {
      tinted.forEach((t, i) => {
        t.element.style.backgroundColor = before[i] ?? '';
      });
    },
    intact: () =>
      tinted.every((t, i) => t.element.isConnected && t.element.style.backgroundColor === drawn[i]),
  };
}

/**
 * The ranges of a sentence's reused words inside its paragraph. Words are
 * found by their letters, white space aside (the engine writes "U.S." and
 * quotes back with its own spacing); a sentence whose words cannot all be
 * found is marked whole, as its label says.
 */
function wordRanges(document: Document, { element, mark }: Target): { label: MarkedWords; range: Range }[] {
  const index = squeezedText(element);
  const sentence = squeeze(mark.text);
  let at = Math.max(0, index.text.indexOf(sentence));
  const found: { label: MarkedWords; range: Range }[] = [];
  for (const run of mark.words) {
    const wanted = squeeze(run.text);
    if (!wanted) continue;
    const start = index.text.indexOf(wanted, at);
    if (start < 0) return [{ label: tintOf(mark), range: rangeAround(document, element) }];
    at = start + wanted.length;
    if (run.label === 'new') continue;
    found.push({ label: run.label, range: rangeOf(document, index.places, start, at) });
  }
  return found;
}

/** The range of the squeezed text's characters from `start` to before `end`. */
function rangeOf(document: Document, places: readonly TextPlace[], start: number, end: number): Range {
  const first = places[start] as TextPlace;
  const last = places[end - 1] as TextPlace;
  const range = document.createRange();
  range.setStart(first.node, first.offset);
  range.setEnd(last.node, last.offset + 1);
  return range;
}

interface TextPlace {
  node: Text;
  offset: number;
}

/** An element's text folded and lower-cased, white space left out, with where each character came from. */
function squeezedText(element: HTMLElement): { text: string; places: TextPlace[] } {
  let text = '';
  const places: TextPlace[] = [];
  const walker = element.ownerDocument.createTreeWalker(element, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
    const data = node.data;
    for (let offset = 0; offset < data.length; offset++) {
      for (const char of squeeze(data[offset] as string)) {
        text += char;
        places.push({ node, offset });
      }
    }
  }
  return { text, places };
}

function squeeze(text: string): string {
  return foldTypography(text).toLowerCase().replace(/\s+/g, '');
}

function rangeAround(document: Document, element: HTMLElement): Range {
  const range = document.createRange();
  range.selectNodeContents(element);
  return range;
}

function normalize(text: string): string {
  return foldTypography(text).replace(/\s+/g, ' ').trim().toLowerCase();
}
