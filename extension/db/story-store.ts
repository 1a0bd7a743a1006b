import { storiesToJsonl } from '../../lib/corpus/jsonl.ts';
import { staleness } from './cache-health.ts';
import type { WiretraceDatabase } from './database.ts';
import { CURRENT_FINGERPRINT } from './fingerprint-state.ts';
import { fingerprintState, STORY_INDEXES, storyTables } from './indexes.ts';
import { readMeta } from './meta-rows.ts';
import { allStories } from './story-blocks.ts';
import { storyOf } from './story-record.ts';
import { clearTermCounts } from './term-counts.ts';
import { readTotals, TOTALS } from './totals.ts';

/** What the cache holds, for the options page. */
export interface CacheStats {
  stories: number;
  /** Approximate bytes the stories take. */
  bytes: number;
  sources: { source: string; stories: number }[];
  newest: string | null;
  /** Pages seen that credit a wire and copy its story near-verbatim. */
  references: number;
  /** Why matches may be missed: the cache is old or its feeds have lapsed; null when it is fresh. */
  stale: string | null;
  /** The last time the browser ran out of room and the stories longest in the cache were evicted to make some. */
  quotaEviction: { at: number; evicted: number } | null;
  /** A re-index under way after an update changed the fingerprint (matching goes on meanwhile); null when none. */
  reindex: { stories: number; indexed: number } | null;
}

export async function exportBundle(db: WiretraceDatabase): Promise<{ jsonl: string; stories: number }> {
  const stories = (await allStories(db)).map(storyOf);
  return { jsonl: storiesToJsonl(stories), stories: stories.length };
}

export async function cacheStats(db: WiretraceDatabase): Promise<CacheStats> {
  const newest = (await db.storyBlocks.orderBy('newest').last())?.newest ?? null;
  const totals = await readTotals(db.meta);
  const quota = await readMeta(db.meta, 'quota');
  const { rebuild } = await fingerprintState(db);
  return {
    stories: totals.stories,
    bytes: totals.bytes,
    sources: Object.entries(totals.sources)
      .map(([source, stories]) => ({ source, stories }))
      .sort((a, b) => b.stories - a.stories),
    newest: newest === null ? null : new Date(newest).toISOString(),
    references: await db.copies.count(),
    stale: staleness(await db.feeds.toArray(), newest),
    quotaEviction: quota ? { at: quota.at, evicted: quota.evicted } : null,
    reindex: rebuild ? { stories: rebuild.stories, indexed: rebuild.indexed } : null,
  };
}

export async function clearStories(db: WiretraceDatabase): Promise<{ removed: number }> {
  const { stories: removed } = await readTotals(db.meta);
  await db.transaction('rw', storyTables(db), async () => {
    await Promise.all([
      db.storyBlocks.clear(),
      clearTermCounts(db.termCounts),
      clearTermCounts(db.termCountsB),
      db.copies.clear(),
      ...STORY_INDEXES.map((index) => index.clear(db)),
    ]);
    // An empty index is today's: a rebuild under way has nothing left to do.
    await db.meta.bulkPut([TOTALS, CURRENT_FINGERPRINT]);
  });
  return { removed };
}
