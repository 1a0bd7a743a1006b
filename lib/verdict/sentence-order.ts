/** An aligned sentence pair, by position: the page's sentence and the original's. */
export interface PairPosition {
  page: number;
  original: number;
}

/**
 * The longest chain of aligned pairs that keeps the original's order (a
 * longest increasing subsequence of original positions, taken in page order):
 * the part of the page that follows its original sentence by sentence.
 */
export function followingChain<P extends PairPosition>(pairs: readonly P[]): P[] {
  const sequence = [...pairs].sort((a, b) => a.page - b.page || a.original - b.original);
  const tails: number[] = [];
  const previous: number[] = [];
  sequence.forEach((pair, i) => {
    let low = 0;
    let high = tails.length;
    while (low < high) {
      const middle = (low + high) >> 1;
      if ((sequence[tails[middle] as number] as P).original < pair.original) low = middle + 1;
      else high = middle;
    }
    previous[i] = low > 0 ? (tails[low - 1] as number) : -1;
    tails[low] = i;
  });
  const chain: P[] = [];
  for (let at = tails.at(-1) ?? -1; at >= 0; at = previous[at] as number) chain.push(sequence[at] as P);
  return chain.reverse();
}

/**
 * How closely a page follows its original's order: the share of aligned
 * pairs in the following chain. A rewrite that goes through its original
 * sentence by sentence, however reworded, is near 1; an independent report
 * that shares scattered facts is not.
 */
export function orderFollowed(pairs: readonly PairPosition[]): number {
  return pairs.length < 2 ? 0 : followingChain(pairs).length / pairs.length;
}
