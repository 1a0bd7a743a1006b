import type { AnalyzedText } from '../normalize/analyze.ts';

/**
 * A page not derived from the original may still be about the same story: an
 * independent report names the same people, places and figures (METER's
 * independent reports share a median of 18 distinct names and numbers with
 * the wire's; a different story on the same topic shares one or none). It is
 * then told which wire story that is, and that it was written independently.
 */
export const SAME_STORY = { minShared: 4, minShare: 0.3 } as const;

export interface SharedNames {
  /** Distinct names and numbers the page shares with the original. */
  shared: number;
  /** Distinct names and numbers the page has. */
  page: number;
}

export function sharedNames(page: AnalyzedText, story: AnalyzedText): SharedNames {
  const pageNames = namesIn(page);
  const storyNames = namesIn(story);
  let shared = 0;
  for (const key of pageNames) if (storyNames.has(key)) shared++;
  return { shared, page: pageNames.size };
}

export function isSameStory(names: SharedNames): boolean {
  return names.shared >= SAME_STORY.minShared && names.shared >= SAME_STORY.minShare * names.page;
}

function namesIn(text: AnalyzedText): Set<string> {
  const keys = new Set<string>();
  for (const sentence of text.sentences) {
    if (sentence.credit) continue;
    for (const token of sentence.tokens)
      if (token.content && (token.proper || token.kind === 'number')) keys.add(token.key);
  }
  return keys;
}
