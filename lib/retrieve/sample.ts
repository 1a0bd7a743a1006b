/**
 * Which fingerprint features a stored index keeps. A store on disk cannot keep
 * every feature of every story (480 each) within a few hundred bytes a story,
 * so it keeps one in SAMPLE_RATE, chosen by the feature's hash alone: a page and
 * its original then share the same sampled features wherever they share text,
 * and retrieval still finds a copied paragraph or two.
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
