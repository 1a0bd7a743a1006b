import type { WiretraceDatabase } from './database.ts';
import {
  CURRENT_FINGERPRINT,
  generationOf,
  liveGenerations,
  UNKNOWN_FINGERPRINT,
} from './fingerprint-state.ts';
import { readMeta } from './meta-rows.ts';
import { PostingStore } from './posting-store.ts';
import type { FingerprintState, Generation } from './rows.ts';

/** Sampled fingerprint features → stories, in each generation: what retrieval looks a page up in. */
export const FEATURE_INDEXES: Record<Generation, PostingStore<WiretraceDatabase>> = {
  a: new PostingStore('postings', (db) => ({ recent: db.recentPostings, main: db.postings, meta: db.meta })),
  b: new PostingStore('postings-b', (db) => ({
    recent: db.recentPostingsB,
    main: db.postingsB,
    meta: db.meta,
  })),
};

/** In how many stories each term occurs, in each generation. */
export function termCountsOf(db: WiretraceDatabase, generation: Generation): WiretraceDatabase['termCounts'] {
  return generation === 'a' ? db.termCounts : db.termCountsB;
}

/** Hashed ids, threads and URLs → stories: what tells a story seen again from a new one. */
export const storyNameIndex = new PostingStore<WiretraceDatabase>(
  'names',
  (db) => ({ recent: db.recentNames, main: db.names, meta: db.meta }),
  { keepBucketRows: true },
);

/** Every posting store: what removing stories, rolling back an import and clearing the cache must tell. */
export const STORY_INDEXES = [FEATURE_INDEXES.a, FEATURE_INDEXES.b, storyNameIndex];

/** Which fingerprint built the index, and the rebuild under way. */
export async function fingerprintState(db: WiretraceDatabase): Promise<FingerprintState> {
  // No row: a database opened at a version before schema 7 wrote it (tests open such).
  return (
    (await readMeta(db.meta, 'fingerprint')) ?? (db.verno >= 7 ? UNKNOWN_FINGERPRINT : CURRENT_FINGERPRINT)
  );
}

/**
 * The keys of stories with each feature, each story from the generation that
 * holds it (during a rebuild, the old generation still has every story not
 * re-indexed yet).
 */
export async function readFeatures(
  db: WiretraceDatabase,
  state: FingerprintState,
  features: readonly number[],
): Promise<Map<number, Uint32Array>> {
  const generations = liveGenerations(state);
  if (generations.length === 1) return FEATURE_INDEXES[state.generation].read(db, features);
  const reads = await Promise.all(generations.map((g) => FEATURE_INDEXES[g].read(db, features)));
  const found = new Map<number, Uint32Array>();
  for (const feature of features) {
    const keys = reads.flatMap((read, i) =>
      [...(read.get(feature) ?? [])].filter((key) => generationOf(state, key) === generations[i]),
    );
    found.set(feature, Uint32Array.from(keys));
  }
  return found;
}

/** Every table a change to the stored stories writes, for one transaction over all of them. */
export function storyTables(db: WiretraceDatabase) {
  return [
    db.storyBlocks,
    db.termCounts,
    db.termCountsB,
    db.meta,
    db.recentPostings,
    db.postings,
    db.recentPostingsB,
    db.postingsB,
    db.recentNames,
    db.names,
    db.copies,
  ];
}
