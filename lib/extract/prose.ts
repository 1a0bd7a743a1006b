import { countWords } from './article.ts';

/** A sentence's end, in the scripts the wires write in: . ! ? … and 。！？ ۔ । ؟ and closing quotes after them. */
export const SENTENCE_END = /[.!?…。！？۔।؟]["'”’»)\]」』]*$|[.!?,]["”]$/u;

export function endsSentence(text: string): boolean {
  return SENTENCE_END.test(text.trim());
}

/** Most words capitalised: a headline or a teaser's title, not a sentence. */
export function isHeadlineCase(text: string): boolean {
  const words = text.match(/\p{L}[\p{L}'’-]*/gu) ?? [];
  return words.filter((w) => /^\p{Lu}/u.test(w)).length >= words.length * 0.5;
}

const LONG_PROSE_WORDS = 15;

/**
 * Ten words or more ending a sentence, or a longer run that does not (a
 * paragraph cut short, a quote left open), as long as it is not written like
 * a headline: the paragraphs an article is made of, in any language that
 * separates words with spaces. (Scripts that do not are counted by characters.)
 */
export function isProse(text: string, words = proseLength(text)): boolean {
  if (words < 10) return false;
  return endsSentence(text) || (words >= LONG_PROSE_WORDS && !isHeadlineCase(text));
}

const UNSPACED =
  /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Thai}\p{Script=Lao}\p{Script=Khmer}\p{Script=Myanmar}]/gu;

/** Words, with every two characters of a script written without spaces (Chinese, Japanese, Thai) counted as one. */
export function proseLength(text: string): number {
  const unspaced = text.match(UNSPACED)?.length ?? 0;
  return unspaced > 0 ? countWords(text.replace(UNSPACED, ' ')) + Math.ceil(unspaced / 2) : countWords(text);
}
