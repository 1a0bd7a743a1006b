/**
 * How much text the engine reads of a page or a story. A long news article
 * has a few hundred sentences of under a hundred words; what lies beyond these
 * limits is not an article a person reads, and a page may send it to make
 * every later step slow. They bound the cost of everything after splitting.
 */
export const TEXT_LIMITS = {
  /** Sentences read of one text; the rest is left out. */
  sentences: 3_000,
  /** Characters of one sentence; a longer run without a full stop is cut in pieces this long. */
  sentenceChars: 2_000,
} as const;

/** A sentence cut in pieces of at most `limit` characters, at a space where one is near the cut. */
export function piecesOf(sentence: string, limit: number = TEXT_LIMITS.sentenceChars): string[] {
  if (sentence.length <= limit) return [sentence];
  const pieces: string[] = [];
  let start = 0;
  while (sentence.length - start > limit) {
    let cut = start + limit;
    const space = sentence.lastIndexOf(' ', cut);
    if (space > start + limit / 2) cut = space;
    // Never between the two halves of a surrogate pair.
    else if (isLowSurrogate(sentence.charCodeAt(cut))) cut--;
    pieces.push(sentence.slice(start, cut).trim());
    start = cut;
  }
  pieces.push(sentence.slice(start).trim());
  return pieces.filter(Boolean);
}

function isLowSurrogate(code: number): boolean {
  return code >= 0xdc00 && code <= 0xdfff;
}
