/**
 * Word edges for any script, to build regular expressions with the `u` flag.
 * JavaScript's `\b` knows only [A-Za-z0-9_]: "\bТАСС\b" never matches, and
 * "abonnés\b" fails before a space because "é" counts as a non-word character.
 */
export const WORD_START = String.raw`(?<![\p{L}\p{M}\p{N}_])`;
export const WORD_END = String.raw`(?![\p{L}\p{M}\p{N}_])`;

/** A pattern matching `alternatives` (regular expression source) as whole words, in any script. */
export function wholeWords(alternatives: string, flags = 'u'): RegExp {
  return new RegExp(`${WORD_START}(?:${alternatives})${WORD_END}`, flags.includes('u') ? flags : `${flags}u`);
}

/** Whether the text has a letter in any script (a line of only digits, dashes and symbols has none). */
export function hasLetter(text: string): boolean {
  return /\p{L}/u.test(text);
}
