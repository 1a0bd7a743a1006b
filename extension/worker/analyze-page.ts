import { judgeCandidates, type MatchResult, tooShort } from '../../lib/engine/judge.ts';
import { CANDIDATES_ALIGNED } from '../../lib/engine/matcher.ts';
import { prepareArticle } from '../../lib/engine/prepare.ts';
import type { Article } from '../../lib/extract/article.ts';
import { hasEnoughText } from '../../lib/extract/article.ts';
import type { WiretraceDatabase } from '../db/database.ts';
import { retrieveCandidates } from '../db/story-retrieval.ts';

/** Finds the original of a page among the stored stories and explains it: the engine, fed from IndexedDB. */
export async function analyzeArticle(db: WiretraceDatabase, article: Article): Promise<MatchResult> {
  if (!hasEnoughText(article)) return tooShort(article);
  const page = prepareArticle(article);
  const { candidates, weights } = await retrieveCandidates(db, page.fingerprint, CANDIDATES_ALIGNED);
  return judgeCandidates(article, page, candidates, weights);
}
