import type { StoryRef } from './story-ref.ts';

/**
 * What an original rests on: the wire's own story (from a feed, a bundle, or
 * the wire's own site), or only a copy of it read on another site, whose
 * dateline said it was the wire's. A copy is that site's word: a page matching
 * it is said to match that copy, never to be the wire's syndicated copy.
 */
export type OriginalBasis = { kind: 'wire' } | { kind: 'copy'; site: string };

export function basisOf(original: Pick<StoryRef, 'origin' | 'url'>): OriginalBasis {
  const via = original.origin?.via ?? [];
  if (via.length === 0 || via.some((arrival) => arrival !== 'copy')) return { kind: 'wire' };
  return { kind: 'copy', site: hostOf(original.url) };
}

function hostOf(url: string | null): string {
  try {
    return new URL(url ?? '').hostname.replace(/^www\./, '');
  } catch {
    return 'another site';
  }
}
