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
import { readMeta, writeMeta } from './meta-rows.ts';
import { cachePerDatabase } from './read-cache.ts';
import type { MetaTable, PostingBucket, PostingStoreName, PostingsState, RecentPostings } from './rows.ts';

/**
 * An index from 31-bit hashes to story keys, kept as a small log-structured
 * store instead of an IndexedDB index: an index entry costs about as much to
 * write as a small record, and a story has ~50 sampled features. Each saved
 * batch appends one row of postings ("recent"); when the recent rows grow past
 * a share of the main index they are merged into it, which is split into
 * bucket rows of consecutive hashes. In between sits a middle run, bucketed
 * the same way: recent rows are merged into it, and it into the main index
 * once it passes a quarter of it, so a large index is rewritten once every
 * ~25% of growth instead of at every merge. A lookup reads the recent rows
 * (kept in memory until the next write; they are small by construction) and
 * the one main and one middle row each hash falls in, so waking up never
 * loads the index whole.
 * Removed stories' keys are remembered and their postings dropped at the next
 * merge, brought forward when many are gone.
 */

/** Where one posting store lives: its two tables and the meta row its state is kept in. */
export interface PostingTables {
  recent: Table<RecentPostings, number>;
  main: Table<PostingBucket, number>;
  meta: MetaTable;
}

/** Postings a main bucket row holds at most, about 8 KB: a lookup reads one row a hash. */
const ROW_POSTINGS = 1024;
const MAX_BUCKETS = 2 ** 14;
/** Bucket rows of the middle run are numbered from here, after the main index's. */
const MIDDLE = 2 ** 20;
/**
 * When merges happen: recent rows are merged once they hold a share of the
 * main index's stories (within bounds) or too many rows; the middle run joins
 * the main index once it holds that share; removed stories force a full merge
 * at that share too.
 */
export interface MergePolicy {
  share: number;
  min: number;
  max: number;
  rows: number;
}

const MERGE_AT: MergePolicy = { share: 0.25, min: 2_000, max: 5_000, rows: 64 };

export class PostingStore<Db extends object> {
  private readonly mergeAt: MergePolicy;
  private readonly keepBucketRows: boolean;
  private readonly recentCache = cachePerDatabase<Postings | null>(() => null);
  private readonly rowCache = cachePerDatabase(() => new Map<number, Postings>());

  /**
   * `keepBucketRows`: bucket rows read (main and middle) stay in memory until the next merge. Right
   * for a small index that every write consults (story names), wrong for a
   * large one that a page consults a few rows of (features).
   */
  constructor(
    readonly name: PostingStoreName,
    private readonly tablesOf: (db: Db) => PostingTables,
    options: { keepBucketRows?: boolean; mergeAt?: MergePolicy } = {},
  ) {
    this.mergeAt = options.mergeAt ?? MERGE_AT;
    this.keepBucketRows = options.keepBucketRows ?? false;
  }

  async state(db: Db): Promise<PostingsState> {
    return stateOf(this.name, await readMeta(this.tablesOf(db).meta, this.name));
  }

  /** Indexes newly stored stories by their hashes; merges when the recent rows are due. */
  async add(
    db: Db,
    stories: readonly { key: number; features: readonly number[] }[],
    importId?: number,
  ): Promise<void> {
    if (stories.length === 0) return;
    const row: RecentPostings = { ...postingsOf(stories), stories: stories.length };
    if (importId !== undefined) row.importId = importId;
    await this.tablesOf(db).recent.add(row);
    this.recentCache(db).forget();
    const state = await this.state(db);
    const next = {
      ...state,
      recentStories: state.recentStories + stories.length,
      recentRows: state.recentRows + 1,
    };
    const due = Math.min(this.mergeAt.max, Math.max(this.mergeAt.min, state.stories * this.mergeAt.share));
    if (next.recentStories < due && next.recentRows < this.mergeAt.rows)
      await writeMeta(this.tablesOf(db).meta, next);
    else if (
      next.middleStories + next.recentStories <
      Math.max(this.mergeAt.min, state.stories * this.mergeAt.share)
    )
      await this.mergeIntoMiddle(db, next);
    else await this.merge(db, next);
  }

  /**
   * Notes removed stories (their keys stay in the postings until the next
   * merge, brought forward when many are gone); an import's own recent rows go at once.
   */
  async forget(db: Db, removed: readonly number[], importId?: number): Promise<void> {
    const tables = this.tablesOf(db);
    const state = await this.state(db);
    const next = { ...state, removed: [...state.removed, ...removed] };
    if (importId !== undefined) {
      const rows = tables.recent.where('importId').equals(importId);
      next.recentStories -= (await rows.toArray()).reduce((sum, r) => sum + r.stories, 0);
      next.recentRows -= await rows.delete();
      this.recentCache(db).forget();
    }
    if (
      next.removed.length > 0 &&
      next.removed.length >= (state.stories + state.middleStories) * this.mergeAt.share
    )
      await this.merge(db, next);
    else await writeMeta(tables.meta, next);
  }

  async clear(db: Db): Promise<void> {
    const tables = this.tablesOf(db);
    await Promise.all([
      tables.recent.clear(),
      tables.main.clear(),
      writeMeta(tables.meta, stateOf(this.name)),
    ]);
    this.forgetCached(db);
  }

