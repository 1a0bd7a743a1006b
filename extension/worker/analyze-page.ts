import { type MatchResult, matchArticle } from '../../lib/engine/match-article.ts';
import type { Article } from '../../lib/extract/article.ts';
import type { WiretraceDatabase } from '../db/database.ts';
import { StoryCache } from '../db/story-cache.ts';

/** Finds the original of a page among the stored stories and explains it: the engine, fed from IndexedDB. */
export function analyzeArticle(db: WiretraceDatabase, article: Article): Promise<MatchResult> {
  return matchArticle(article, new StoryCache(db).index());
}
