import type { MatchResult } from '../../lib/engine/judge.ts';
import type { WiretraceDatabase } from '../db/database.ts';

/**
 * Remembers a page that credits the wire and reproduces its story
 * near-verbatim as a known copy of that story: the honest kind of reuse.
 */
export async function rememberReference(
  db: WiretraceDatabase,
  url: string,
  result: MatchResult,
): Promise<void> {
  if (result.status !== 'judged') return;
  const { verdict, credited, original } = result.explanation;
  if (verdict !== 'syndicated' || !credited) return;
  await db.references.put({ url, story: original.id, site: new URL(url).hostname, seenAt: Date.now() });
}
