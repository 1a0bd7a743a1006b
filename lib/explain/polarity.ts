import type { Token } from '../normalize/tokens.ts';
import antonymPairs from './antonyms.json' with { type: 'json' };

/** English words WordNet calls opposites, as stems "a|b" (a before b): built by `npm run build:antonyms`. */
const ANTONYMS = new Set<string>(antonymPairs);

/** Words that say which way a figure or a fortune went, by stem (English). */
const UP = new Set(
  'rise rose risen gain gained climb jump advanc ralli increas up higher soar surg grow grew growth'.split(
    ' ',
  ),
);
const DOWN = new Set(
  'fall fell fallen drop declin slip lose lost los eas down lower sink sank slid slide slump tumbl decreas plung shrank shrink'.split(
    ' ',
  ),
);
const NEGATIONS = new Set(['not', "n't", 'no', 'never', 'nor', 'neither', 'without']);

/**
 * Whether a swap turns the statement the other way: a word of one direction
 * for a word of the other ("fell" for "was up"), a word for its opposite
 * ("man" for "woman"), or a negation one side has
 * and the other has not, all else equal ("not released" for "withheld" says
 * the same in other words).
 */
export function flipsPolarity(deleted: readonly Token[], inserted: readonly Token[]): boolean {
  const was = directionOf(deleted);
  const is = directionOf(inserted);
  if (was !== null && is !== null && was !== is) return true;
  if (opposite(deleted, inserted)) return true;
  return negated(deleted) !== negated(inserted) && sameWords(deleted, inserted);
}

/** A content word on one side whose opposite is on the other. */
function opposite(deleted: readonly Token[], inserted: readonly Token[]): boolean {
  for (const a of deleted) {
    if (!a.content) continue;
    for (const b of inserted) {
      if (!b.content) continue;
      if (ANTONYMS.has(a.stem < b.stem ? `${a.stem}|${b.stem}` : `${b.stem}|${a.stem}`)) return true;
    }
  }
  return false;
}

/** The same words on both sides, negations apart. */
function sameWords(a: readonly Token[], b: readonly Token[]): boolean {
  const words = (tokens: readonly Token[]) =>
    tokens
      .filter((t) => t.kind !== 'punct' && !NEGATIONS.has(t.key))
      .map((t) => t.stem)
      .sort()
      .join(' ');
  return words(a) === words(b);
}

function directionOf(tokens: readonly Token[]): 'up' | 'down' | null {
  for (const token of tokens) {
    if (UP.has(token.stem) || UP.has(token.key)) return 'up';
    if (DOWN.has(token.stem) || DOWN.has(token.key)) return 'down';
  }
  return null;
}

function negated(tokens: readonly Token[]): boolean {
  // "No. 2" is a number, not a negation.
  return tokens.some((t, i) => NEGATIONS.has(t.key) && !(t.key === 'no' && tokens[i + 1]?.text === '.'));
}
