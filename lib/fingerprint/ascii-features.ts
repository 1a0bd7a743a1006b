import { forEachAsciiToken } from '../normalize/ascii-terms.ts';
import { termOfSpelling } from '../normalize/tokens.ts';
import { nameFeature, nameSeed, termFeature } from './feature-hash.ts';
import type { FeatureSet } from './feature-set.ts';
import { SpellingNumbers } from './spelling-numbers.ts';

const spellings = new SpellingNumbers(200_000);
const values = spellings.slots;

// What each spelling adds to a fingerprint, worked out once per spelling and kept in its slot.
/** The term's feature, or NOT_CONTENT, or NOT_A_TERM. */
const TERM = 0;
/** 1 for a capitalised content word: the first or second half of a name pair. */
const NAMEABLE = 1;
const NAME_SEED = 2;
const NOT_A_TERM = -2;
const NOT_CONTENT = -1;
/** Stems by spelling number: read only for name pairs. */
const stemOf: string[] = [];

function learn(at: number, number: number, spelling: string): void {
  const term = termOfSpelling(spelling);
  values[at + TERM] = !term ? NOT_A_TERM : term.content ? termFeature(term.stem) : NOT_CONTENT;
  values[at + NAMEABLE] = term?.content && term.capitalized ? 1 : 0;
  values[at + NAME_SEED] = term ? nameSeed(term.stem) : 0;
  stemOf[number] = term?.stem ?? '';
}

/**
 * Adds the features of an ASCII paragraph: its content terms, and name pairs
 * (two capitalised content words in a row). Each spelling is worked out once,
 * the first time it is seen, and then costs one lookup.
 */
export function addAsciiFeatures(paragraph: string, features: FeatureSet, terms: FeatureSet): void {
  // The previous term's values, not its slot: the slots are emptied when the table is full.
  let previousNameable = false;
  let previousNameSeed = 0;
  forEachAsciiToken(paragraph, (start, end) => {
    const at = spellings.valueAt(paragraph, start, end);
    if (spellings.isNew) learn(at, spellings.number, paragraph.slice(start, end));
    const term = values[at + TERM] as number;
    if (term === NOT_A_TERM) return;
    const nameable = values[at + NAMEABLE] === 1;
    if (previousNameable && nameable)
      features.add(nameFeature(previousNameSeed, stemOf[spellings.number] as string));
    if (term >= 0) {
      features.add(term);
      terms.add(term);
    }
    previousNameable = nameable;
    previousNameSeed = values[at + NAME_SEED] as number;
  });
}
