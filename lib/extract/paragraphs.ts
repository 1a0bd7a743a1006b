import { isCreditLine, splitDateline } from './credits.ts';
import { proseLength } from './prose.ts';

/**
 * Turns the chosen body blocks into article paragraphs: credit lines and
 * datelines move to the credits, exact repeats of a paragraph stay (a page that
 * prints a paragraph twice is part of what the reader sees). The credit of the
 * dateline the body opens with ("WASHINGTON (AP) —") is given apart: it says
 * the page is that wire's copy.
 */
export function separateCredits(blocks: readonly string[]): {
  paragraphs: string[];
  credits: string[];
  openingCredit: string | null;
} {
  const paragraphs: string[] = [];
  const credits: string[] = [];
  let openingCredit: string | null = null;
  for (const block of blocks) {
    if (isCreditLine(block)) {
      credits.push(block);
      continue;
    }
    const { text, credit } = splitDateline(block);
    if (credit) credits.push(credit);
    if (credit && paragraphs.length === 0) openingCredit = credit;
    if (text) paragraphs.push(text);
  }
  return { paragraphs, credits, openingCredit };
}

/** Words of the paragraphs; in scripts written without spaces, every two characters count as one. */
export function wordsIn(paragraphs: readonly string[]): number {
  return paragraphs.reduce((sum, p) => sum + proseLength(p), 0);
}
