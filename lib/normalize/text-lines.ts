import { foldTypography, squashSpaces } from './fold.ts';
import { unwrapLines } from './unwrap.ts';

/** A list item's marker: a bullet sign, or a dash or star followed by a space. */
const BULLET = /^(?:[\u2022\u25CF\u25AA\u2023\u2043\u00B7]\s*|[*-]\s+)/;

export interface TextLine {
  text: string;
  /** The line was a list item (its marker removed). */
  bullet: boolean;
}

/**
 * Plain text as paragraphs: blank lines separate them, hard-wrapped lines are
 * joined back, list items stay apart without their markers. Pages and stories
 * given as text both start here.
 */
export function textLines(text: string): TextLine[] {
  return foldTypography(text)
    .split(/\n\s*\n/)
    .flatMap((chunk) => {
      const raw = chunk.split('\n').filter((line) => line.trim());
      const bullets = listItems(raw);
      if (bullets.some(Boolean)) {
        return raw.map((line, i) => ({
          text: bullets[i] ? line.trim().replace(BULLET, '') : line.trim(),
          bullet: bullets[i] as boolean,
        }));
      }
      return unwrapLines(raw).map((line) => ({ text: line, bullet: false }));
    })
    .map((line) => ({ ...line, text: squashSpaces(line.text) }))
    .filter((line) => line.text)
    .reduce(joinBrokenSentences, []);
}

/** Where a list item may start: the first line, or after a line that ends a sentence, a colon or an item. */
const ITEM_BEFORE = /[.!?:]["')\]]*\s*$/;

/** Which lines are list items: a marker where an item can start (" - which he gave" mid-sentence is a dash). */
function listItems(lines: readonly string[]): boolean[] {
  const items: boolean[] = [];
  lines.forEach((line, i) => {
    const before = lines[i - 1];
    const canStart = before === undefined || items[i - 1] || ITEM_BEFORE.test(before);
    items.push(canStart === true && BULLET.test(line.trim()));
  });
  return items;
}

/**
 * A paragraph that stops mid-sentence and the next are one: one that ends in a
 * comma or semicolon ("…partner, Chris Vincent,"), or in a lower-case word
 * ("…for satellite and") before one that goes on in lower case.
 */
function joinBrokenSentences(lines: TextLine[], line: TextLine): TextLine[] {
  const last = lines.at(-1);
  const broken =
    last !== undefined &&
    !last.bullet &&
    !line.bullet &&
    (/[,;]$/.test(last.text) || (/\p{Ll}$/u.test(last.text) && /^\p{Ll}/u.test(line.text)));
  if (broken) last.text = `${last.text} ${line.text}`;
  else lines.push(line);
  return lines;
}

export function paragraphsOf(text: string): string[] {
  return textLines(text).map((line) => line.text);
}
