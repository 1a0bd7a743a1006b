import { forEachAsciiToken } from '../normalize/ascii-terms.ts';
import { SpellingTable } from '../normalize/spelling-table.ts';
import { termOfSpelling } from '../normalize/tokens.ts';
import { nameFeature, nameSeed, termFeature } from './feature-hash.ts';
import type { FeatureSet } from './feature-set.ts';

/** What a spelling adds to a fingerprint, worked out once per spelling. */
interface SpellingFeatures {
  /** The term's feature, or -1 for a word that is not content. */
  term: number;
  /** A capitalised content word: the first or second half of a name pair. */
  nameable: boolean;
  stem: string;
  nameSeed: number;
}

const spellings = new SpellingTable<SpellingFeatures | null>(200_000);

function featuresOfSpelling(spelling: string): SpellingFeatures | null {
  const term = termOfSpelling(spelling);
  if (!term) return null;
  return {
    term: term.content ? termFeature(term.stem) : -1,
    nameable: term.content && term.capitalized,
    stem: term.stem,
    nameSeed: nameSeed(term.stem),
  };
}

/**
 * The features of a paragraph of ASCII text, as `addFeatures` finds them
 * through terms, found by spelling: most words of a story have been seen
 * before, and then cost one lookup.
 */
export function addAsciiFeatures(paragraph: string, features: FeatureSet, terms: FeatureSet): void {
  let previous: SpellingFeatures | null = null;
  forEachAsciiToken(paragraph, (start, end) => {
    const current = spellings.get(paragraph, start, end, featuresOfSpelling);
    if (!current) return;
    if (previous?.nameable && current.nameable) features.add(nameFeature(previous.nameSeed, current.stem));
    if (current.term >= 0) {
      features.add(current.term);
      terms.add(current.term);
    }
    previous = current;
  });
}
