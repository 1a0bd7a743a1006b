import { Deadline } from '../../lib/engine/deadline.ts';
import { type MatchResult, matchArticle } from '../../lib/engine/match-article.ts';
import type { Article } from '../../lib/extract/article.ts';
import { DEFAULT_MODEL } from '../../lib/verdict/default-model.ts';
import type { WiretraceDatabase } from '../db/database.ts';
import { StoryCache } from '../db/story-cache.ts';

/**
 * How long one page may take to judge. The worker judges every tab: a page
 * built to be slow is left unjudged after this, and pauses along the way let
 * other tabs' pages be judged meanwhile.
 */
export const JUDGE_PAGE_MS = 5_000;

/** Finds the original of a page among the stored stories and explains it: the engine, fed from IndexedDB. */
export function analyzeArticle(
  db: WiretraceDatabase,
  article: Article,
  deadline = new Deadline(JUDGE_PAGE_MS),
): Promise<MatchResult> {
  return matchArticle(article, new StoryCache(db).index(), DEFAULT_MODEL, deadline);
}
