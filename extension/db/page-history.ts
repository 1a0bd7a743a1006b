import type { MatchResult } from '../../lib/engine/judge.ts';
import type { WiretraceDatabase } from './database.ts';

/** Judgements kept; the oldest go first. */
export const MAX_PAGES_KEPT = 1_000;

export async function rememberPage(db: WiretraceDatabase, url: string, result: MatchResult): Promise<void> {
  await db.transaction('rw', db.pages, async () => {
    await db.pages.put({ url, judgedAt: Date.now(), result });
    const excess = (await db.pages.count()) - MAX_PAGES_KEPT;
    if (excess > 0) await db.pages.orderBy('judgedAt').limit(excess).delete();
  });
}
