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
      if (raw.some((line) => BULLET.test(line.trim()))) {
        return raw.map((line) => ({
          text: line.trim().replace(BULLET, ''),
          bullet: BULLET.test(line.trim()),
        }));
      }
      return unwrapLines(raw).map((line) => ({ text: line, bullet: false }));
    })
    .map((line) => ({ ...line, text: squashSpaces(line.text) }))
    .filter((line) => line.text)
    .reduce(joinBrokenSentences, []);
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
