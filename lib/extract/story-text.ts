import { textLines } from '../normalize/text-lines.ts';
import { isChromeLine, stripTrailingChrome } from './boilerplate.ts';
import { isPhotoCredit, splitDateline } from './credits.ts';

const TERMINAL = /[.!?]["')\]]*$/;

/**
 * Paragraphs of a wire story's own text. Stories come from feeds, bundles and
 * corpora already clean, so this only removes what is plainly not story text:
 * headline lines above the first sentence, captions, "Continue reading" links.
 * Credit lines stay: a rewrite that drops them has dropped part of the story.
 */
export function storyParagraphs(text: string): string[] {
  const lines = textLines(text).map((line) => ({ ...line, text: stripTrailingChrome(line.text) }));
  const firstSentence = lines.findIndex((line) => TERMINAL.test(line.text) && !line.bullet);
  return lines
    .filter((line, i) => i >= firstSentence || line.bullet)
    .map((line) => line.text)
    .filter((line) => line && !isChromeLine(line) && !isPhotoCredit(line))
    .map((line) => splitDateline(line).text);
}
