/**
 * What a sentence says somebody did when asked: declined to comment, or did
 * not answer. "Declined to comment" and "did not respond" are different facts
 * about the same person, and a rewrite that swaps them changes the story.
 */
const STANCES: [stance: string, pattern: RegExp][] = [
  [
    'declined',
    /\b(?:declined|refused|would not|wouldn't|did not want) to (?:comment|say|discuss|elaborate)\w*|\bno comment\b/,
  ],
  [
    'no answer',
    /\b(?:did not|didn't|has not|hasn't|have not|haven't) (?:respond|reply|return)\w*|\bcould not be reached\b|\b(?:was|were) not returned\b|\bunavailable for comment\b/,
  ],
];

export interface StanceChange {
  original: string;
  page: string;
}

/** The stance the original sentence states, if the page sentence states another instead. */
export function stanceChange(original: string, page: string): StanceChange | null {
  const was = stanceOf(original);
  const is = stanceOf(page);
  if (!was || !is || was.stance === is.stance) return null;
  return { original: was.words, page: is.words };
}

function stanceOf(sentence: string): { stance: string; words: string } | null {
  const lower = sentence.toLowerCase();
  for (const [stance, pattern] of STANCES) {
    const match = pattern.exec(lower);
    if (match) return { stance, words: sentence.slice(match.index, match.index + match[0].length) };
  }
  return null;
}
