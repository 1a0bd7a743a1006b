import { storiesToJsonl } from '../../lib/corpus/jsonl.ts';
import type { CacheStats } from '../messages/protocol.ts';
import { staleness } from './cache-health.ts';
import type { WiretraceDatabase } from './database.ts';
import { STORY_INDEXES, storyTables } from './indexes.ts';
import { allStories } from './story-blocks.ts';
import { storyOf } from './story-record.ts';
import { clearTermCounts } from './term-counts.ts';
import { readTotals, TOTALS } from './totals.ts';

export async function exportBundle(db: WiretraceDatabase): Promise<{ jsonl: string; stories: number }> {
  const stories = (await allStories(db)).map(storyOf);
  return { jsonl: storiesToJsonl(stories), stories: stories.length };
}

export async function cacheStats(db: WiretraceDatabase): Promise<CacheStats> {
  const newest = (await db.storyBlocks.orderBy('newest').last())?.newest ?? null;
  const totals = await readTotals(db.meta);
  const quota = (await db.meta.get('quota')) as { at: number; evicted: number } | undefined;
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
  };
}

export async function clearStories(db: WiretraceDatabase): Promise<{ removed: number }> {
  const { stories: removed } = await readTotals(db.meta);
  await db.transaction('rw', storyTables(db), async () => {
    await Promise.all([
      db.storyBlocks.clear(),
      clearTermCounts(db.termCounts),
      db.copies.clear(),
      ...STORY_INDEXES.map((index) => index.clear(db)),
    ]);
    await db.meta.put(TOTALS);
  });
  return { removed };
}
