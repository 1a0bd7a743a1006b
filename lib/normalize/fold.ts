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
    .replace(SPACES, ' ')
    .replace(/\r\n?/g, '\n');
}

/** Collapses runs of spaces inside a line and trims it. */
export function squashSpaces(line: string): string {
  return (line.includes('  ') ? line.replace(/ {2,}/g, ' ') : line).trim();
}

/** Lower case without diacritics: the key under which two spellings of a word are one. */
export function foldCase(word: string): string {
  return word
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase();
}
