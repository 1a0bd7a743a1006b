import type { AnalyzedText } from '../normalize/analyze.ts';
import type { Token } from '../normalize/tokens.ts';
import { hash32 } from './hash.ts';

/**
 * A compact signature of a text for finding its original: the hashed stems of
 * its content words, plus name pairs ("eugene kaspersky") and numbers with
 * their unit ("150 hours"). These survive paraphrase, where word n-grams do
 * not; how rare each feature is, and so how much it counts, is the index's
 * business, so phrases common to many stories weigh nothing.
 */
export interface Fingerprint {
  /** Sorted, unique feature hashes. */
  features: Uint32Array;
}

/** Longer texts keep their first features in text order: a story's top carries its identity. */
export const MAX_FEATURES = 480;

export function fingerprintOf(text: AnalyzedText): Fingerprint {
  const features = new Set<number>();
  for (const sentence of text.sentences) {
    if (sentence.credit) continue;
    addSentenceFeatures(sentence.tokens, features);
    if (features.size >= MAX_FEATURES) break;
  }
  return { features: Uint32Array.from(features).sort() };
}

function addSentenceFeatures(tokens: readonly Token[], into: Set<number>): void {
  const words = tokens.filter((t) => t.kind !== 'punct');
  words.forEach((token, i) => {
    if (!token.content) return;
    into.add(termFeature(token.stem));
    const next = words[i + 1];
    if (!next) return;
    if (token.proper && next.proper) into.add(hash32(`n:${token.stem} ${next.stem}`));
    if (token.kind === 'number' && next.content) into.add(hash32(`q:${token.key} ${next.stem}`));
  });
}

/** The feature of one content stem: what term weights are looked up by. */
export function termFeature(stem: string): number {
  return hash32(`w:${stem}`);
}
