import type { Table } from 'dexie';
import {
  bucketOf,
  concatPostings,
  keysWithFeature,
  mergeAll,
  NO_POSTINGS,
  type Postings,
  postingsOf,
  splitIntoBuckets,
} from '../../lib/retrieve/postings.ts';
import type { WiretraceDatabase } from './database.ts';
import { cachePerDatabase } from './read-cache.ts';

/**
 * The sampled-feature index, kept as a small log-structured store instead of
 * a multi-entry index: an IndexedDB index entry costs about as much to write
 * as a small record, and a story has ~50 sampled features. Each saved batch
 * appends one row of postings ("recent"); when the recent rows grow past a
 * share of the main index they are merged into it, which is split into bucket
 * rows of consecutive features. A lookup reads the recent rows (kept in memory
 * until the next write; they are small by construction) and only the main
 * rows its features fall in, so waking up never loads the index whole.
 * Removed stories leave their postings behind until the next merge drops them.
 */
export interface RecentPostings extends Postings {
  seq?: number;
  stories: number;
  importId?: number;
}

export interface PostingBucket extends Postings {
  bucket: number;
}

export interface PostingsState {
  name: 'postings';
  /** Bucket rows of the main index (a power of two). */
  buckets: number;
  /** Stories merged into the main index, removed ones included. */
  stories: number;
  /** Stories removed since the last merge, whose postings are still stored. */
  removed: number;
  /** Stories and rows in the recent rows. */
  recentStories: number;
  recentRows: number;
}

const NO_STATE: PostingsState = {
  name: 'postings',
  buckets: 1,
  stories: 0,
  removed: 0,
  recentStories: 0,
  recentRows: 0,
};
/** Postings a main bucket row holds at most, about 8 KB: a lookup reads one row a feature. */
const ROW_POSTINGS = 1024;
const MAX_BUCKETS = 2 ** 14;
/** Recent stories are merged in once they pass a quarter of the main index, within these bounds. */
const MERGE_AT = { share: 0.25, min: 2_000, max: 5_000, rows: 64 };

export async function readPostingsState(db: WiretraceDatabase): Promise<PostingsState> {
  return { ...NO_STATE, ...((await db.meta.get('postings')) as PostingsState | undefined) };
}

/** Indexes newly stored stories by their sampled features; merges when the recent rows are due. */
export async function addPostings(
  db: WiretraceDatabase,
  stories: readonly { key: number; features: readonly number[] }[],
  importId?: number,
): Promise<void> {
  if (stories.length === 0) return;
  const row: RecentPostings = { ...postingsOf(stories), stories: stories.length };
  if (importId !== undefined) row.importId = importId;
  await db.recentPostings.add(row);
  forgetCachedRecent(db);
  const state = await readPostingsState(db);
  const next = {
    ...state,
    recentStories: state.recentStories + stories.length,
    recentRows: state.recentRows + 1,
  };
  const due = Math.min(MERGE_AT.max, Math.max(MERGE_AT.min, state.stories * MERGE_AT.share));
  if (next.recentStories >= due || next.recentRows >= MERGE_AT.rows) await mergeIntoMain(db, next);
  else await db.meta.put(next);
}

/**
 * Notes stories removed (their keys stay in the postings until the next merge,
 * brought forward when many are gone); an import's own recent rows go at once.
 */
export async function forgetPostings(
  db: WiretraceDatabase,
  removed: number,
  importId?: number,
): Promise<void> {
  const state = await readPostingsState(db);
  const next = { ...state, removed: state.removed + removed };
  if (importId !== undefined) {
    const rows = db.recentPostings.where('importId').equals(importId);
    next.recentStories -= (await rows.toArray()).reduce((sum, r) => sum + r.stories, 0);
    next.recentRows -= await rows.delete();
    forgetCachedRecent(db);
  }
  if (next.removed > 0 && next.removed >= state.stories * MERGE_AT.share) await mergeIntoMain(db, next);
  else await db.meta.put(next);
}

export async function clearPostings(db: WiretraceDatabase): Promise<void> {
  await Promise.all([db.recentPostings.clear(), db.postings.clear(), db.meta.put(NO_STATE)]);
  forgetCachedRecent(db);
}

/** The keys of stories with each feature (removed stories may still be among them). */
export async function readPostings(
  db: WiretraceDatabase,
  features: readonly number[],
): Promise<Map<number, Uint32Array>> {
  const [recent, state] = await Promise.all([cachedRecent(db), readPostingsState(db)]);
  const buckets = [...new Set(features.map((f) => bucketOf(f, state.buckets)))];
  const rows = await db.postings.bulkGet(buckets);
  const main = new Map(buckets.map((bucket, i) => [bucket, rows[i] ?? NO_POSTINGS]));
  const found = new Map<number, Uint32Array>();
  for (const feature of features) {
    const older = keysWithFeature(main.get(bucketOf(feature, state.buckets)) ?? NO_POSTINGS, feature);
    const newer = keysWithFeature(recent, feature);
    found.set(feature, newer.length === 0 ? older : Uint32Array.from([...older, ...newer]));
  }
  return found;
}

/** Rewrites the main index with the recent rows merged in and removed stories' postings dropped. */
async function mergeIntoMain(db: WiretraceDatabase, state: PostingsState): Promise<void> {
  const recent = await db.recentPostings.toArray();
  const main = concatPostings(await db.postings.orderBy('bucket').toArray());
  const alive = state.removed > 0 ? await aliveKeys(db) : undefined;
  const merged = mergeAll([main, ...recent], alive);
  await db.recentPostings.clear();
  const stories = alive ? await db.stories.count() : state.stories + state.recentStories;
  await writeMainIndex(db.postings, db.meta, merged, stories);
  forgetCachedRecent(db);
}

/** Replaces the main index with these postings, split into as many bucket rows as they need. */
export async function writeMainIndex(
  postings: Table,
  meta: Table,
  merged: Postings,
  stories: number,
): Promise<void> {
  const buckets = bucketsFor(merged.features.length);
  await postings.clear();
  await postings.bulkAdd(splitIntoBuckets(merged, buckets).map((slice, bucket) => ({ bucket, ...slice })));
  await meta.put({ ...NO_STATE, buckets, stories });
}

function bucketsFor(postings: number): number {
  let buckets = 1;
  while (buckets < MAX_BUCKETS && postings / buckets > ROW_POSTINGS) buckets *= 2;
  return buckets;
}

async function aliveKeys(db: WiretraceDatabase): Promise<(key: number) => boolean> {
  const keys = (await db.stories.toCollection().primaryKeys()) as number[];
  const alive = new Uint8Array((keys.at(-1) ?? 0) + 1);
  for (const key of keys) alive[key] = 1;
  return (key) => alive[key] === 1;
}

// The recent rows, merged; null until read.
const recentCache = cachePerDatabase<Postings | null>(() => null);

function forgetCachedRecent(db: WiretraceDatabase): void {
  recentCache(db).forget();
}

async function cachedRecent(db: WiretraceDatabase): Promise<Postings> {
  const cache = recentCache(db);
  if (cache.value) return cache.value;
  return cache.read(
    async () => mergeAll(await db.recentPostings.toArray()),
    (postings) => {
      cache.value = postings;
    },
  );
}
