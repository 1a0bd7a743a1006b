import { isCreditLine, splitDateline } from './credits.ts';
import { proseLength } from './prose.ts';

/**
 * Turns the chosen body blocks into article paragraphs: credit lines and
 * datelines move to the credits, exact repeats of a paragraph stay (a page that
 * prints a paragraph twice is part of what the reader sees).
 */
export function separateCredits(blocks: readonly string[]): { paragraphs: string[]; credits: string[] } {
  const paragraphs: string[] = [];
  const credits: string[] = [];
  for (const block of blocks) {
    if (isCreditLine(block)) {
      credits.push(block);
      continue;
    }
    const { text, credit } = splitDateline(block);
    if (credit) credits.push(credit);
    if (text) paragraphs.push(text);
  }
  return { paragraphs, credits };
}

/** Words of the paragraphs; in scripts written without spaces, every two characters count as one. */
export function wordsIn(paragraphs: readonly string[]): number {
  return paragraphs.reduce((sum, p) => sum + proseLength(p), 0);
}
