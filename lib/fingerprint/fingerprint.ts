import { isAscii } from '../normalize/ascii-terms.ts';
import { forEachTerm, type Term } from '../normalize/tokens.ts';
import { addAsciiFeatures } from './ascii-features.ts';
import { nameFeature, nameSeed, termFeature } from './feature-hash.ts';
import { FeatureSet } from './feature-set.ts';

/**
 * A compact signature of a text for finding its original: the hashed stems of
 * its content words and numbers, plus pairs of capitalised words ("eugene
 * kaspersky"). Names, numbers and rare words survive paraphrase, where word
 * n-grams do not; how rare each feature is, and so how much it counts, is the
 * index's business, so words common to many stories weigh nothing.
 */
export interface Fingerprint {
  /** Sorted, unique feature hashes. */
  features: Uint32Array;
  /** The features that are single content stems (no name pairs), sorted: what term weights count. */
  terms: Uint32Array;
  /** The first LEAD_FEATURES features in text order, sorted: the lede, which a brief is cut from. */
  lead: Uint32Array;
}

/**
 * A story's lede is indexed whole, not sampled: a brief of thirty words is
 * cut from it, and one in six of a brief's features is too few to find it by.
 */
export const LEAD_FEATURES = 32;

/** Longer texts keep their first features in text order: a story's top carries its identity. */
export const MAX_FEATURES = 480;

/**
 * Fingerprints a text's paragraphs in its language (English when unknown);
 * paragraphs the predicate marks (credit lines) are left out.
 */
export function fingerprintOf(
  paragraphs: readonly string[],
  skip: (paragraph: string) => boolean = () => false,
  language: string | null = 'en',
): Fingerprint {
  features.clear();
  terms.clear();
  for (const paragraph of paragraphs) {
    if (features.size >= MAX_FEATURES) break;
    if (!skip(paragraph)) addFeatures(paragraph, language ?? 'en');
  }
  return { features: features.sorted(), terms: terms.sorted(), lead: features.first(LEAD_FEATURES).sort() };
}

// Reused by every call: fingerprinting runs to completion, one text at a time.
const features = new FeatureSet();
const terms = new FeatureSet();

function addFeatures(paragraph: string, language: string): void {
  // The fast path knows English words only.
  if (language === 'en' && isAscii(paragraph)) {
    addAsciiFeatures(paragraph, features, terms);
    return;
  }
  let previous: Term | null = null;
  forEachTerm(
    paragraph,
    (term) => {
      if (previous?.content && previous.capitalized && term.capitalized && term.content) {
        features.add(nameFeature(nameSeed(previous.stem), term.stem));
      }
      if (term.content) {
        const feature = termFeature(term.stem);
        features.add(feature);
        terms.add(feature);
      }
      previous = term;
    },
    language,
  );
}
