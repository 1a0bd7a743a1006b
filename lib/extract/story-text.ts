import { paragraphsOf } from '../normalize/analyze.ts';
import { isChromeLine, stripTrailingChrome } from './boilerplate.ts';
import { isPhotoCredit, splitDateline } from './credits.ts';

const BULLET = /^[\u2022\u25CF\u25AA\u2023\u2043*\u00B7]\s*/;
const TERMINAL = /[.!?]["')\]]*$/;

/**
 * Paragraphs of a wire story's own text. Stories come from feeds, bundles and
 * corpora already clean, so this only removes what is plainly not story text:
 * headline lines above the first sentence, captions, "Continue reading" links.
 * Credit lines stay: a rewrite that drops them has dropped part of the story.
 */
export function storyParagraphs(text: string): string[] {
  const lines = paragraphsOf(text.replace(/\n(?=\s*[\u2022\u25CF\u25AA])/g, '\n\n')).map(stripTrailingChrome);
  const firstSentence = lines.findIndex((l) => TERMINAL.test(l) && !BULLET.test(l));
  return lines
    .filter((line, i) => i >= firstSentence || BULLET.test(line))
    .map((line) => line.replace(BULLET, ''))
    .filter((line) => line && !isChromeLine(line) && !isPhotoCredit(line))
    .map((line) => splitDateline(line).text);
}
