import Dexie, { type DexieOptions, type EntityTable, type Table } from 'dexie';
import { DEFAULT_SETTINGS } from '../settings.ts';
import { CURRENT_FINGERPRINT } from './fingerprint-state.ts';
import type {
  FeedState,
  KnownCopy,
  MetaTable,
  PostingBucket,
  QueuedItem,
  RecentPostings,
  StoredStory,
  StoryBlock,
  TermCountRow,
} from './rows.ts';
import { SCHEMA_VERSIONS } from './schema.ts';

export type { StoredStory } from './rows.ts';
export { storyOf } from './story-record.ts';

/**
 * The extension's database, opened only by the background worker (a content
 * script would open the page origin's database). Its schema history is in
 * schema.ts.
 */
export class WiretraceDatabase extends Dexie {
  storyBlocks!: EntityTable<StoryBlock, 'block'>;
  termCounts!: EntityTable<TermCountRow, 'bucket'>;
  termCountsB!: EntityTable<TermCountRow, 'bucket'>;
  meta!: MetaTable;
  feeds!: EntityTable<FeedState, 'url'>;
  feedItems!: EntityTable<QueuedItem, 'seq'>;
  copies!: EntityTable<KnownCopy, 'key'>;
  recentPostings!: Table<RecentPostings, number>;
  postings!: Table<PostingBucket, number>;
  recentPostingsB!: Table<RecentPostings, number>;
  postingsB!: Table<PostingBucket, number>;
  recentNames!: Table<RecentPostings, number>;
  names!: Table<PostingBucket, number>;

  constructor(name = 'wiretrace', upTo = Number.POSITIVE_INFINITY, options?: DexieOptions) {
    super(name, options);
    for (const { version, stores, upgrade } of SCHEMA_VERSIONS) {
      if (version > upTo) break;
      const declared = this.version(version).stores(stores);
      if (upgrade) declared.upgrade(upgrade);
    }
    // A new database's (empty) index is today's; one opened at an old version (tests) records none. Its settings
    // are the defaults from the start: only a database from before settings were kept here has any to move over
    // from storage.local (which a content script can write: settings-store.ts).
    if (upTo >= 7)
      this.on('populate', (tx) =>
        tx.table('meta').bulkPut([CURRENT_FINGERPRINT, { name: 'settings', values: DEFAULT_SETTINGS }]),
      );
  }
}
