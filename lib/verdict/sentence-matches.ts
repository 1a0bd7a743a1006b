import { sharedWith, termHolders } from '../align/term-holders.ts';
import type { TermWeights } from '../align/term-weights.ts';
import type { AnalyzedText } from '../normalize/analyze.ts';

interface Bag {
  weights: Map<string, number>;
  total: number;
  words: number;
  /** Mostly the writer's own words, not a quote. */
  narrative: boolean;
}

/** Content stems of a sentence weighed by rarity, once each. */
function bagOf(
  tokens: AnalyzedText['sentences'][number]['tokens'],
  words: number,
  weights: TermWeights,
): Bag {
  const bag = new Map<string, number>();
  let total = 0;
  for (const token of tokens) {
    if (!token.content || bag.has(token.stem)) continue;
    const weight = weights(token.stem);
    bag.set(token.stem, weight);
    total += weight;
  }
  const quoted = tokens.filter((t) => t.quoted && t.kind !== 'punct').length;
  return { weights: bag, total, words, narrative: quoted < words / 2 };
}

/** Sentences this short share words by chance: they are left out of the comparison. */
const MIN_TERMS = 3;

/**
 * How close each page sentence comes to its closest original sentence
 * (rarity-weighted Dice of content words), whatever the aligner paired:
 * a page made from an original has many close sentences, an independent
 * report a few at most.
 */
export function bestSentenceMatches(page: AnalyzedText, original: AnalyzedText, weights: TermWeights) {
  const bags = (text: AnalyzedText) =>
    text.sentences
      .filter((s) => !s.credit)
      .map((s) => bagOf(s.tokens, s.words, weights))
      .filter((b) => b.weights.size >= MIN_TERMS);
  const pageBags = bags(page);
  const originalBags = bags(original);
  const byTerm = termHolders(originalBags, (bag) => bag.weights.keys());
  const best = pageBags.map((bag) => {
    let closest = 0;
    const shared = sharedWith(bag.weights.keys(), byTerm, (term) => bag.weights.get(term) as number);
    for (const [other, weight] of shared)
      closest = Math.max(closest, (2 * weight) / (bag.total + (originalBags[other] as Bag).total));
    return closest;
  });
  const words = pageBags.reduce((sum, b) => sum + b.words, 0);
  return {
    best: best.reduce((a, b) => Math.max(a, b), 0),
    /** Narrative page sentences at least this close to an original sentence. */
    narrativeAbove(threshold: number): number {
      return pageBags.filter((b, i) => b.narrative && (best[i] as number) >= threshold).length;
    },
    shareAbove(threshold: number): number {
      if (words === 0) return 0;
      return (
        pageBags.reduce((sum, b, i) => sum + ((best[i] as number) >= threshold ? b.words : 0), 0) / words
      );
    },
  };
}
