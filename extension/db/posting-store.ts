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
import { cachePerDatabase } from './read-cache.ts';

/**
 * An index from 31-bit hashes to story keys, kept as a small log-structured
 * store instead of an IndexedDB index: an index entry costs about as much to
 * write as a small record, and a story has ~50 sampled features. Each saved
 * batch appends one row of postings ("recent"); when the recent rows grow past
 * a share of the main index they are merged into it, which is split into
 * bucket rows of consecutive hashes. A lookup reads the recent rows (kept in
 * memory until the next write; they are small by construction) and only the
 * main rows its hashes fall in, so waking up never loads the index whole.
 * Removed stories' keys are remembered and their postings dropped at the next
 * merge, brought forward when many are gone.
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
  name: string;
  /** Bucket rows of the main index (a power of two). */
  buckets: number;
  /** Stories merged into the main index, removed ones included. */
  stories: number;
  /** Keys of stories removed since the last merge, whose postings are still stored. */
  removed: number[];
  /** Stories and rows in the recent rows. */
  recentStories: number;
  recentRows: number;
}

/** Where one posting store lives: its two tables and the meta row its state is kept in. */
export interface PostingTables {
  recent: Table<RecentPostings, number>;
  main: Table<PostingBucket, number>;
  meta: Table;
}

/** Postings a main bucket row holds at most, about 8 KB: a lookup reads one row a hash. */
const ROW_POSTINGS = 1024;
const MAX_BUCKETS = 2 ** 14;
/** Recent stories are merged in once they pass a quarter of the main index, within these bounds. */
const MERGE_AT = { share: 0.25, min: 2_000, max: 5_000, rows: 64 };

export class PostingStore<Db extends object> {
  private readonly recentCache = cachePerDatabase<Postings | null>(() => null);
  private readonly mainCache = cachePerDatabase(() => new Map<number, Postings>());

  /**
   * `keepMainRows`: main rows read stay in memory until the next merge. Right
   * for a small index that every write consults (story names), wrong for a
   * large one that a page consults a few rows of (features).
   */
  constructor(
    readonly name: string,
    private readonly tablesOf: (db: Db) => PostingTables,
    private readonly keepMainRows = false,
  ) {}

  async state(db: Db): Promise<PostingsState> {
    return stateOf(this.name, await this.tablesOf(db).meta.get(this.name));
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
    const due = Math.min(MERGE_AT.max, Math.max(MERGE_AT.min, state.stories * MERGE_AT.share));
    if (next.recentStories >= due || next.recentRows >= MERGE_AT.rows) await this.merge(db, next);
    else await this.tablesOf(db).meta.put(next);
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
    if (next.removed.length > 0 && next.removed.length >= state.stories * MERGE_AT.share)
      await this.merge(db, next);
    else await tables.meta.put(next);
  }

  async clear(db: Db): Promise<void> {
    const tables = this.tablesOf(db);
    await Promise.all([tables.recent.clear(), tables.main.clear(), tables.meta.put(stateOf(this.name))]);
    this.recentCache(db).forget();
    this.mainCache(db).forget();
  }

  /** The keys of stories with each hash (removed stories may still be among them). */
  async read(db: Db, features: readonly number[]): Promise<Map<number, Uint32Array>> {
    const [recent, state] = await Promise.all([this.cachedRecent(db), this.state(db)]);
    const main = await this.mainRows(db, [...new Set(features.map((f) => bucketOf(f, state.buckets)))]);
    const found = new Map<number, Uint32Array>();
    for (const feature of features) {
      const older = keysWithFeature(main.get(bucketOf(feature, state.buckets)) ?? NO_POSTINGS, feature);
      const newer = keysWithFeature(recent, feature);
      found.set(feature, newer.length === 0 ? older : Uint32Array.from([...older, ...newer]));
    }
    return found;
  }

  /** Replaces the whole index with these postings (a migration rebuilding it). */
  async rebuild(db: Db, postings: Postings, stories: number): Promise<void> {
    await this.tablesOf(db).recent.clear();
    await writeMainIndex(this.name, this.tablesOf(db), postings, stories);
    this.recentCache(db).forget();
    this.mainCache(db).forget();
  }

  /** Rewrites the main index with the recent rows merged in and removed stories' postings dropped. */
  private async merge(db: Db, state: PostingsState): Promise<void> {
    const tables = this.tablesOf(db);
    const recent = await tables.recent.toArray();
    const main = concatPostings(await tables.main.orderBy('bucket').toArray());
    const removed = new Set(state.removed);
    const merged = mergeAll([main, ...recent], removed.size > 0 ? (key) => !removed.has(key) : undefined);
    const stories = state.stories + state.recentStories - state.removed.length;
    await this.rebuild(db, merged, stories);
  }

  private async mainRows(db: Db, buckets: readonly number[]): Promise<Map<number, Postings>> {
    const cache = this.mainCache(db);
    const kept = cache.value;
    const missing = buckets.filter((bucket) => !kept.has(bucket));
    const rows = await cache.read(
      () => this.tablesOf(db).main.bulkGet(missing),
      (read) => {
        if (!this.keepMainRows) return;
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
  name: string,
  tables: PostingTables,
  merged: Postings,
  stories: number,
): Promise<void> {
  const buckets = bucketsFor(merged.features.length);
  await tables.main.clear();
  await tables.main.bulkAdd(splitIntoBuckets(merged, buckets).map((slice, bucket) => ({ bucket, ...slice })));
  await tables.meta.put({ ...stateOf(name), buckets, stories });
}

function stateOf(name: string, stored?: Partial<PostingsState>): PostingsState {
  return { name, buckets: 1, stories: 0, removed: [], recentStories: 0, recentRows: 0, ...stored };
}

function bucketsFor(postings: number): number {
  let buckets = 1;
  while (buckets < MAX_BUCKETS && postings / buckets > ROW_POSTINGS) buckets *= 2;
  return buckets;
}
