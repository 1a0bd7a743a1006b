import type { WiretraceDatabase } from './database.ts';
import { PostingStore } from './posting-store.ts';

/** Sampled fingerprint features → stories: what retrieval looks a page up in. */
export const sampledFeatureIndex = new PostingStore<WiretraceDatabase>('postings', (db) => ({
  recent: db.recentPostings,
  main: db.postings,
  meta: db.meta,
}));

/** Hashed ids, threads and URLs → stories: what tells a story seen again from a new one. */
export const storyNameIndex = new PostingStore<WiretraceDatabase>(
  'names',
  (db) => ({ recent: db.recentNames, main: db.names, meta: db.meta }),
  { keepBucketRows: true },
);

/** Both: what removing stories, rolling back an import and clearing the cache must tell. */
export const STORY_INDEXES = [sampledFeatureIndex, storyNameIndex];

/** Every table a change to the stored stories writes, for one transaction over all of them. */
export function storyTables(db: WiretraceDatabase) {
  return [
    db.storyBlocks,
    db.termCounts,
    db.meta,
    db.recentPostings,
    db.postings,
    db.recentNames,
    db.names,
    db.copies,
  ];
}
