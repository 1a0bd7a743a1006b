import type { Alignment } from '../align/align.ts';
import type { AlignmentMeasures } from '../align/alignment-measures.ts';
import type { TermWeights } from '../align/term-weights.ts';
import type { AnalyzedText } from '../normalize/analyze.ts';
import type { Token } from '../normalize/tokens.ts';
import { bestSentenceMatches } from './sentence-matches.ts';
import { followingChain, orderFollowed } from './sentence-order.ts';
import { containment, longestRun, ngramsOf, tiledWords } from './word-ngrams.ts';

/**
 * What separates a page copied or rewritten from an original from a page
 * written independently about the same event, measured on one page and one
 * candidate original. The verdict model weighs some of them (which, it says);
 * all but `lengthRatio`, `margin` and `pageWords` lie between 0 and 1.
 */
export const FEATURE_NAMES = [
  /** Share of the page's words in sentences the aligner paired with the original. */
  'derived',
  /** … in sentences kept verbatim or lightly edited. */
  'copied',
  /** … in sentences paraphrased. */
  'paraphrased',
  /** Share of the original's words in sentences the page kept. */
  'originalUsed',
  /** Share of the page's content words (stems, with repeats) the original has. */
  'contained1',
  /** Share of the page's content words, each weighed by its rarity, the original has. */
  'weightedTerms',
  /** Share of the page's pairs of consecutive content words the original has: wording that survives light edits. */
  'termPairs',
  /** The same outside quotes. */
  'narrativePairs',
  /** Share of the page's ordinary words (not names or numbers), each weighed by its rarity, the original has. */
  'vocabulary',
  /** Share of the page's quoted words in quotes the original does not have: the page's own interviews. */
  'ownQuotes',
  /** ln(takes in the thread): a long thread shares more with any report of its event. */
  'takes',
  /** Share of the page's word 3-grams (function words included) the original has. */
  'contained3',
  /** The same for 5-grams. */
  'contained5',
  /** The same for 3-grams outside quotes: reporters of one event share quotes, not narrative. */
  'narrative3',
  /** Share of the original's word 3-grams the page has. */
  'originalContained3',
  /** Share of the page's words inside verbatim runs of 6 words or more. */
  'tiled',
  /** The longest verbatim run, as a share of 40 words. */
  'longestRun',
  /** The longest verbatim run outside quotes, as a share of 40 words: reporters share quotes, not narrative. */
  'narrativeRun',
  /** ln(1 + page sentences of narrative nearly word for word an original one, weighted similarity 0.7 or more). */
  'copiedSentences',
  /** Share of the page's words in sentences with a close original sentence (weighted similarity 0.3 or more). */
  'sentencesMatched',
  /** The closest any page sentence comes to an original one. */
  'bestSentence',
  /** How closely the aligned sentences follow the original's order. */
  'order',
  /** Share of the page's words in aligned sentences that follow the original in its order: a rewrite goes through its original. */
  'followed',
  /** Share of the page's quotes kept word for word from the original's. */
  'quotesKept',
  /** Share of the page's names and numbers the original has. */
  'namesShared',
  /** ln(page words / original words). */
  'lengthRatio',
  /** How far ahead of the next candidate this one is, in content-word pairs. */
  'margin',
  /** ln(page words): short pages share words by chance more often. */
  'pageWords',
] as const;

export type FeatureName = (typeof FEATURE_NAMES)[number];
export type ReuseFeatures = Record<FeatureName, number>;

/** The tokens a text compares by: words and numbers, without punctuation or credit lines. */
export function wordTokensOf(text: AnalyzedText): Token[] {
  const words: Token[] = [];
  for (const sentence of text.sentences) {
    if (sentence.credit) continue;
    for (const token of sentence.tokens) if (token.kind !== 'punct') words.push(token);
  }
  return words;
}

const TILE = 6;
const LONG_RUN = 40;
const CLOSE_SENTENCE = 0.3;
const NEAR_COPY = 0.7;

