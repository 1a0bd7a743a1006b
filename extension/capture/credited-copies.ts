import type { MatchResult } from '../../lib/engine/judge.ts';
import type { WiretraceDatabase } from '../db/database.ts';
import { rememberKnownCopy } from '../db/known-copies.ts';
import { siteOf } from '../feeds/site-of.ts';

/**
 * Remembers that a site credits the wire and reproduces its story
 * near-verbatim: the honest kind of reuse. By story and site only: which page,
 * and when, is the reader's reading history, and is not kept.
 */
export async function rememberCopy(db: WiretraceDatabase, url: string, result: MatchResult): Promise<void> {
  if (result.status !== 'judged') return;
  const { verdict, credited, original, basis } = result.explanation;
  // Known only from another site's copy, the story is not the wire's own: nothing is remembered of it.
  if (verdict !== 'syndicated' || !credited || basis.kind !== 'wire') return;
  const site = siteOf(new URL(url).hostname);
  await rememberKnownCopy(db, original.id, site);
}