  /** The keys of stories with each hash (removed stories may still be among them). */
  async read(db: Db, features: readonly number[]): Promise<Map<number, Uint32Array>> {
    const [recent, state] = await Promise.all([this.cachedRecent(db), this.state(db)]);
    const rowsOf = (feature: number) =>
      state.middleStories > 0
        ? [bucketOf(feature, state.buckets), MIDDLE + bucketOf(feature, state.middleBuckets)]
        : [bucketOf(feature, state.buckets)];
    const rows = await this.bucketRows(db, [...new Set(features.flatMap(rowsOf))]);
    const found = new Map<number, Uint32Array>();
    for (const feature of features) {
      const parts = rowsOf(feature).map((row) => keysWithFeature(rows.get(row) ?? NO_POSTINGS, feature));
      parts.push(keysWithFeature(recent, feature));
      const nonEmpty = parts.filter((keys) => keys.length > 0);
      found.set(feature, nonEmpty.length === 1 ? (nonEmpty[0] as Uint32Array) : concatKeys(nonEmpty));
    }
    return found;
  }

  /** Rewrites the main index with the middle run and the recent rows merged in and removed stories' postings dropped. */
  private async merge(db: Db, state: PostingsState): Promise<void> {
    const tables = this.tablesOf(db);
    const recent = await tables.recent.toArray();
    const main = concatPostings(await tables.main.where('bucket').below(MIDDLE).toArray());
    const middle = concatPostings(await tables.main.where('bucket').aboveOrEqual(MIDDLE).toArray());
    const removed = new Set(state.removed);
    const alive = removed.size > 0 ? (key: number) => !removed.has(key) : undefined;
    const stories = state.stories + state.middleStories + state.recentStories - state.removed.length;
    await tables.recent.clear();
    await writeMainIndex(this.name, tables, mergeAll([main, middle, ...recent], alive), stories);
    this.forgetCached(db);
  }

  /** Rewrites the middle run with the recent rows merged in; the main index is left as it is. */
  private async mergeIntoMiddle(db: Db, state: PostingsState): Promise<void> {
    const tables = this.tablesOf(db);
    const recent = await tables.recent.toArray();
    const middleRows = tables.main.where('bucket').aboveOrEqual(MIDDLE);
    const merged = mergeAll([concatPostings(await middleRows.toArray()), ...recent]);
    await middleRows.delete();
    const buckets = await writeBucketRows(tables.main, merged, MIDDLE);
    await tables.recent.clear();
    await writeMeta(tables.meta, {
      ...state,
      middleBuckets: buckets,
      middleStories: state.middleStories + state.recentStories,
      recentStories: 0,
      recentRows: 0,
    });
    this.forgetCached(db);
  }

  private forgetCached(db: Db): void {
    this.recentCache(db).forget();
    this.rowCache(db).forget();
  }

  private async bucketRows(db: Db, buckets: readonly number[]): Promise<Map<number, Postings>> {
    const cache = this.rowCache(db);
    const kept = cache.value;
    const missing = buckets.filter((bucket) => !kept.has(bucket));
    const rows = await cache.read(
      () => this.tablesOf(db).main.bulkGet(missing),
      (read) => {
        if (!this.keepBucketRows) return;
        missing.forEach((bucket, i) => {
          kept.set(bucket, read[i] ?? NO_POSTINGS);
        });
      },
    );
    const found = new Map(missing.map((bucket, i) => [bucket, rows[i] ?? NO_POSTINGS]));
    for (const bucket of buckets) if (!found.has(bucket)) found.set(bucket, kept.get(bucket) as Postings);
    return found;
  }

  private async cachedRecent(db: Db): Promise<Postings> {
    const cache = this.recentCache(db);
    if (cache.value) return cache.value;
    const tables = this.tablesOf(db);
    return cache.read(
      async () => mergeAll(await tables.recent.toArray()),
      (postings) => {
        cache.value = postings;
      },
    );
  }
}

/** Writes a main index from scratch: its bucket rows and a state with nothing recent or removed. */
export async function writeMainIndex(
  name: PostingStoreName,
  tables: PostingTables,
  merged: Postings,
  stories: number,
): Promise<void> {
  await tables.main.clear();
  const buckets = await writeBucketRows(tables.main, merged, 0);
  await writeMeta(tables.meta, { ...stateOf(name), buckets, stories });
}

/** Writes a run as bucket rows numbered from `first`; returns how many buckets it took. */
async function writeBucketRows(rows: PostingTables['main'], run: Postings, first: number): Promise<number> {
  const buckets = bucketsFor(run.features.length);
  await rows.bulkAdd(
    splitIntoBuckets(run, buckets).map((slice, bucket) => ({ bucket: first + bucket, ...slice })),
  );
  return buckets;
}

function stateOf(name: PostingStoreName, stored?: Partial<PostingsState>): PostingsState {
  return {
    name,
    buckets: 1,
    stories: 0,
    middleBuckets: 1,
    middleStories: 0,
    removed: [],
    recentStories: 0,
    recentRows: 0,
    ...stored,
  };
}

function concatKeys(parts: readonly Uint32Array[]): Uint32Array {
  const keys = new Uint32Array(parts.reduce((sum, part) => sum + part.length, 0));
  let at = 0;
  for (const part of parts) {
    keys.set(part, at);
    at += part.length;
  }
  return keys;
}

function bucketsFor(postings: number): number {
  let buckets = 1;
  while (buckets < MAX_BUCKETS && postings / buckets > ROW_POSTINGS) buckets *= 2;
  return buckets;
}
