import { joinTokens } from '../align/word-diff.ts';
import type { Token } from '../normalize/tokens.ts';
import type { Hunk } from './hunks.ts';
import { numberValues } from './number-value.ts';
import { isSpellingVariant } from './spelling-variants.ts';
import { isStandIn } from './stand-ins.ts';

/** Whether a token is a name, given the token before it. */
export type NameTest = (token: Token, before: Token | undefined) => boolean;

/** Articles before a German word: every German noun is written with a capital, and one after these is a noun, not a name. */
const GERMAN_ARTICLES = new Set(
  'der die das den dem des ein eine einen einem einer eines kein keine keinen keinem keiner'.split(' '),
);

/**
 * Which tokens are names: capitalized content words. In German, which
 * capitalizes every noun, not one written after an article ("der
 * Bürgermeister"), nor a word the sentence writes only as a noun would be.
 */
export function nameTest(language: string): NameTest {
  if (language !== 'de')
    return (token, before) => token.content && (token.proper || (before === undefined && nameAtStart(token)));
  return (token, before) =>
    token.proper && token.content && (before === undefined || !GERMAN_ARTICLES.has(before.key));
}

const CALENDAR = new Set(
  'monday tuesday wednesday thursday friday saturday sunday january february march april may june july august september october november december'.split(
    ' ',
  ),
);

/**
 * Whether the capitalized word that opens a sentence reads as a name
 * ("Lowe's reported…", "Britz earned…"): not a plural, an adverb, a
 * participle, a day or a number, which open sentences as often as names do.
 */
function nameAtStart(token: Token): boolean {
  if (!/^\p{Lu}/u.test(token.text) || CALENDAR.has(token.key) || numberValues([token]).length > 0)
    return false;
  const word = token.text.replace(/['’]s$/u, '');
  return !/(?:ly|ing|ed|[^s'’]s)$/u.test(word.toLowerCase());
}

/**
 * In a passage the page reworded, the names it put in place of others: runs
 * of names the other sentence nowhere has, on both sides, paired in order
 * ("Graves" … "Gromer Jeffers"). A name the page only adds or only drops is
 * not a change of one into another.
 */
export function namesReplaced(
  hunk: Hunk,
  original: readonly Token[],
  page: readonly Token[],
  isNameAfter: (token: Token, before: Token | undefined) => boolean,
): [Token[], Token[]][] {
  const namesOf = (tokens: readonly Token[]) =>
    new Set(tokens.filter((t) => t.proper && t.content).map((t) => t.stem));
  const gone = nameRuns(hunk.deleted, hunk.before.at(-1), namesOf(page), isNameAfter);
  const come = nameRuns(hunk.inserted, hunk.before.at(-1), namesOf(original), isNameAfter);
  return gone
    .slice(0, come.length)
    .map((run, i) => [run, come[i] as Token[]] as [Token[], Token[]])
    .filter(
      ([was, is]) =>
        !isSpellingVariant(joinTokens(was), joinTokens(is)) && !isStandIn(joinTokens(was), joinTokens(is)),
    );
}

/** Runs of consecutive names in `tokens` (after the token `before`) that `elsewhere` does not hold. */
function nameRuns(
  tokens: readonly Token[],
  before: Token | undefined,
  elsewhere: ReadonlySet<string>,
  isNameAfter: (token: Token, before: Token | undefined) => boolean,
): Token[][] {
  const runs: Token[][] = [];
  let run: Token[] = [];
  tokens.forEach((token, i) => {
    if (isNameAfter(token, i === 0 ? before : tokens[i - 1]) && !elsewhere.has(token.stem)) run.push(token);
    else if (run.length > 0) {
      runs.push(run);
      run = [];
    }
  });
  if (run.length > 0) runs.push(run);
  return runs;
}
