import { type Explanation, explain } from '../explain/explanation.ts';
import { type Article, MIN_ARTICLE_WORDS } from '../extract/article.ts';
import type { AnalyzedText } from '../normalize/analyze.ts';
import { classProbabilities, type VerdictModel } from '../verdict/model.ts';
import type { ComparedThread } from './compare-threads.ts';

export type MatchResult =
  | { status: 'judged'; explanation: Explanation }
  | { status: 'no-match'; candidates: number; reason?: string }
  | { status: 'too-short'; words: number; reason: string }
  /** Given up on: the page took longer than its time (deadline.ts). */
  | { status: 'over-time'; reason: string };

/**
 * Judges a page against its candidate threads: the model's chosen feature
 * picks the original among them, the model says how much of the page derives
 * from it, and the explanation says what changed.
 */
export function judgeThreads(
  article: Article,
  pageText: AnalyzedText,
  threads: readonly ComparedThread[],
  model: VerdictModel,
): MatchResult {
  const chosen = originalAmong(threads, model);
  if (!chosen) return { status: 'no-match', candidates: 0 };
  return {
    status: 'judged',
    explanation: explain({
      article,
      pageText,
      thread: chosen.thread,
      threadText: chosen.text,
      alignment: chosen.alignment,
      measures: chosen.measures,
      probabilities: classProbabilities(model, chosen.features),
    }),
  };
}

/** The candidate the page most likely derives from, by the model's selecting feature (ties: the better ranked). */
export function originalAmong<T extends Pick<ComparedThread, 'features'>>(
  threads: readonly T[],
  model: Pick<VerdictModel, 'select'>,
): T | null {
  let best: T | null = null;
  for (const thread of threads)
    if (!best || thread.features[model.select] > best.features[model.select]) best = thread;
  return best;
}

export function tooShort(article: Article): MatchResult {
  return {
    status: 'too-short',
    words: article.words,
    reason: `only ${article.words} words of article text were found; below ${MIN_ARTICLE_WORDS}, a copy cannot be told from a coincidence`,
  };
}
