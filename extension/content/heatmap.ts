import { CHANGED_MARK, MARK_COLORS } from '../../components/shared/mark-colors.ts';
import type { ChangedFact, MarkedWords, ReuseMark } from '../messages/replies.ts';
import { PageText } from './page-text.ts';

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
  const page = new PageText(document);
  const targets = markedBlocks(page, marks);
  const highlights = (globalThis as { CSS?: { highlights?: Map<string, unknown> } }).CSS?.highlights;
  const HighlightClass = (globalThis as { Highlight?: new (...ranges: Range[]) => unknown }).Highlight;
  if (highlights && HighlightClass) {
    const words = targets.flatMap((target) => wordRanges(document, page, target));
    const facts = changed.flatMap((fact) => factRange(page, fact));
    return highlightRanges(document, targets, words, facts, highlights, HighlightClass);
  }
  return tintBlocks(targets);
}

/** Where a changed fact's words stand on the page: in the first paragraph holding its sentence. */
function factRange(page: PageText, fact: ChangedFact): Range[] {
  const element = page.blockOf(fact.sentence);
  if (!element) return [];
  const span = page.spanOf(element, fact.page, page.startOf(element, fact.sentence));
  return span && span.end > span.start ? [page.rangeOf(element, span)] : [];
}

interface Target {
  element: HTMLElement;
  mark: ReuseMark;
}

function markedBlocks(page: PageText, marks: readonly ReuseMark[]): Target[] {
  return marks.flatMap((mark) => {
    const element = page.blockOf(mark.text);
    return element ? [{ element, mark }] : [];
  });
}

function highlightRanges(
  document: Document,
  targets: readonly Target[],
  words: readonly { label: MarkedWords; range: Range }[],
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
  for (const { label, range } of words) ranges[label].push(range);
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
 * The ranges of a sentence's reused words inside its paragraph, found in
 * order from where the sentence starts; a sentence whose words cannot all be
 * found is marked whole, as its label says.
 */
function wordRanges(
  document: Document,
  page: PageText,
  { element, mark }: Target,
): { label: MarkedWords; range: Range }[] {
  let at = page.startOf(element, mark.text);
  const found: { label: MarkedWords; range: Range }[] = [];
  for (const run of mark.words) {
    const span = page.spanOf(element, run.text, at);
    if (!span) return [{ label: tintOf(mark), range: rangeAround(document, element) }];
    at = span.end;
    if (run.label !== 'new' && span.end > span.start)
      found.push({ label: run.label, range: page.rangeOf(element, span) });
  }
  return found;
}

function rangeAround(document: Document, element: HTMLElement): Range {
  const range = document.createRange();
  range.selectNodeContents(element);
  return range;
}
