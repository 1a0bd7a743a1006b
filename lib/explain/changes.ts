import { joinTokens, tokenDiff } from '../align/word-diff.ts';
import type { Sentence } from '../normalize/analyze.ts';
import type { Token } from '../normalize/tokens.ts';
import { agrees, boundBefore, numberValues } from './number-value.ts';
import { isSpellingVariant } from './spelling-variants.ts';

export type ChangeKind = 'number' | 'name' | 'term';

/** A fact the page states differently: a number, a name, or one word swapped for another. */
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

/** The changes of a name or a number, not of a word for another: what the page gets wrong if anything. */
export function factChanges(changes: readonly Change[]): Change[] {
  return changes.filter((c) => c.kind !== 'term');
}

/** The changes of fact between an original sentence and the page sentence made from it. */
export function changesBetween(original: Sentence, page: Sentence, language = 'en'): Change[] {
  const changes: Change[] = [];
  const isName = nameTest(language);
  for (const hunk of hunksOf(original.tokens, page.tokens)) {
    const kind = kindOf(hunk, original.tokens, page.tokens, isName);
    if (kind)
      changes.push({
        kind,
        page: joinTokens(hunk.inserted),
        original: joinTokens(hunk.deleted),
        pageSentence: page.text,
        originalSentence: original.text,
      });
  }
  return changes;
}

interface Hunk {
  deleted: Token[];
  inserted: Token[];
  /** The words the two sentences share just before the hunk ("more than" before a figure). */
  before: Token[];
}

function hunksOf(original: readonly Token[], page: readonly Token[]): Hunk[] {
  const hunks: Hunk[] = [];
  let current: Hunk = { deleted: [], inserted: [], before: [] };
  const close = (next: Token[]) => {
    if (current.deleted.some(isWordToken) || current.inserted.some(isWordToken)) hunks.push(current);
    current = { deleted: [], inserted: [], before: next.slice(-3) };
  };
  for (const part of tokenDiff(original, page)) {
    if (part.op === 'equal' && part.tokens.some(isWordToken)) close(part.tokens);
    else if (part.op === 'delete') current.deleted = current.deleted.concat(part.tokens);
    else if (part.op === 'insert') current.inserted = current.inserted.concat(part.tokens);
  }
  close([]);
  return hunks;
}

/** Articles before a German word: every German noun is written with a capital, and one after these is a noun, not a name. */
const GERMAN_ARTICLES = new Set(
  'der die das den dem des ein eine einen einem einer eines kein keine keinen keinem keiner'.split(' '),
);

/**
 * Which tokens are names: capitalized content words. In German, which
 * capitalizes every noun, not one written after an article ("der
 * Bürgermeister"), nor a word the sentence writes only as a noun would be.
 */
function nameTest(language: string): (token: Token, before: Token | undefined) => boolean {
  if (language !== 'de') return (token) => token.proper && token.content;
  return (token, before) =>
    token.proper && token.content && (before === undefined || !GERMAN_ARTICLES.has(before.key));
}

function kindOf(
  hunk: Hunk,
  original: readonly Token[],
  page: readonly Token[],
  isNameAfter: (token: Token, before: Token | undefined) => boolean,
): ChangeKind | null {
  const { deleted, inserted } = hunk;
  if (deleted.length === 0 || inserted.length === 0) return null;
  const words = (tokens: Token[]) => tokens.filter(isWordToken).length;
  // A swap is short on both sides; a passage reworded around a name or a number is not a fact changed.
  if (words(deleted) > MAX_SWAP_WORDS || words(inserted) > MAX_SWAP_WORDS) return null;
  const numbers = numberChange(hunk);
  if (numbers !== null) return numbers ? 'number' : null;
  const namesIn = (side: Token[], before: Token | undefined) =>
    side.filter((t, i) => isNameAfter(t, i === 0 ? before : side[i - 1]));
  const goneNames = namesIn(deleted, hunk.before.at(-1));
  const comeNames = namesIn(inserted, hunk.before.at(-1));
  if (goneNames.length > 0 && comeNames.length > 0) {
    if (!differs(goneNames, comeNames, original, page, (t) => t.proper && t.content)) return null;
    return isSpellingVariant(joinTokens(deleted), joinTokens(inserted)) ? null : 'name';
  }
  const gone = deleted.filter((t) => t.content);
  const come = inserted.filter((t) => t.content);
  if (gone.length !== 1 || come.length !== 1 || words(deleted) > 2 || words(inserted) > 2) return null;
  const [a, b] = [gone[0] as Token, come[0] as Token];
  return a.stem !== b.stem && !isSpellingVariant(a.key, b.key) ? 'term' : null;
}

/**
 * Whether the hunk changes a number (figures or words on both sides): true when
 * the values differ, false when they agree ("34" and "thirty-four"; 321 and
 * "more than 300"), null when it is not about numbers.
 */
function numberChange(hunk: Hunk): boolean | null {
  const gone = numberValues(hunk.deleted);
  const come = numberValues(hunk.inserted);
  if (gone.length === 0 || come.length === 0) return null;
  const wordsBefore = (side: Token[]) => {
    const first = side.findIndex((t) => numberValues([t]).length > 0);
    return joinTokens([...hunk.before, ...side.slice(0, Math.max(first, 0))]);
  };
  const pageBound = boundBefore(wordsBefore(hunk.inserted));
  const originalBound = boundBefore(wordsBefore(hunk.deleted));
  const same = (a: number[], b: number[]) => a.length === b.length && a.every((v, i) => v === b[i]);
  if (same(gone, come)) return false;
  if (gone.length === 1 && come.length === 1) {
    if (pageBound !== 'exact' && agrees(gone[0] as number, come[0] as number, pageBound)) return false;
    if (originalBound !== 'exact' && agrees(come[0] as number, gone[0] as number, originalBound))
      return false;
  }
  return true;
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

function isWordToken(token: Token): boolean {
  return token.kind !== 'punct';
}
