/**
 * Word n-grams of a text, as the naive reference and the features compare
 * them: the folded words in order (function words included, punctuation not),
 * n of them joined by a space.
 */
export function ngramsOf(words: readonly string[], n: number): string[] {
  const grams: string[] = [];
  for (let i = 0; i + n <= words.length; i++) grams.push(words.slice(i, i + n).join(' '));
  return grams;
}

/** Share of `page`'s n-grams (counted with repeats) that `original` has too. */
export function containment(page: readonly string[], original: ReadonlySet<string>): number {
  if (page.length === 0) return 0;
  let found = 0;
  for (const gram of page) if (original.has(gram)) found++;
  return found / page.length;
}

/**
 * Which of the page's words stand in a run of at least `n` words that the
 * original has word for word: the page's words "tiled" by verbatim passages.
 */
export function tiledWords(words: readonly string[], original: ReadonlySet<string>, n: number): boolean[] {
  const tiled = words.map(() => false);
  ngramsOf(words, n).forEach((gram, i) => {
    if (!original.has(gram)) return;
    for (let j = i; j < i + n; j++) tiled[j] = true;
  });
  return tiled;
}

/** The longest stretch of consecutive tiled words. */
export function longestRun(tiled: readonly boolean[]): number {
  let longest = 0;
  let run = 0;
  for (const covered of tiled) {
    run = covered ? run + 1 : 0;
    longest = Math.max(longest, run);
  }
  return longest;
}
