/**
 * Holders of its terms looked at for one sentence at most. A real thread has
 * a few hundred sentences, and a sentence's rarer terms are held by few of
 * them: every METER page is compared exactly as with no limit. A text that
 * repeats itself thousands of times would otherwise cost the square of its length.
 */
const MAX_HOLDER_VISITS = 4000;

/** Which of the sentences (by index) hold each term. */
export function termHolders<T>(
  sentences: readonly T[],
  termsOf: (sentence: T) => Iterable<string>,
): Map<string, number[]> {
  const byTerm = new Map<string, number[]>();
  sentences.forEach((sentence, i) => {
    for (const term of termsOf(sentence)) {
      const holders = byTerm.get(term);
      if (holders) holders.push(i);
      else byTerm.set(term, [i]);
    }
  });
  return byTerm;
}

/**
 * For each sentence holding some of `terms`, the sum of `weightOf` over the
 * terms it shares (1 each: how many). The rarest terms are looked up first;
 * past MAX_HOLDER_VISITS, the commonest, which tell least, are left out.
 */
export function sharedWith(
  terms: Iterable<string>,
  holders: ReadonlyMap<string, readonly number[]>,
  weightOf: (term: string) => number = () => 1,
): Map<number, number> {
  const held = [...terms]
    .map((term) => ({ term, by: holders.get(term) ?? [] }))
    .filter(({ by }) => by.length > 0)
    .sort((a, b) => a.by.length - b.by.length);
  const shared = new Map<number, number>();
  let visits = 0;
  for (const { term, by } of held) {
    visits += by.length;
    if (visits > MAX_HOLDER_VISITS) break;
    const weight = weightOf(term);
    for (const i of by) shared.set(i, (shared.get(i) ?? 0) + weight);
  }
  return shared;
}
