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
  const pageBlocks = domBlocks(document.body ?? document.documentElement);
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
  if (wholePage) return { blocks: proseRegion(kept), captions };
  return { blocks: withStandfirst(withoutTrailingChrome(kept, pageBlocks), pageBlocks, title), captions };
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

/**
 * The standfirst: prose between the headline and the first paragraph
 * Readability kept, in a container of its own beside the body's. Readability
 * scores a container by its commas and length, so a lead in Chinese or
 * Japanese (short in characters, written with 、 and ，) scores too low to be
 * taken in as the body's sibling.
 */
function withStandfirst(blocks: Block[], pageBlocks: readonly Block[], title: string | null): Block[] {
  const first = blocks[0];
  if (!first || !title) return blocks;
  const headline = squash(title);
  const top = pageBlocks.findIndex((b) => b.role === 'heading' && squash(b.text) === headline);
  const body = pageBlocks.findIndex((b, i) => i > top && b.text === first.text);
  if (top < 0 || body < 0) return blocks;
  const lead = pageBlocks
    .slice(top + 1, body)
    .filter((b) => b.role === 'text' && b.linkDensity <= MAX_LINK_DENSITY && isProse(b.text));
  return lead.length > 0 ? [...lead, ...blocks] : blocks;
}

/**
 * Everything after the last paragraph of prose. A closing sentence of a few
 * words ("No one was hurt.") is prose too, unless the page's markup calls its
 * container chrome (a newsletter box's "Sign up for our morning briefing.").
 */
function withoutTrailingChrome(blocks: Block[], pageBlocks: readonly Block[]): Block[] {
  const chrome = new Set(pageBlocks.filter((b) => b.role !== 'text').map((b) => b.text));
  const closing = (text: string) => !chrome.has(text) && isClosingSentence(text);
  let last = blocks.length - 1;
  while (last >= 0 && !isProse((blocks[last] as Block).text) && !closing((blocks[last] as Block).text))
    last--;
  return last < 0 ? blocks : blocks.slice(0, last + 1);
}

/** Headlines and teasers' titles end in no full stop; German capitalises every noun, so case says little. */
function isClosingSentence(text: string): boolean {
  return proseLength(text) >= 5 && endsSentence(text);
}
