import { joinTokens } from '../align/word-diff.ts';
import type { Token } from '../normalize/tokens.ts';
import { CURRENCY_SIGNS } from './currencies.ts';
import { agrees, type Bound, boundWordsBefore, isOrdinal, numberValues } from './number-value.ts';

/** A figure as a sentence states it: its value, how precisely, what of, and its words. */
export interface Figure {
  value: number;
  /** Digits after the decimal point: 2.9 is given to one, 2.86 to two. */
  decimals: number;
  /** What it counts ("percent", "passeng") or its currency ("$"); null when nothing says. */
  unit: string | null;
  /** A place ("fourth", "4th"), which pairs only with a place. */
  ordinal: boolean;
  /** Whether the unit is a currency or a measure ("$", "percent", "point"), not only a word counted ("passeng"). */
  measured: boolean;
  bound: Bound;
  /** The figure with its currency and unit, as written. */
  text: string;
  /** The token that holds its first figure: what a word diff moves. */
  token: Token;
  /** The stems of the content words just around it ("earnings of 27 cents a share" → earn, share): what it is a figure of. */
  around: string[];
  /** The word just before it, function words too ("at" a level, "by" or "up" a change), or null. */
  lead: string | null;
}

/** Units that are a hundredth of a currency: "45 cents" is $0.45. */
const SUBUNITS: Record<string, string> = { cent: '$', cents: '$', penc: '£', pence: '£', p: '£' };
export const PERCENT = new Set(['%', 'percent', 'per', 'pc']);
/** Units a figure is written with ("110.73 yen"); what else it counts ("38 passengers") pairs it but is not shown with it. */
const MEASURES = new Set(
  'percent % pc point points cent cents pence yen euro euros dollar dollars pound pounds franc francs barrels tonnes tons miles kilometres km kg'.split(
    ' ',
  ),
);
const SCALE_WORDS = new Set(['hundred', 'thousand', 'million', 'billion', 'trillion']);

/** The figures of a sentence's tokens, in order, each with its currency or unit and the bound the words before put on it. */
export function figuresOf(tokens: readonly Token[]): Figure[] {
  const figures: Figure[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i] as Token;
    const [value] = numberValues([token]);
    if (value === undefined) continue;
    let end = i + 1;
    while (end < tokens.length && SCALE_WORDS.has((tokens[end] as Token).key)) end++;
    const scaled = numberValues(tokens.slice(i, end))[0] ?? value;
    const first = i > 0 && CURRENCY_SIGNS.has((tokens[i - 1] as Token).key) ? i - 1 : i;
    const next = tokens[end];
    const counted = next !== undefined && countsSomething(next) && numberValues([next]).length === 0;
    const unit = unitOf(first < i ? (tokens[first] as Token) : null, counted ? (next as Token) : null);
    const bound = boundWordsBefore(joinTokens(tokens.slice(Math.max(0, first - 3), first)));
    const shown = joinTokens(
      tokens.slice(first, counted && MEASURES.has((next as Token).key) ? end + 1 : end),
    );
    figures.push({
      value: unit.subunit ? scaled / 100 : scaled,
      decimals: (/\.(\d+)/.exec(token.key)?.[1]?.length ?? 0) + (unit.subunit ? 2 : 0),
      unit: unit.name,
      ordinal: isOrdinal(token),
      measured:
        unit.name !== null &&
        (first < i || MEASURES.has((next as Token).key) || unit.subunit || unit.name === 'percent'),
      bound: bound.bound,
      text: bound.words ? `${bound.words} ${shown}` : shown,
      token,
      around: wordsAround(tokens, first, end),
      lead:
        first > 0 && (tokens[first - 1] as Token).kind === 'word' ? (tokens[first - 1] as Token).key : null,
    });
    i = (counted ? end + 1 : end) - 1;
  }
  return figures;
}

/** A word after a figure that says what it counts: a unit, or a content word ("38 passengers"), not "were" or "with". */
function countsSomething(next: Token): boolean {
  const unitWord =
    next.text === '%' || PERCENT.has(next.key) || next.key in SUBUNITS || MEASURES.has(next.key);
  return unitWord || (next.kind === 'word' && next.content);
}

function unitOf(currency: Token | null, next: Token | null): { name: string | null; subunit: boolean } {
  if (currency) return { name: currency.key, subunit: false };
  if (!next) return { name: null, subunit: false };
  const subunit = SUBUNITS[next.key];
  if (subunit) return { name: subunit, subunit: true };
  if (PERCENT.has(next.key)) return { name: 'percent', subunit: false };
  return { name: next.stem, subunit: false };
}

/**
 * Whether two statements of a figure say the same: the same value, one a
 * rounding of the other (2.86 and 2.9), or an exact figure within a round
 * figure's bound (321 and "more than 300"). Two bounded figures say the same
 * only with the same value; a bound on a precise figure ("up to $369.50") is
 * a direction, not a rounding.
 */
export function sameFigure(original: Figure, page: Figure): boolean {
  if (original.value === page.value) return true;
  if (original.bound === 'exact' && page.bound === 'exact') {
    const places = Math.min(original.decimals, page.decimals);
    return (
      original.decimals !== page.decimals && rounded(original.value, places) === rounded(page.value, places)
    );
  }
  if (original.bound !== 'exact' && page.bound !== 'exact') return false;
  const [exact, bounded] = page.bound === 'exact' ? [page, original] : [original, page];
  return bounded.decimals === 0 && agrees(exact.value, bounded.value, bounded.bound);
}

function rounded(value: number, places: number): number {
  const scale = 10 ** places;
  return Math.round(value * scale) / scale;
}

/** How many words each side of a figure say what it counts. */
const AROUND_BEFORE = 2;
const AROUND_AFTER = 3;

/** Content stems of the words just before `start` and just after `end`, stopping at punctuation and other figures. */
function wordsAround(tokens: readonly Token[], start: number, end: number): string[] {
  const stems: string[] = [];
  const take = (from: number, step: number, count: number) => {
    for (let i = from, seen = 0; i >= 0 && i < tokens.length && seen < count; i += step, seen++) {
      const token = tokens[i] as Token;
      if (token.kind !== 'word') break;
      if (token.content) stems.push(token.stem);
    }
  };
  take(start - 1, -1, AROUND_BEFORE);
  take(end, 1, AROUND_AFTER);
  return stems;
}
