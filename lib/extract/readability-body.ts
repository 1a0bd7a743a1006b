import { Readability } from '@mozilla/readability';
import { type Block, blockKind, kindScore, maxSegment } from './blocks.ts';
import { isAdMarker } from './boilerplate.ts';
import { domBlocks } from './dom-blocks.ts';
import { endsSentence, isProse, proseLength } from './prose.ts';

/**
 * The article's blocks as Mozilla Readability finds them, corrected where
 * measured (../shared/eval/extraction, trafilatura development set, snippet
 * F1): captions go to the credits (0.886 → 0.889), link lists and teasers go
 * (→ 0.894), and so does what trails the last paragraph of prose: dates,
 * share and comment prompts, tag lines (→ 0.898); advertisement markers and
 * the headline and byline above the text go too (they are the article's
 * metadata). Readability rewrites the document it reads.
 */
export function readabilityBlocks(
  document: Document,
  title: string | null,
): { blocks: Block[]; captions: Block[] } | null {
  const pageText = textLength(document.body ?? document.documentElement);
  const reader = new Readability<Element>(document, {
    charThreshold: 200,
    serializer: (element) => element as Element,
  });
  const content = reader.parse()?.content;
  if (!content) return null;
  const blocks = domBlocks(content);
  const captions = blocks.filter((b) => b.role === 'caption');
  const body = blocks.filter(
    (b) => b.role !== 'caption' && b.linkDensity <= MAX_LINK_DENSITY && !isAdMarker(b.text),
  );
  // Readability found no container of its own (the whole page is one): the run of prose is found here.
  const wholePage = textLength(content) >= pageText * WHOLE_PAGE;
  const kept = withoutHeader(body, title);
  return { blocks: wholePage ? proseRegion(kept) : withoutTrailingChrome(kept), captions };
}

const MAX_LINK_DENSITY = 0.5;
/**
 * Readability's article holding this share of the page's text is the page
 * itself (a page of bare paragraphs, menus and footers among them): the run of
 * prose is then found by scoring the blocks, as for a page Readability cannot
 * read. Measured: the seed page and the trafilatura set's flat pages are read
 * right at 0.9 (F1 0.901; the readability set 0.966 → 0.956).
 */
const WHOLE_PAGE = 0.9;

/**
 * The headline and the lines about the article above its first paragraph (a
 * byline, a date, a reading time): what the page says of the article, kept
 * apart as its metadata, not its text. Subheadings and a standfirst stay.
 */
function withoutHeader(blocks: Block[], title: string | null): Block[] {
  const first = blocks.findIndex((b) => isProse(b.text));
  if (first <= 0) return blocks;
  const headline = title ? squash(title) : null;
  return blocks.filter((b, i) => i >= first || !(squash(b.text) === headline || isAboutTheArticle(b.text)));
}

/** "By AFP · October 18, 2026", "4 Min Read", "14. Mai 2014, 15:40 Uhr": short, with a digit or a "by". */
function isAboutTheArticle(text: string): boolean {
  return (
    proseLength(text) <= 12 &&
    !endsSentence(text) &&
    (/\d/.test(text) || /^(?:by|von|par|por|di|door)\s/i.test(text))
  );
}

function squash(text: string): string {
  return text.replace(/\s+/g, ' ').trim().toLowerCase();
}

function textLength(element: Element | null): number {
  return (element?.textContent ?? '').replace(/\s+/g, ' ').length;
}

function proseRegion(blocks: Block[]): Block[] {
  const kinds = blocks.map(blockKind);
  const [start, end] = maxSegment(blocks.map((b, i) => kindScore(b, kinds[i] as never)));
  if (end < start) return blocks;
  return blocks.slice(start, end + 1).filter((_, i) => kinds[start + i] !== 'chrome');
}

/** Everything after the last paragraph of prose. */
function withoutTrailingChrome(blocks: Block[]): Block[] {
  let last = blocks.length - 1;
  while (last >= 0 && !isProse((blocks[last] as Block).text)) last--;
  return last < 0 ? blocks : blocks.slice(0, last + 1);
}