/** Everything but `margin`, which needs the other candidates: see `withMargins`. */
export function reuseFeatures(
  page: AnalyzedText,
  original: AnalyzedText,
  alignment: Alignment,
  weights: TermWeights,
  measures: AlignmentMeasures,
): ReuseFeatures {
  const pageTokens = wordTokensOf(page);
  const originalTokens = wordTokensOf(original);
  const pageWords = pageTokens.map((t) => t.key);
  const originalWords = originalTokens.map((t) => t.key);
  const originalGrams = (n: number) => new Set(ngramsOf(originalWords, n));
  const pageStems = pageTokens.filter((t) => t.content).map((t) => t.stem);
  const originalStems = originalTokens.filter((t) => t.content).map((t) => t.stem);
  const tiled = tiledWords(pageWords, originalGrams(TILE), TILE);
  const { quotes } = measures;
  const matches = bestSentenceMatches(page, original, weights);
  const shares = sharesByKind(page, alignment);
  return {
    derived: measures.summary.pageCoverage,
    copied: shares.copied,
    paraphrased: shares.paraphrased,
    originalUsed: originalUsed(original, alignment),
    contained1: containment(pageStems, new Set(originalStems)),
    weightedTerms: weightedContainment(pageStems, new Set(originalStems), weights),
    termPairs: containment(ngramsOf(pageStems, 2), new Set(ngramsOf(originalStems, 2))),
    narrativePairs: containment(narrativeStemPairs(pageTokens), new Set(ngramsOf(originalStems, 2))),
    vocabulary: weightedContainment(
      pageTokens.filter((t) => t.content && !isName(t)).map((t) => t.stem),
      new Set(originalStems),
      weights,
    ),
    ownQuotes: ownQuotes(pageTokens, new Set(originalTokens.filter((t) => t.quoted).map((t) => t.stem))),
    takes: 0,
    contained3: containment(ngramsOf(pageWords, 3), originalGrams(3)),
    contained5: containment(ngramsOf(pageWords, 5), originalGrams(5)),
    narrative3: containment(narrativeGrams(pageTokens, 3), originalGrams(3)),
    originalContained3: containment(ngramsOf(originalWords, 3), new Set(ngramsOf(pageWords, 3))),
    tiled: share(tiled.filter(Boolean).length, tiled.length),
    longestRun: Math.min(1, longestRun(tiled) / LONG_RUN),
    narrativeRun: Math.min(
      1,
      longestRun(tiled.map((t, i) => t && !(pageTokens[i] as Token).quoted)) / LONG_RUN,
    ),
    copiedSentences: Math.log1p(matches.narrativeAbove(NEAR_COPY)),
    sentencesMatched: matches.shareAbove(CLOSE_SENTENCE),
    bestSentence: matches.best,
    order: orderFollowed(alignment.pairs.filter((p) => !p.merged)),
    followed: followedShare(page, alignment),
    quotesKept: share(quotes.kept.length, quotes.kept.length + quotes.altered.length),
    namesShared: containment(namesOf(pageTokens), new Set(namesOf(originalTokens))),
    lengthRatio: Math.log(Math.max(1, pageWords.length) / Math.max(1, originalWords.length)),
    margin: 0,
    pageWords: Math.log(Math.max(1, pageWords.length)),
  };
}

/** Sets each candidate's margin: its share of content-word pairs less the best other candidate's. */
export function withMargins(candidates: readonly ReuseFeatures[]): ReuseFeatures[] {
  return candidates.map((features, i) => {
    let next = 0;
    candidates.forEach((other, j) => {
      if (j !== i) next = Math.max(next, other.termPairs);
    });
    return { ...features, margin: features.termPairs - next };
  });
}

function weightedContainment(stems: readonly string[], original: ReadonlySet<string>, weights: TermWeights) {
  let all = 0;
  let found = 0;
  for (const stem of new Set(stems)) {
    const weight = weights(stem);
    all += weight;
    if (original.has(stem)) found += weight;
  }
  return share(found, all);
}

/** Word n-grams of the page that touch no quoted word. */
function narrativeGrams(tokens: readonly Token[], n: number): string[] {
  const grams: string[] = [];
  for (let i = 0; i + n <= tokens.length; i++) {
    const run = tokens.slice(i, i + n);
    if (!run.some((t) => t.quoted)) grams.push(run.map((t) => t.key).join(' '));
  }
  return grams;
}

function sharesByKind(page: AnalyzedText, alignment: Alignment): { copied: number; paraphrased: number } {
  let total = 0;
  let copied = 0;
  let paraphrased = 0;
  for (const sentence of page.sentences) {
    if (sentence.credit) continue;
    total += sentence.words;
    const label = alignment.page[sentence.index];
    if (label === 'verbatim' || label === 'edited') copied += sentence.words;
    else if (label === 'paraphrased') paraphrased += sentence.words;
  }
  return { copied: share(copied, total), paraphrased: share(paraphrased, total) };
}

function followedShare(page: AnalyzedText, alignment: Alignment): number {
  const chain = followingChain(alignment.pairs.filter((p) => !p.merged));
  const words = chain.reduce((sum, pair) => sum + (page.sentences[pair.page]?.words ?? 0), 0);
  return share(words, page.words);
}

function originalUsed(original: AnalyzedText, alignment: Alignment): number {
  let used = 0;
  for (const sentence of original.sentences)
    if (!sentence.credit && alignment.kept[sentence.index]) used += sentence.words;
  return share(used, original.words);
}

function isName(token: Token): boolean {
  return token.kind === 'number' || (token.proper && token.content);
}

function namesOf(tokens: readonly Token[]): string[] {
  return tokens.filter(isName).map((t) => t.stem);
}

function narrativeStemPairs(tokens: readonly Token[]): string[] {
  const content = tokens.filter((t) => t.content);
  const pairs: string[] = [];
  for (let i = 0; i + 1 < content.length; i++) {
    const [a, b] = [content[i] as Token, content[i + 1] as Token];
    if (!a.quoted && !b.quoted) pairs.push(`${a.stem} ${b.stem}`);
  }
  return pairs;
}

function ownQuotes(tokens: readonly Token[], quotedInOriginal: ReadonlySet<string>): number {
  const quoted = tokens.filter((t) => t.quoted && t.content);
  return share(quoted.filter((t) => !quotedInOriginal.has(t.stem)).length, Math.max(quoted.length, 10));
}

function share(part: number, whole: number): number {
  return whole > 0 ? part / whole : 0;
}
