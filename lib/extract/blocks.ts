import { countWords } from './article.ts';
import { isChromeLine, isTeaser, stripTrailingChrome } from './boilerplate.ts';
import { endsSentence, isProse, proseLength } from './prose.ts';

/** A run of text the page shows as one unit: a paragraph, a list item, a heading, a line. */
export interface Block {
  text: string;
  /** Share of the text inside links. */
  linkDensity: number;
  /** Set by HTML structure: headings, captions and chrome containers are never body text. */
  role: 'text' | 'heading' | 'caption' | 'chrome';
  /** Prior belief that the block is article text (from Readability), 0 when unknown. */
  prior: number;
}

export type BlockClass = 'body' | 'short' | 'chrome';

/**
 * Picks the article's paragraphs out of a page's blocks: the contiguous region
 * with the most prose (a maximum-sum segment, where prose scores plus and chrome
 * minus), then the prose blocks inside it.
 */
export function selectArticleBlocks(blocks: readonly Block[]): string[] {
  const cleaned = blocks.map((b) => ({ ...b, text: stripTrailingChrome(b.text) }));
  const classes = cleaned.map(blockKind);
  const scores = cleaned.map((block, i) => kindScore(block, classes[i] as BlockClass));
  const [start, end] = maxSegment(scores);
  const paragraphs: string[] = [];
  for (let i = start; i <= end; i++) {
    const block = cleaned[i] as Block;
    if (classes[i] === 'body' || (classes[i] === 'short' && isSentenceLike(block)))
      paragraphs.push(block.text);
  }
  return paragraphs;
}

export function blockKind(block: Block): BlockClass {
  const words = countWords(block.text);
  if (block.role === 'chrome' || block.role === 'caption' || words === 0) return 'chrome';
  if (isChromeLine(block.text) || isTeaser(block.text) || block.linkDensity > 0.5) return 'chrome';
  if (block.role === 'heading') return 'short';
  if (isProse(block.text, proseLength(block.text))) return 'body';
  return 'short';
}

export function kindScore(block: Block, kind: BlockClass): number {
  const words = countWords(block.text);
  if (kind === 'body') return words * (1 + block.prior);
  if (kind === 'short') return isSentenceLike(block) ? 1 : -3 - words * 0.2;
  return -8 - words * 0.5;
}

/** A sentence, or a line of five words or more leading into what follows ("The Latest on … (all times local):"). */
function isSentenceLike(block: Block): boolean {
  const words = countWords(block.text);
  if (block.role !== 'text' || words < 2) return false;
  return endsSentence(block.text) || (words >= 5 && /:\s*$/.test(block.text));
}

/** Indexes of the contiguous run with the largest sum (Kadane); [0, -1] when nothing scores above zero. */
export function maxSegment(scores: readonly number[]): [number, number] {
  let best = 0;
  let bestRange: [number, number] = [0, -1];
  let sum = 0;
  let start = 0;
  scores.forEach((score, i) => {
    if (sum <= 0) {
      sum = 0;
      start = i;
    }
    sum += score;
    if (sum > best) {
      best = sum;
      bestRange = [start, i];
    }
  });
  return bestRange;
}
