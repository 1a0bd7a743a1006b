import { joinTokens } from '../align/word-diff.ts';
import type { Token } from '../normalize/tokens.ts';
import { agrees, type Bound, boundWordsBefore, numberValues } from './number-value.ts';

/** A figure as a sentence states it: its value, how precisely, what of, and its words. */
export interface Figure {
  value: number;
  /** Digits after the decimal point: 2.9 is given to one, 2.86 to two. */
  decimals: number;
  /** What it counts ("percent", "passeng") or its currency ("$"); null when nothing says. */
  unit: string | null;
  bound: Bound;
  /** The figure with its currency and unit, as written. */
  text: string;
  /** The token that holds its first figure: what a word diff moves. */
  token: Token;
}

const CURRENCIES = new Set(['$', '£', '€', '¥', 'us$', 'usd', 'eur', 'gbp']);
/** Units that are a hundredth of a currency: "45 cents" is $0.45. */
const SUBUNITS: Record<string, string> = { cent: '$', cents: '$', penc: '£', pence: '£', p: '£' };
const PERCENT = new Set(['%', 'percent', 'per', 'pc']);
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
    const first = i > 0 && CURRENCIES.has((tokens[i - 1] as Token).key) ? i - 1 : i;
    const next = tokens[end];
    const counted =
      next !== undefined && (next.kind !== 'punct' || next.text === '%') && numberValues([next]).length === 0;
    const unit = unitOf(first < i ? (tokens[first] as Token) : null, counted ? (next as Token) : null);
    const bound = boundWordsBefore(joinTokens(tokens.slice(Math.max(0, first - 3), first)));
    const shown = joinTokens(
      tokens.slice(first, counted && MEASURES.has((next as Token).key) ? end + 1 : end),
    );
    figures.push({
      value: unit.subunit ? scaled / 100 : scaled,
      decimals: (/\.(\d+)/.exec(token.key)?.[1]?.length ?? 0) + (unit.subunit ? 2 : 0),
      unit: unit.name,
      bound: bound.bound,
      text: bound.words ? `${bound.words} ${shown}` : shown,
      token,
    });
    i = (counted ? end + 1 : end) - 1;
  }
  return figures;
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

/**
 * The figures of a hunk's two sides paired up: by unit where both say one,
 * else (unless `inOrder` is false) in order. A figure left without a partner is a figure dropped or added,
 * not changed.
 */
export function pairFigures(
  gone: readonly Figure[],
  come: readonly Figure[],
  { inOrder = true } = {},
): [Figure, Figure][] {
  const pairs: [Figure, Figure][] = [];
  const used = new Set<number>();
  const unpaired: Figure[] = [];
  for (const figure of gone) {
    const j = come.findIndex((c, k) => !used.has(k) && figure.unit !== null && c.unit === figure.unit);
    if (j < 0) {
      unpaired.push(figure);
      continue;
    }
    used.add(j);
    pairs.push([figure, come[j] as Figure]);
  }
  if (!inOrder) return pairs;
  const rest = come.filter((_, k) => !used.has(k));
  unpaired.forEach((figure, k) => {
    const partner = rest[k];
    // "38 passengers" and "12 weeks" count different things: neither changed into the other.
    if (partner && (figure.unit === null || partner.unit === null)) pairs.push([figure, partner]);
  });
  return pairs;
}
