import type { Token } from '../normalize/tokens.ts';

const UNITS: Record<string, number> = {
  zero: 0,
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  thirteen: 13,
  fourteen: 14,
  fifteen: 15,
  sixteen: 16,
  seventeen: 17,
  eighteen: 18,
  nineteen: 19,
  twenty: 20,
  thirty: 30,
  forty: 40,
  fifty: 50,
  sixty: 60,
  seventy: 70,
  eighty: 80,
  ninety: 90,
};
/** Ordinals name a place, a figure too: "the fourth quarter" is not "the second". */
const ORDINALS: Record<string, number> = {
  first: 1,
  second: 2,
  third: 3,
  fourth: 4,
  fifth: 5,
  sixth: 6,
  seventh: 7,
  eighth: 8,
  ninth: 9,
  tenth: 10,
};
const SCALES: Record<string, number> = {
  hundred: 100,
  thousand: 1e3,
  million: 1e6,
  billion: 1e9,
  trillion: 1e12,
};
const SUFFIX_SCALES: Record<string, number> = { m: 1e6, bn: 1e9, k: 1e3 };

/** The numbers a run of tokens states, figures or English words ("Thirty-four", "1.5 million", "$3bn"): their values. */
export function numberValues(tokens: readonly Token[]): number[] {
  const values: number[] = [];
  let current: number | null = null;
  const flush = () => {
    if (current !== null) values.push(current);
    current = null;
  };
  for (const token of tokens) {
    const word = token.text.toLowerCase();
    const figure = token.kind === 'number' ? figureValue(token.key) : null;
    const spelled = figure === null ? spelledValue(word) : null;
    const scale = SCALES[word];
    if (figure !== null || spelled !== null) {
      flush();
      current = figure ?? spelled;
    } else if (scale !== undefined && current !== null) current *= scale;
    else if (scale !== undefined) current = scale;
    else if (word !== 'and' || current === null) flush();
  }
  flush();
  return values;
}

function figureValue(key: string): number | null {
  const match = /^(\d+(?:\.\d+)?)(st|nd|rd|th|s|m|bn|km|kg|pc)?$/.exec(key);
  if (!match) return null;
  return Number(match[1]) * (SUFFIX_SCALES[match[2] ?? ''] ?? 1);
}

/** Whether a token names a place ("fourth", "4th") rather than a count. */
export function isOrdinal(token: Token): boolean {
  return token.key in ORDINALS || /^\d+(st|nd|rd|th)$/.test(token.key);
}

/** "thirty-four", "twenty", "four" or "fourth" as a number; null for any other word. */
function spelledValue(word: string): number | null {
  const ordinal = ORDINALS[word];
  if (ordinal !== undefined) return ordinal;
  const parts = word.split('-');
  if (parts.length > 2 || parts.some((p) => !(p in UNITS))) return null;
  const [tens, units] = parts.map((p) => UNITS[p] as number);
  if (units === undefined) return tens as number;
  return (tens as number) >= 20 && (tens as number) % 10 === 0 && units < 10
    ? (tens as number) + units
    : null;
}

/** What a figure's wording says of the true value: at least it, at most it, or near it. */
export type Bound = 'at-least' | 'at-most' | 'about' | 'exact';

const BOUNDS: [RegExp, Bound][] = [
  [/(?:^|\s)(more than|over|at least|upwards of|in excess of|above)\s*$/, 'at-least'],
  [/(?:^|\s)(nearly|almost|up to|under|less than|fewer than|just under|as many as|close to)\s*$/, 'at-most'],
  [/(?:^|\s)(about|around|roughly|some|approximately|an estimated|estimated|circa)\s*$/, 'about'],
];

/** The bound the words before a number put on it, and the words that put it ("more than"). */
export function boundWordsBefore(words: string): { bound: Bound; words: string } {
  const lower = words.toLowerCase();
  for (const [pattern, bound] of BOUNDS) {
    const match = pattern.exec(lower);
    if (match?.[1]) return { bound, words: words.slice(words.length - match[0].trimStart().length).trim() };
  }
  return { bound: 'exact', words: '' };
}

/** Whether an exact value agrees with a bounded one: 321 with "more than 300", 290 with "nearly 300". */
export function agrees(exact: number, bounded: number, bound: Bound): boolean {
  if (bound === 'at-least') return exact >= bounded;
  // "Nearly 4 percent" is not 3.3 percent: what falls short of a figure, falls short by little.
  if (bound === 'at-most') return exact <= bounded && exact >= bounded * 0.9;
  if (bound === 'about') return Math.abs(exact - bounded) <= 0.15 * Math.max(exact, bounded);
  return exact === bounded;
}
