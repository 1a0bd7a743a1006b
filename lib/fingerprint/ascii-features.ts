import { forEachAsciiToken } from '../normalize/ascii-terms.ts';
import { termOfSpelling } from '../normalize/tokens.ts';
import { nameFeature, nameSeed, termFeature } from './feature-hash.ts';
import type { FeatureSet } from './feature-set.ts';
import { SpellingNumbers } from './spelling-numbers.ts';

const spellings = new SpellingNumbers(200_000);

// What each spelling adds to a fingerprint, worked out once per spelling and kept by its number.
const NOT_A_TERM = -2;
const NOT_CONTENT = -1;
/** The term's feature, or NOT_CONTENT, or NOT_A_TERM. */
const termOf = new Int32Array(spellings.capacity);
/** A capitalised content word: the first or second half of a name pair. */
const nameable = new Uint8Array(spellings.capacity);
const nameSeedOf = new Int32Array(spellings.capacity);
const stemOf: string[] = [];

function learn(number: number, spelling: string): void {
  const term = termOfSpelling(spelling);
  termOf[number] = !term ? NOT_A_TERM : term.content ? termFeature(term.stem) : NOT_CONTENT;
  nameable[number] = term?.content && term.capitalized ? 1 : 0;
  nameSeedOf[number] = term ? nameSeed(term.stem) : 0;
  stemOf[number] = term?.stem ?? '';
}

/**
 * The features of a paragraph of ASCII text, as `addFeatures` finds them
 * through terms, found by spelling: most words of a story have been seen
 * before, and then cost one lookup.
 */
export function addAsciiFeatures(paragraph: string, features: FeatureSet, terms: FeatureSet): void {
  // The previous term's values, not its number: the numbers start again when the table is full.
  let previousNameable = false;
  let previousNameSeed = 0;
  forEachAsciiToken(paragraph, (start, end) => {
    const current = spellings.numberOf(paragraph, start, end);
    if (spellings.isNew) learn(current, paragraph.slice(start, end));
    const term = termOf[current] as number;
    if (term === NOT_A_TERM) return;
    const currentNameable = nameable[current] === 1;
    if (previousNameable && currentNameable)
      features.add(nameFeature(previousNameSeed, stemOf[current] as string));
    if (term >= 0) {
      features.add(term);
      terms.add(term);
    }
    previousNameable = currentNameable;
    previousNameSeed = nameSeedOf[current] as number;
  });
}
