import { parseStoriesJsonl, storiesToJsonl } from '../../lib/corpus/jsonl.ts';
import type { CacheStats } from '../messages/protocol.ts';
import { staleness } from './cache-health.ts';
import type { WiretraceDatabase } from './database.ts';
import { fingerprintAlongside } from './fingerprint-alongside.ts';
import { STORY_INDEXES, storyTables } from './indexes.ts';
import { removeStories } from './remove-stories.ts';
import { withRoomToWrite } from './retention.ts';
import { type SaveReport, saveStories } from './save-stories.ts';
import { allStories } from './story-blocks.ts';
import { storyOf } from './story-record.ts';
import { storiesOfImport } from './story-selections.ts';
import { readTotals, TOTALS } from './totals.ts';

/** Stories written a transaction at a time: big bundles must not hold one transaction open for minutes. */
const IMPORT_CHUNK = 1_000;

interface ImportJob {
  name: 'import';
  id: number;
  startedAt: number;
}

/**
 * Imports a JSONL bundle, all or nothing: every line is validated before
 * anything is written, and the stories are written under an import job that
 * is rolled back if a write fails or the worker stops before the end.
 */
export async function importBundle(
  db: WiretraceDatabase,
  jsonl: string,
): Promise<SaveReport & { imported: number; total: number }> {
  const stories = parseStoriesJsonl(jsonl);
  await rollBackUnfinishedImport(db);
  const job: ImportJob = { name: 'import', id: Date.now(), startedAt: Date.now() };
  await db.meta.put(job);
  const report: SaveReport = { added: 0, versions: 0, repeats: 0 };
  try {
    const chunks = Array.from({ length: Math.ceil(stories.length / IMPORT_CHUNK) }, (_, i) =>
      stories.slice(i * IMPORT_CHUNK, (i + 1) * IMPORT_CHUNK),
    );
    let fingerprints = await fingerprintAlongside(chunks[0] ?? []);
    for (const [i, chunk] of chunks.entries()) {
      const ready = fingerprints;
      const saving = withRoomToWrite(db, () => saveStories(db, chunk, 'bundle', job.id, ready));
      // The next chunk is fingerprinted while this one is written.
      const [saved, next] = await Promise.all([saving, fingerprintAlongside(chunks[i + 1] ?? [])]);
      fingerprints = next;
      report.added += saved.added;
      report.versions += saved.versions;
      report.repeats += saved.repeats;
    }
    await db.meta.delete('import');
  } catch (error) {
    await rollBackUnfinishedImport(db);
    throw error;
  }
  return { ...report, imported: stories.length, total: (await readTotals(db.meta)).stories };
}

/** Removes what an import that never finished wrote (the worker was stopped, a write failed). */
export async function rollBackUnfinishedImport(db: WiretraceDatabase): Promise<number> {
  const job = (await db.meta.get('import')) as ImportJob | undefined;
  if (!job) return 0;
  const removed = await removeStories(db, storiesOfImport(job.id));
  await db.transaction('rw', storyTables(db), async () => {
    for (const index of STORY_INDEXES) await index.forget(db, [], job.id);
    await db.meta.delete('import');
  });
  return removed;
}

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
    references: await db.references.count(),
    stale: staleness(await db.feeds.toArray(), newest),
    quotaEviction: quota ? { at: quota.at, evicted: quota.evicted } : null,
  };
}

export async function clearStories(db: WiretraceDatabase): Promise<{ removed: number }> {
  const { stories: removed } = await readTotals(db.meta);
  await db.transaction('rw', [...storyTables(db), db.references], async () => {
    await Promise.all([
      db.storyBlocks.clear(),
      db.termCounts.clear(),
      db.references.clear(),
      ...STORY_INDEXES.map((index) => index.clear(db)),
    ]);
    await db.meta.put(TOTALS);
  });
  return { removed };
}
