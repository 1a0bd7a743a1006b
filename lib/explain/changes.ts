import { joinTokens } from '../align/word-diff.ts';
import type { Sentence } from '../normalize/analyze.ts';
import type { Token } from '../normalize/tokens.ts';
import { claimReplaced } from './claims.ts';
import { currencySwap } from './currencies.ts';
import { type PlacedFigure, pairFigures } from './figure-pairs.ts';
import { type Figure, figuresOf, sameFigure } from './figures.ts';
import { type Hunk, hunksOf, isWordToken } from './hunks.ts';
import { type NameTest, namesReplaced, nameTest } from './name-swaps.ts';
import { flipsPolarity } from './polarity.ts';
import { isSpellingVariant } from './spelling-variants.ts';
import { stanceChange } from './stance.ts';
import { isStandIn } from './stand-ins.ts';

/**
 * What a change is: a figure, a name, what somebody did when asked (stance),
 * a statement turned the other way (polarity), a passage that states
 * something else in a sentence otherwise kept (claim); or, apart from those, a word
 * swapped for another (wording), which is listed for who wants it and never
 * counted as a change of fact.
 */
export type ChangeKind = 'number' | 'name' | 'stance' | 'polarity' | 'claim' | 'wording';

/** A fact the page states differently, or (kind "wording") one word swapped for another. */
export interface Change {
  kind: ChangeKind;
  page: string;
  original: string;
  /** The page sentence it is in, and the original sentence that sentence came from. */
  pageSentence: string;
  originalSentence: string;
}

/** Words a side of a swap may have at most: past that the page reworded a passage, and a name in it is no swap. */
const MAX_SWAP_WORDS = 4;

/** The changes of fact, not of wording: what the page gets wrong if anything. */
export function factChanges(changes: readonly Change[]): Change[] {
  return changes.filter((c) => c.kind !== 'wording');
}

/** The words swapped for others that change no fact: for who wants every difference. */
export function wordingChanges(changes: readonly Change[]): Change[] {
  return changes.filter((c) => c.kind === 'wording');
}

/** The changes of fact between an original sentence and the page sentence made from it. */
export function changesBetween(original: Sentence, page: Sentence, language = 'en'): Change[] {
  const hunks = hunksOf(original.tokens, page.tokens);
  const pair = { pageSentence: page.text, originalSentence: original.text };
  const changes: Change[] = figureChanges(original, page, hunks).map(([was, is]) => ({
    kind: 'number' as const,
    page: is.text,
    original: was.text,
    ...pair,
  }));
  const stance = stanceChange(original.text, page.text);
  if (stance) changes.push({ kind: 'stance', ...stance, ...pair });
  const currencies = currencySwap(original.tokens, page.tokens);
  if (currencies)
    changes.push({ kind: 'name', original: currencies[0].text, page: currencies[1].text, ...pair });
  const isName = nameTest(language);
  for (const hunk of hunks) {
    const names = namesReplaced(hunk, original.tokens, page.tokens, isName);
    for (const [was, is] of names)
      changes.push({ kind: 'name', page: joinTokens(is), original: joinTokens(was), ...pair });
    if (names.length > 0 || (currencies && hunk.deleted.includes(currencies[0]))) continue;
    const found = kindOf(hunk, original.tokens, page.tokens, isName);
    // Where the stance changed, its words are that change, not a polarity of their own.
    const kind = found === 'polarity' && stance ? null : found;
    if (kind)
      changes.push({ kind, page: joinTokens(hunk.inserted), original: joinTokens(hunk.deleted), ...pair });
  }
  return changes;
}

/**
 * The figures the page states differently: the original's figures the word
 * diff removed, paired with the page's it added (pairFigures), where the two
 * do not agree.
 */
function figureChanges(original: Sentence, page: Sentence, hunks: readonly Hunk[]): [Figure, Figure][] {
  const placed = (figures: Figure[], side: (hunk: Hunk) => Token[]): PlacedFigure[] =>
    hunks.flatMap((hunk, h) =>
      figures.filter((f) => side(hunk).includes(f.token)).map((figure, rank) => ({ figure, hunk: h, rank })),
    );
  const [originalFigures, pageFigures] = [figuresOf(original.tokens), figuresOf(page.tokens)];
  const gone = placed(originalFigures, (hunk) => hunk.deleted);
  const come = placed(pageFigures, (hunk) => hunk.inserted);
  const changed = pairFigures(gone, come).filter(([was, is]) => !sameFigure(was, is));
  return changed.concat(boundsDropped(originalFigures, pageFigures));
}

