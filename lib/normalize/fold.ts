import { isAscii } from './ascii-terms.ts';

/**
 * Folds typographic variants to plain ASCII forms so that copies compare equal:
 * curly quotes, primes, dashes, odd spaces and invisible characters.
 */
const SINGLE_QUOTES = /[\u2018\u2019\u201A\u201B\u2032\u02BC\u0060\u00B4]/g;
const DOUBLE_QUOTES = /[\u201C\u201D\u201E\u201F\u2033\u00AB\u00BB\u300C\u300D]/g;
const DASHES = /[\u2010-\u2015\u2212\uFE58\uFE63\uFF0D]/g;
const SPACES = /[\u00A0\u1680\u2000-\u200A\u202F\u205F\u3000\t\f\v]/g;
// biome-ignore lint/suspicious/noControlCharactersInRegex: removing control characters is the point.
const INVISIBLE = /[\u0000-\u0008\u000E-\u001F\u007F\u00AD\u200B-\u200D\u2060\uFEFF]/g;
const ELLIPSIS = /\u2026/g;
/** Decimal digits of every script but ASCII's: "٢٠٢٦" (Arabic), "۲۰۲۶" (Urdu), "२०२६" (Hindi) are 2026. */
const OTHER_DIGITS = /(?![0-9])\p{Nd}/gu;

// ASCII text needs folding only for control characters, tabs and the like, carriage returns and backticks.
// biome-ignore lint/suspicious/noControlCharactersInRegex: removing control characters is the point.
const ASCII_TO_FOLD = /[\x00-\x09\x0b-\x1f\x60\x7f]/;

export function foldTypography(text: string): string {
  if (isAscii(text) && !ASCII_TO_FOLD.test(text)) return text;
  return text
    .normalize('NFKC')
    .replace(INVISIBLE, '')
    .replace(SINGLE_QUOTES, "'")
    .replace(DOUBLE_QUOTES, '"')
    .replace(DASHES, '-')
    .replace(ELLIPSIS, '...')
    .replace(OTHER_DIGITS, asciiDigit)
    .replace(SPACES, ' ')
    .replace(/\r\n?/g, '\n');
}

/**
 * The ASCII digit of a decimal digit in any script. Unicode encodes every
 * script's digits as a run of ten, 0 to 9, so the digit is its distance from
 * the start of its run (runs that follow one another, as the mathematical
 * digits do, are ten apart).
 */
function asciiDigit(digit: string): string {
  const code = digit.codePointAt(0) as number;
  let start = code;
  while (DECIMAL.test(String.fromCodePoint(start - 1))) start--;
  return String((code - start) % 10);
}

const DECIMAL = /^\p{Nd}$/u;

/** Collapses runs of spaces inside a line and trims it. */
export function squashSpaces(line: string): string {
  return (line.includes('  ') ? line.replace(/ {2,}/g, ' ') : line).trim();
}

/**
 * Accents and vowel points that a word is spelt the same without: Latin,
 * Greek and Cyrillic accents, Hebrew points, Arabic harakat. Not every mark:
 * an Indic or Thai vowel sign is part of the word's spelling ("पुल" is not "पल").
 */
const DIACRITICS =
  /[\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f\u0591-\u05c7\u064b-\u065f\u0670]+/gu;

/** Lower case without diacritics: the key under which two spellings of a word are one. */
export function foldCase(word: string): string {
  return word.normalize('NFD').replace(DIACRITICS, '').normalize('NFC').toLowerCase();
}
