import type { Fingerprint } from '../fingerprint/fingerprint.ts';

/**
 * Which fingerprint features a stored index keeps. A store on disk cannot keep
 * every feature of every story (480 each) within a few hundred bytes a story,
 * so it keeps one in SAMPLE_RATE, chosen by the feature's hash alone: a page and
 * its original then share the same sampled features wherever they share text,
 * and retrieval still finds a copied paragraph or two. It keeps the lede's
 * features whole besides (fingerprint.ts, LEAD_FEATURES), where briefs come from.
 */
export const SAMPLE_RATE = 6;

function isSampled(feature: number): boolean {
  return (Math.imul(feature, 0x9e3779b1) >>> 0) % SAMPLE_RATE === 0;
}

export function sampledFeatures(features: Uint32Array): number[] {
  const sampled: number[] = [];
  for (const feature of features) if (isSampled(feature)) sampled.push(feature);
  return sampled;
}

/** The features an index keeps of a story: one in SAMPLE_RATE, and all of its lede's. */
export function storedFeatures(fingerprint: Fingerprint): number[] {
  const kept = new Set(sampledFeatures(fingerprint.features));
  for (const feature of fingerprint.lead) kept.add(feature);
  return [...kept].sort((a, b) => a - b);
}

/**
 * A page with at most this many features (a brief) looks all of them up: the
 * ledes they may come from are kept whole. A longer one looks up its sample.
 */
export const BRIEF_FEATURES = 64;

/** The features of a page that are worth looking up in an index kept as storedFeatures says. */
export function queryFeatures(features: Uint32Array): number[] {
  return features.length <= BRIEF_FEATURES ? [...features] : sampledFeatures(features);
}
