import { isCurrencyUnit } from './currencies.ts';
import type { Figure } from './figures.ts';

/** A figure the word diff took out of a sentence or put in, and the hunk it was in. */
export interface PlacedFigure {
  figure: Figure;
  hunk: number;
  /** Its place among the figures of its side of that hunk. */
  rank: number;
}

/** What makes two figures statements of one quantity; a pair needs some of it unless a hunk holds them both. */
const EVIDENCE = {
  sameUnit: 2,
  sharedWord: 1,
  maxSharedWords: 2,
  nearValue: 1,
  /** The same word just before: "at" a level and "at" another, "up" by and "down" by. */
  sameLead: 1,
  /** Within this ratio two values are near: 159 and 160, $42,409 and $43,057, not $42,409 and $51. */
  nearRatio: 2,
} as const;
const SAME_HUNK = 2;
const SAME_RANK = 0.5;

/**
 * The figures the original lost paired with those the page gained, where
 * they state one quantity: the best supported pairs first (the same unit,
 * the same words around, a near value), each figure in one pair at most. Two
 * figures of one hunk pair on less evidence than two far apart; "38
 * passengers" and "12 weeks" never pair, nor a percentage and an amount.
 */
export function pairFigures(
  gone: readonly PlacedFigure[],
  come: readonly PlacedFigure[],
): [Figure, Figure][] {
  const candidates: { g: number; c: number; score: number }[] = [];
  gone.forEach((was, g) => {
    come.forEach((is, c) => {
      const score = pairScore(was, is);
      if (score !== null) candidates.push({ g, c, score });
    });
  });
  candidates.sort((a, b) => b.score - a.score || a.g - b.g || a.c - b.c);
  const [usedGone, usedCome] = [new Set<number>(), new Set<number>()];
  const pairs: [number, number][] = [];
  for (const { g, c } of candidates) {
    if (usedGone.has(g) || usedCome.has(c)) continue;
    usedGone.add(g);
    usedCome.add(c);
    pairs.push([g, c]);
  }
  return pairs
    .sort((a, b) => a[0] - b[0])
    .map(([g, c]) => [(gone[g] as PlacedFigure).figure, (come[c] as PlacedFigure).figure]);
}

/** How well two figures are one quantity, or null where they cannot be. */
function pairScore(was: PlacedFigure, is: PlacedFigure): number | null {
  const [a, b] = [was.figure, is.figure];
  const shared = Math.min(a.around.filter((w) => b.around.includes(w)).length, EVIDENCE.maxSharedWords);
  if (!unitsAgree(a, b, shared)) return null;
  const evidence =
    (a.unit !== null && a.unit === b.unit ? EVIDENCE.sameUnit : 0) +
    shared * EVIDENCE.sharedWord +
    (near(a.value, b.value) ? EVIDENCE.nearValue : 0) +
    (a.lead !== null && a.lead === b.lead ? EVIDENCE.sameLead : 0);
  const sameHunk = was.hunk === is.hunk;
  // Far apart, a near value alone is chance: a pair needs a unit or a word in common.
  if (!sameHunk && evidence - (near(a.value, b.value) ? EVIDENCE.nearValue : 0) === 0) return null;
  return evidence + (sameHunk ? SAME_HUNK + (was.rank === is.rank ? SAME_RANK : 0) : 0);
}

/** Units that do not contradict (and a place never pairs with a count): the same, one unsaid, or two words counted with a word around in common ("131 suspected cases", "22 new cases"). */
function unitsAgree(a: Figure, b: Figure, sharedWords: number): boolean {
  if (a.ordinal !== b.ordinal) return false;
  if (a.unit === null || b.unit === null || a.unit === b.unit) return true;
  // An amount in another currency is the amount changed ("1.3172 francs" → "110.73 yen").
  if (isCurrencyUnit(a.unit) && isCurrencyUnit(b.unit)) return true;
  return !a.measured && !b.measured && sharedWords > 0;
}

function near(a: number, b: number): boolean {
  if (a === 0 || b === 0) return a === b;
  const ratio = Math.abs(a) > Math.abs(b) ? a / b : b / a;
  return ratio > 0 && ratio <= EVIDENCE.nearRatio;
}
