import type { Story } from '../../lib/corpus/story.ts';
import { fingerprintStory } from '../../lib/engine/prepare.ts';
import type { Fingerprint } from '../../lib/fingerprint/fingerprint.ts';
import { sampledFeatures } from '../../lib/retrieve/sample.ts';
import type { WiretraceDatabase } from './database.ts';
import { addPostings } from './posting-store.ts';
import { type Arrival, type StoredStory, storyBytes, storyDigest, storyTime } from './story-record.ts';
import { addTermCounts } from './term-counts.ts';
import { addToTotals } from './totals.ts';

export interface SaveReport {
  /** Stories new to the cache. */
  added: number;
  /** New versions of stories already stored (an update, a correction). */
  versions: number;
  /** Stories already stored with the same text, seen again. */
  repeats: number;
}

/**
 * Stores stories in one transaction. The same story seen again (by id or URL,
 * with the same text) is one story that remembers every way it arrived; the
 * same id or URL with a changed text is kept as a new version beside the old.
 */
export async function saveStories(
  db: WiretraceDatabase,
  stories: readonly Story[],
  via: Arrival,
  importId?: number,
  fingerprints: readonly Fingerprint[] = stories.map(fingerprintStory),
): Promise<SaveReport> {
  const now = Date.now();
  const tables = [db.stories, db.termCounts, db.meta, db.recentPostings, db.postings];
  return db.transaction('rw', tables, async () => {
    const threads = await storedThreads(db, stories);
    const report: SaveReport = { added: 0, versions: 0, repeats: 0 };
    const added: StoredStory[] = [];
    const samples: number[][] = [];
    const changed = new Map<number, StoredStory>();
    const delta = new Map<number, number>();
    stories.forEach((story, i) => {
      const digest = storyDigest(story.text);
      const thread = threadOf(threads, story);
      const same = thread?.find((version) => version.digest === digest);
      if (same) {
        report.repeats++;
        if (mergeArrival(same, story, via) && same.key !== undefined) changed.set(same.key, same);
        return;
      }
      const record = newRecord(story, { via, now, digest, thread, importId });
      if (thread) report.versions++;
      else report.added++;
      remember(threads, record);
      added.push(record);
      samples.push(sampledFeatures((fingerprints[i] as Fingerprint).features));
      for (const term of (fingerprints[i] as Fingerprint).terms) delta.set(term, (delta.get(term) ?? 0) + 1);
    });
    const keys = await db.stories.bulkAdd(added, { allKeys: true });
    await addPostings(
      db,
      keys.map((key, i) => ({ key: key as number, features: samples[i] as number[] })),
      importId,
    );
    await db.stories.bulkPut([...changed.values()]);
    await addTermCounts(db.termCounts, delta);
    await addToTotals(db.meta, added);
    return report;
  });
}

/** Stored versions of every story that shares an id, a thread or a URL with the ones being saved. */
async function storedThreads(
  db: WiretraceDatabase,
  stories: readonly Story[],
): Promise<Map<string, StoredStory[]>> {
  const ids = stories.map((s) => s.id);
  const urls = stories.flatMap((s) => (s.url ? [s.url] : []));
  const related = await Promise.all([
    keysWhere(db, 'id', ids),
    keysWhere(db, 'thread', ids),
    keysWhere(db, 'url', urls),
  ]);
  const hits = (await db.stories.bulkGet([...new Set(related.flat())])) as StoredStory[];
  const moreThreads = [...new Set(hits.map((r) => r.thread))];
  const all = (
    await Promise.all(moreThreads.map((t) => db.stories.where('thread').equals(t).toArray()))
  ).flat();
  const threads = new Map<string, StoredStory[]>();
  for (const record of all) remember(threads, record);
  return threads;
}

/**
 * Keys of the stories whose index has any of the values. One request a value,
 * all in flight at once: `anyOf` walks a cursor, a round trip a value, and
 * saving a thousand new stories is mostly asking about stories that are not there.
 */
async function keysWhere(db: WiretraceDatabase, index: 'id' | 'thread' | 'url', values: readonly string[]) {
  const found = await Promise.all(values.map((value) => db.stories.where(index).equals(value).primaryKeys()));
  return found.flat() as number[];
}

function remember(threads: Map<string, StoredStory[]>, record: StoredStory): void {
  const versions = threads.get(`thread:${record.thread}`) ?? [];
  if (!versions.some((v) => v.id === record.id)) versions.push(record);
  threads.set(`thread:${record.thread}`, versions);
  threads.set(`id:${record.id}`, versions);
  if (record.url) threads.set(`url:${record.url}`, versions);
}

function threadOf(threads: Map<string, StoredStory[]>, story: Story): StoredStory[] | undefined {
  return (
    threads.get(`id:${story.id}`) ??
    threads.get(`thread:${story.id}`) ??
    (story.url ? threads.get(`url:${story.url}`) : undefined)
  );
}

function newRecord(
  story: Story,
  context: { via: Arrival; now: number; digest: number; thread?: StoredStory[]; importId?: number },
): StoredStory {
  const { via, now, digest, thread, importId } = context;
  const threadId = thread?.[0]?.thread ?? story.id;
  const version = thread ? Math.max(...thread.map((v) => v.version)) + 1 : 1;
  const idTaken = thread?.some((v) => v.id === story.id) ?? false;
  return {
    ...story,
    id: idTaken ? `${threadId}~v${version}` : story.id,
    thread: threadId,
    version,
    digest,
    via: [via],
    time: storyTime(story, now),
    addedAt: now,
    bytes: storyBytes(story),
    ...(importId === undefined ? {} : { importId }),
  };
}

/** Records another arrival of a stored story and fills what it lacked; says whether anything changed. */
function mergeArrival(stored: StoredStory, story: Story, via: Arrival): boolean {
  let changed = false;
  if (!stored.via.includes(via)) {
    stored.via = [...stored.via, via];
    changed = true;
  }
  for (const field of ['url', 'published', 'byline'] as const) {
    const value = story[field];
    if (!stored[field] && value) {
      stored[field] = value;
      changed = true;
    }
  }
  return changed;
}