/**
 * A figure the page keeps but states without its bound, or with one the
 * original had not ("rose more than 2 percent" → "were up 2 percent"): more
 * than a figure is not that figure. "About" changes nothing.
 */
function boundsDropped(original: readonly Figure[], page: readonly Figure[]): [Figure, Figure][] {
  const strict = (f: Figure) => f.bound === 'at-least' || f.bound === 'at-most';
  const pairs: [Figure, Figure][] = [];
  for (const was of original) {
    const same = page.filter((is) => is.value === was.value && is.unit === was.unit);
    if (same.length !== 1 || same.some((is) => is.bound === was.bound)) continue;
    const is = same[0] as Figure;
    if ((strict(was) && is.bound === 'exact') || (strict(is) && was.bound === 'exact')) pairs.push([was, is]);
  }
  return pairs;
}

function kindOf(
  hunk: Hunk,
  original: readonly Token[],
  page: readonly Token[],
  isNameAfter: NameTest,
): ChangeKind | null {
  const { deleted, inserted } = hunk;
  if (deleted.length === 0 || inserted.length === 0)
    return negationOnly(deleted, inserted) ? 'polarity' : null;
  // Figures are judged by their values (figureChanges): "34" for "thirty-four" is no change of wording.
  if (figuresOf(deleted).length > 0 && figuresOf(inserted).length > 0) return null;
  const words = (tokens: Token[]) => tokens.filter(isWordToken).length;
  // A swap is short on both sides; a longer passage changes a fact only where it states another claim.
  if (words(deleted) > MAX_SWAP_WORDS || words(inserted) > MAX_SWAP_WORDS)
    return claimReplaced(hunk, original, page) ? 'claim' : null;
  const namesIn = (side: Token[], before: Token | undefined) =>
    side.filter((t, i) => isNameAfter(t, i === 0 ? before : side[i - 1]));
  const goneNames = namesIn(deleted, hunk.before.at(-1));
  const comeNames = namesIn(inserted, hunk.before.at(-1));
  if (goneNames.length > 0 && comeNames.length > 0) {
    if (!differs(goneNames, comeNames, original, page, (t) => t.proper && t.content)) return null;
    const [was, is] = [joinTokens(deleted), joinTokens(inserted)];
    return isSpellingVariant(was, is) || isStandIn(was, is) ? null : 'name';
  }
  const gone = deleted.filter((t) => t.content);
  const come = inserted.filter((t) => t.content);
  if (gone.length !== 1 || come.length !== 1 || words(deleted) > 2 || words(inserted) > 2) return null;
  const [a, b] = [gone[0] as Token, come[0] as Token];
  if (flipsPolarity(deleted, inserted)) return 'polarity';
  return a.stem !== b.stem && !isSpellingVariant(a.key, b.key) ? 'wording' : null;
}

/** A hunk that only adds or only removes a negation ("was" → "was not"). */
function negationOnly(deleted: readonly Token[], inserted: readonly Token[]): boolean {
  const side = deleted.length > 0 ? deleted : inserted;
  const words = side.filter(isWordToken);
  return words.length > 0 && words.length <= 2 && flipsPolarity(deleted, inserted);
}

/** Some token of the kind on one side of the hunk is nowhere in the other sentence. */
function differs(
  deleted: Token[],
  inserted: Token[],
  original: readonly Token[],
  page: readonly Token[],
  ofKind: (t: Token) => boolean,
): boolean {
  const inPage = new Set(page.filter(ofKind).map((t) => t.stem));
  const inOriginal = new Set(original.filter(ofKind).map((t) => t.stem));
  return (
    deleted.some((t) => ofKind(t) && !inPage.has(t.stem)) ||
    inserted.some((t) => ofKind(t) && !inOriginal.has(t.stem))
  );
}
