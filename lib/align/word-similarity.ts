/** Length of the longest common subsequence of two word sequences. */
export function commonSubsequenceLength(a: readonly string[], b: readonly string[]): number {
  if (a.length === 0 || b.length === 0) return 0;
  let previous = new Uint16Array(b.length + 1);
  let current = new Uint16Array(b.length + 1);
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      current[j] =
        a[i - 1] === b[j - 1]
          ? (previous[j - 1] as number) + 1
          : Math.max(previous[j] as number, current[j - 1] as number);
    }
    [previous, current] = [current, previous];
  }
  return previous[b.length] as number;
}

export interface WordSimilarity {
  /** 2·LCS / (|a| + |b|): 1 for the same words in the same order. */
  both: number;
  /** LCS / |page|: 1 when the page sentence is a cut-down copy. */
  pageKept: number;
}

/** Words compared in order at most: enough for any real sentence, and bounded time for runs without full stops. */
const MAX_COMPARED_WORDS = 600;

export function wordSimilarity(page: readonly string[], original: readonly string[]): WordSimilarity {
  const common = commonSubsequenceLength(
    page.slice(0, MAX_COMPARED_WORDS),
    original.slice(0, MAX_COMPARED_WORDS),
  );
  return {
    both: page.length + original.length > 0 ? (2 * common) / (page.length + original.length) : 0,
    pageKept: page.length > 0 ? common / page.length : 0,
  };
}
