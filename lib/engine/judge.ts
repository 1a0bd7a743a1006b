import { type Alignment, alignTexts } from '../align/align.ts';
import type { TermWeights } from '../align/term-weights.ts';
import type { Story } from '../corpus/story.ts';
import { type Explanation, explain } from '../explain/explanation.ts';
import { summarize } from '../explain/summary.ts';
import { derivationStrength } from '../explain/verdict.ts';
import { type Article, MIN_ARTICLE_WORDS } from '../extract/article.ts';
import type { AnalyzedText } from '../normalize/analyze.ts';
import type { PreparedText } from './prepare.ts';

export type MatchResult =
  | { status: 'judged'; explanation: Explanation }
  | { status: 'no-match'; candidates: number }
  | { status: 'too-short'; words: number; reason: string };

export interface CandidateText {
  story: Story;
  text: AnalyzedText;
}

/**
 * Aligns the page with each candidate original and explains the one it
 * derives from most. Where the candidates came from (memory, IndexedDB) is the
 * caller's business; this step is the same everywhere.
 */
export function judgeCandidates(
  article: Article,
  page: PreparedText,
  candidates: readonly CandidateText[],
  weights: TermWeights,
): MatchResult {
  let best: { candidate: CandidateText; alignment: Alignment; strength: number } | null = null;
  for (const candidate of candidates) {
    const alignment = alignTexts(page.text, candidate.text, weights);
    const strength = derivationStrength(summarize(page.text, alignment));
    if (!best || strength > best.strength) best = { candidate, alignment, strength };
  }
  if (!best) return { status: 'no-match', candidates: 0 };
  const { story, text: storyText } = best.candidate;
  return {
    status: 'judged',
    explanation: explain({ article, pageText: page.text, story, storyText, alignment: best.alignment }),
  };
}

export function tooShort(article: Article): MatchResult {
  return {
    status: 'too-short',
    words: article.words,
    reason: `only ${article.words} words of article text were found; at least ${MIN_ARTICLE_WORDS} are needed to judge`,
  };
}
