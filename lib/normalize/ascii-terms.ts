/**
 * The terms of plain ASCII text, found by scanning its characters instead of
 * matching the token expression and slicing a string for every token: a term
 * already seen is looked up by the characters it is written with, so the
 * common case allocates nothing. Fingerprinting every imported story spends
 * most of its time here. It finds exactly the tokens the token expression
 * finds in ASCII text (a property test holds the two together); any other
 * text takes the expression's path.
 */

const SPACE = 0;
const UPPER = 1;
const LOWER = 2;
const DIGIT = 3;
const OTHER = 4;

const CHAR_CLASS = Uint8Array.from({ length: 128 }, (_, code) => {
  if (code === 32 || (code >= 9 && code <= 13)) return SPACE;
  if (code >= 65 && code <= 90) return UPPER;
  if (code >= 97 && code <= 122) return LOWER;
  if (code >= 48 && code <= 57) return DIGIT;
  return OTHER;
});

// biome-ignore lint/suspicious/noControlCharactersInRegex: the ASCII range starts with control characters.
const NON_ASCII = /[^\x00-\x7f]/;

export function isAscii(text: string): boolean {
  return !NON_ASCII.test(text);
}

/** Where each token of ASCII text starts and ends, words and numbers only (punctuation is never a term). */
export function forEachAsciiToken(text: string, visit: (start: number, end: number) => void): void {
  const length = text.length;
  let i = 0;
  while (i < length) {
    const kind = CHAR_CLASS[text.charCodeAt(i)];
    if (kind === SPACE || kind === OTHER) {
      i++;
      continue;
    }
    const end =
      kind === DIGIT
        ? numberEnd(text, i)
        : kind === UPPER
          ? acronymEnd(text, i) || wordEnd(text, i)
          : wordEnd(text, i);
    visit(i, end);
    i = end;
  }
}

function isWordChar(text: string, i: number): boolean {
  const kind = CHAR_CLASS[text.charCodeAt(i)];
  return kind === UPPER || kind === LOWER || kind === DIGIT;
}

/** `[\p{L}\p{M}\p{N}]+(?:['-][\p{L}\p{M}\p{N}]+)*` */
function wordEnd(text: string, start: number): number {
  let i = start;
  for (;;) {
    while (i < text.length && isWordChar(text, i)) i++;
    const joiner = text.charCodeAt(i);
    if ((joiner !== 39 && joiner !== 45) || !isWordChar(text, i + 1)) return i;
    i++;
  }
}

/** `(?:\p{Lu}\.){2,}`, or 0 when there is no such acronym at start. */
function acronymEnd(text: string, start: number): number {
  let i = start;
  while (CHAR_CLASS[text.charCodeAt(i)] === UPPER && text.charCodeAt(i + 1) === 46) i += 2;
  return i - start >= 4 ? i : 0;
}

const NUMBER_SUFFIXES = ['st', 'nd', 'rd', 'th', 's', 'm', 'bn', 'km', 'kg', 'pc'];

/** `\d+(?:[.,:]\d+)*(?:st|nd|rd|th|s|m|bn|km|kg|pc)?`: the first suffix that fits, as the expression tries them. */
function numberEnd(text: string, start: number): number {
  let i = digitsEnd(text, start);
  for (;;) {
    const separator = text.charCodeAt(i);
    if ((separator !== 46 && separator !== 44 && separator !== 58) || !isDigit(text, i + 1)) break;
    i = digitsEnd(text, i + 1);
  }
  const suffix = NUMBER_SUFFIXES.find((s) => text.startsWith(s, i));
  return suffix ? i + suffix.length : i;
}

function isDigit(text: string, i: number): boolean {
  return CHAR_CLASS[text.charCodeAt(i)] === DIGIT;
}

function digitsEnd(text: string, start: number): number {
  let i = start;
  while (isDigit(text, i)) i++;
  return i;
}
