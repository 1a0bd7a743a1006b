import type { Token } from '../normalize/tokens.ts';

/** Signs and codes written before an amount ("$5", "US$5", "EUR 5"). */
export const CURRENCY_SIGNS = new Set(['$', '£', '€', '¥', 'us$', 'usd', 'eur', 'gbp']);

/** Currencies named in words, singular ("the euro", "110.73 yen", "1.3172 francs"). */
const CURRENCY_NAMES = new Set(
  'dollar euro yen pound sterling franc yuan renminbi peso rupee rouble ruble lira krona krone rand real shekel dinar riyal dirham zloty forint'.split(
    ' ',
  ),
);

/** A currency's name as a token says it, singular, or null for any other word. */
export function currencyName(token: Token): string | null {
  const key = token.key;
  if (CURRENCY_NAMES.has(key)) return key;
  const singular = key.endsWith('s') ? key.slice(0, -1) : key;
  return CURRENCY_NAMES.has(singular) && singular !== 'real' ? singular : null;
}

/** Whether a figure's unit (a sign, or a stem) is money. */
export function isCurrencyUnit(unit: string | null): boolean {
  if (unit === null) return false;
  return CURRENCY_SIGNS.has(unit) || CURRENCY_NAMES.has(unit) || CURRENCY_NAMES.has(unit.replace(/s$/, ''));
}

/**
 * The one currency the original names that the page does not, and the one
 * the page names instead ("the euro was at" → "the dollar was at"), or null
 * where the two sentences do not swap exactly one for one.
 */
export function currencySwap(original: readonly Token[], page: readonly Token[]): [Token, Token] | null {
  const named = (tokens: readonly Token[]) => new Set(tokens.map(currencyName).filter((n) => n !== null));
  const [inOriginal, inPage] = [named(original), named(page)];
  const gone = original.filter((t) => {
    const name = currencyName(t);
    return name !== null && !inPage.has(name);
  });
  const come = page.filter((t) => {
    const name = currencyName(t);
    return name !== null && !inOriginal.has(name);
  });
  const distinct = (tokens: Token[]) => new Set(tokens.map(currencyName)).size;
  if (distinct(gone) !== 1 || distinct(come) !== 1) return null;
  return [gone[0] as Token, come[0] as Token];
}
