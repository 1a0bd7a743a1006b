import type { Token } from '../normalize/tokens.ts';
import type { Hunk } from './hunks.ts';

/**
 * A claim replaced: the page keeps the sentence around a passage and puts
 * another statement in its place ("was carrying 38 passengers" → "had failed
 * to heed red stop lights"). A passage reworded in other words of the same
 * content, or one whose words only moved within the sentence, is not.
 */
export const CLAIM = {
  /** Content words each side must bring that the other sentence nowhere has. */
  minNewWords: 3,
  /** The two sentences' content words in common (Dice): below this, the page rewrote the sentence, and no one passage of it replaced another. */
  minSentenceShare: 0.5,
} as const;

export function claimReplaced(hunk: Hunk, original: readonly Token[], page: readonly Token[]): boolean {
  const [inOriginal, inPage] = [contentStems(original), contentStems(page)];
  const gone = [...contentStems(hunk.deleted)].filter((stem) => !inPage.has(stem));
  const come = [...contentStems(hunk.inserted)].filter((stem) => !inOriginal.has(stem));
  if (gone.length < CLAIM.minNewWords || come.length < CLAIM.minNewWords) return false;
  const shared = [...inOriginal].filter((stem) => inPage.has(stem)).length;
  return (2 * shared) / (inOriginal.size + inPage.size) >= CLAIM.minSentenceShare;
}

function contentStems(tokens: readonly Token[]): Set<string> {
  return new Set(tokens.filter((t) => t.content).map((t) => t.stem));
}
