import { parseStoriesJsonl, storiesToJsonl } from '../../lib/corpus/jsonl.ts';
import type { Story } from '../../lib/corpus/story.ts';
import { fingerprintStory } from '../../lib/engine/prepare.ts';
import type { CacheStats } from '../messages/protocol.ts';
import { type StoredStory, storyOf, type WiretraceDatabase } from './database.ts';

/**
 * Imports a JSONL bundle: validated whole first, then written in one
 * transaction, so a bad line or a failed write leaves the cache as it was.
 * A story whose id is already stored replaces the stored one.
 */
export async function importBundle(
  db: WiretraceDatabase,
  jsonl: string,
): Promise<{ imported: number; total: number }> {
  const stories = parseStoriesJsonl(jsonl);
  await saveStories(db, stories);
  return { imported: stories.length, total: await db.stories.count() };
}

export async function saveStories(db: WiretraceDatabase, stories: readonly Story[]): Promise<void> {
  const now = Date.now();
  const records: StoredStory[] = stories.map((story) => ({
    ...story,
    features: Array.from(fingerprintStory(story).features),
    addedAt: now,
  }));
  await db.transaction('rw', db.stories, db.terms, async () => {
    const existing = await db.stories
      .where('id')
      .anyOf(records.map((r) => r.id))
      .toArray();
    const keyOf = new Map(existing.map((s) => [s.id, s.key]));
    const delta = new Map<number, number>();
    for (const old of existing) for (const f of old.features) delta.set(f, (delta.get(f) ?? 0) - 1);
    for (const record of records) {
      for (const f of record.features) delta.set(f, (delta.get(f) ?? 0) + 1);
      const key = keyOf.get(record.id);
      if (key !== undefined) record.key = key;
    }
    await db.stories.bulkPut(records);
    await applyTermDelta(db, delta);
  });
}

async function applyTermDelta(db: WiretraceDatabase, delta: Map<number, number>): Promise<void> {
  const features = [...delta.keys()];
  const current = await db.terms.bulkGet(features);
  const updated = features.map((feature, i) => ({
    feature,
    stories: (current[i]?.stories ?? 0) + (delta.get(feature) ?? 0),
  }));
  await db.terms.bulkPut(updated.filter((t) => t.stories > 0));
  await db.terms.bulkDelete(updated.filter((t) => t.stories <= 0).map((t) => t.feature));
}

export async function exportBundle(db: WiretraceDatabase): Promise<{ jsonl: string; stories: number }> {
  const stored = await db.stories.orderBy('addedAt').toArray();
  const stories = stored.map(storyOf);
  return { jsonl: storiesToJsonl(stories), stories: stories.length };
}

export async function cacheStats(db: WiretraceDatabase): Promise<CacheStats> {
  const counts = new Map<string, number>();
  await db.stories.orderBy('source').eachKey((source) => {
    counts.set(String(source), (counts.get(String(source)) ?? 0) + 1);
  });
  const newest = await db.stories.orderBy('published').last();
  return {
    stories: await db.stories.count(),
    sources: [...counts]
      .map(([source, stories]) => ({ source, stories }))
      .sort((a, b) => b.stories - a.stories),
    newest: newest?.published ?? null,
  };
}

export async function clearStories(db: WiretraceDatabase): Promise<{ removed: number }> {
  const removed = await db.stories.count();
  await db.transaction('rw', db.stories, db.terms, async () => {
    await db.stories.clear();
    await db.terms.clear();
  });
  return { removed };
}
