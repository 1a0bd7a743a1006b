import { foldTypography } from '../../lib/normalize/fold.ts';

/** The elements a sentence of an article is looked for in. */
const BLOCKS = 'p, li, blockquote, h2, h3, h4, dd, td, figcaption';

/** A span of a block's squeezed text (its letters, white space left out). */
export interface TextSpan {
  start: number;
  end: number;
}

interface TextPlace {
  node: Text;
  offset: number;
}

/**
 * A page's blocks of text, read once, for finding the engine's sentences and
 * words in: sentences by their folded text, words by their letters, white
 * space aside (the engine writes "U.S." and quotes back with its own spacing).
 */
export class PageText {
  private readonly elements: HTMLElement[];
  private readonly texts: string[];
  private readonly squeezed = new Map<HTMLElement, { text: string; places: TextPlace[] }>();

  constructor(private readonly document: Document) {
    this.elements = Array.from(document.querySelectorAll<HTMLElement>(BLOCKS));
    this.texts = this.elements.map((e) => normalize(e.textContent ?? ''));
  }

  /** The first block holding the sentence. */
  blockOf(sentence: string): HTMLElement | null {
    const wanted = normalize(sentence);
    return this.elements[this.texts.findIndex((t) => t.includes(wanted))] ?? null;
  }

  /** Where a sentence starts in its block, or 0 when its letters are not found together. */
  startOf(element: HTMLElement, sentence: string): number {
    return Math.max(0, this.squeezedOf(element).text.indexOf(squeeze(sentence)));
  }

  /** The first span of `text` in the block from `from` on; an empty span for text of no letters, null when absent. */
  spanOf(element: HTMLElement, text: string, from: number): TextSpan | null {
    const wanted = squeeze(text);
    if (!wanted) return { start: from, end: from };
    const start = this.squeezedOf(element).text.indexOf(wanted, from);
    return start < 0 ? null : { start, end: start + wanted.length };
  }

  /** The range of a non-empty span's characters. */
  rangeOf(element: HTMLElement, { start, end }: TextSpan): Range {
    const { places } = this.squeezedOf(element);
    const first = places[start] as TextPlace;
    const last = places[end - 1] as TextPlace;
    const range = this.document.createRange();
    range.setStart(first.node, first.offset);
    range.setEnd(last.node, last.offset + 1);
    return range;
  }

  /** A block's text folded and lower-cased, white space left out, with where each character came from. */
  private squeezedOf(element: HTMLElement): { text: string; places: TextPlace[] } {
    const known = this.squeezed.get(element);
    if (known) return known;
    let text = '';
    const places: TextPlace[] = [];
    const walker = this.document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
      for (let offset = 0; offset < node.data.length; offset++) {
        for (const char of squeeze(node.data[offset] as string)) {
          text += char;
          places.push({ node, offset });
        }
      }
    }
    const read = { text, places };
    this.squeezed.set(element, read);
    return read;
  }
}

function squeeze(text: string): string {
  return foldTypography(text).toLowerCase().replace(/\s+/g, '');
}

function normalize(text: string): string {
  return foldTypography(text).replace(/\s+/g, ' ').trim().toLowerCase();
}
