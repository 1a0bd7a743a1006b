import type { Table } from 'dexie';
import type { Story } from '../../lib/corpus/story.ts';
import type { FeedItem } from '../../lib/feeds/feed-item.ts';
import type { Postings } from '../../lib/retrieve/postings.ts';
import type { Settings } from '../settings.ts';

/**
 * Every row the database stores, by table: the bottom of extension/db/, which
 * imports nothing of it. The code that reads and writes a row lives beside
 * its table's door; the row's shape lives here, so that the doors, the schema
 * and the meta table can all name it without importing each other.
 */

/** A feed the reader can turn on, and what happened the last times it was polled. */
export interface FeedState {
  url: string;
  /** The wire service its stories are credited to. */
  source: string;
  title: string;
  enabled: boolean;
  /** Shipped with Wiretrace, or added by the reader. */
  builtIn: boolean;
  etag?: string;
  lastModified?: string;
  /** Last poll attempt, last poll that worked, last poll that brought a new story (ms). */
  lastPolled?: number;
  lastSuccess?: number;
  lastNewStory?: number;
  /** Stories stored from it. */
  stories: number;
  /** Polls failed in a row; the next poll waits longer for each. */
  failures: number;
  error?: string;
  nextPoll: number;
}

/** A feed item whose article page is still to be fetched: persisted, so a stopped worker resumes. */
export interface QueuedItem {
  seq?: number;
  feed: string;
  item: FeedItem;
  attempts: number;
}

/**
 * The feature index and term counts exist in two generations, each in tables
 * of its own. One is in use; when the fingerprint's definition changes, the
 * other is built from the stored stories' text, newest block first, while
 * matching goes on: a story is looked up in the generation that holds it,
 * and the new one takes over when every story is in it.
 */
export type Generation = 'a' | 'b';

export interface Rebuild {
  /** The fingerprint version the generation is being built with. */
  version: number;
  generation: Generation;
  /** Blocks below this number are not re-indexed yet; every block from it up is (or was written since). */
  below: number;
  /** Stories when the rebuild began, and how many it has indexed: what the options page shows. */
  stories: number;
  indexed: number;
}

/** The `fingerprint` meta row: which definition built the index in use, and the rebuild under way. */
export interface FingerprintState {
  name: 'fingerprint';
  version: number;
  generation: Generation;
  rebuild?: Rebuild;
}

/** The import under way, kept in the database: the stories it wrote carry its id until it ends. */
export interface ImportJob {
  name: 'import';
  id: number;
  startedAt: number;
  file: string;
}

/** An import that ended: which file, when, how many stories it wrote (the ones an undo takes away). */
export interface ImportRecord {
  id: number;
  file: string;
  at: number;
  stories: number;
}

export interface ImportsRow {
  name: 'imports';
  list: ImportRecord[];
}

export interface RecentPostings extends Postings {
  seq?: number;
  stories: number;
  importId?: number;
}

export interface PostingBucket extends Postings {
  bucket: number;
}

/** The meta rows posting stores keep their state in, one a store. */
export type PostingStoreName = 'postings' | 'postings-b' | 'names';

export interface PostingsState {
  name: PostingStoreName;
  /** Bucket rows of the main index (a power of two). */
  buckets: number;
  /** Stories merged into the main index, removed ones included. */
  stories: number;
  /** The same for the middle run, which recent rows are merged into until it is due to join the main index. */
  middleBuckets: number;
  middleStories: number;
  /** Keys of stories removed since the last merge, whose postings are still stored. */
  removed: number[];
  /** Stories and rows in the recent rows. */
  recentStories: number;
  recentRows: number;
}

/**
 * Stories are stored a block of up to 64 at a time, not a record each: an
 * IndexedDB record costs ~100 µs to write whatever its size (~14 µs a story in
 * blocks of 50, `npm run bench:idb`), and a large value reads as fast as a
 * small one. A story's key tells its block: key = block × 64 + slot.
 */
export interface StoryBlock {
  block: number;
  stories: StoredStory[];
  /** Earliest and latest story time (publication) in the block: what the cache's age goes by. */
  oldest: number;
  newest: number;
  /** When the block's earliest story entered the cache: what the retention limits go by. */
  entered: number;
  /** The import that wrote it, rolled back if that import never finished. */
  importId?: number;
}

/**
 * How a story reached the cache: an imported bundle, a feed, a page read on
 * the wire's own site (`capture`), or a wire's copy read on a site that runs
 * it (`copy`: the site's word that it is the wire's text, nothing more).
 */
export type Arrival = 'bundle' | 'feed' | 'capture' | 'copy';

/** A wire story as stored, with what storage adds to find, version and age it. */
export interface StoredStory extends Story {
  key?: number;
  /** The id of the story's first version; versions of one story share it. */
  thread: string;
  version: number;
  /** Hash of the text with spacing evened out: tells a repeat from a new version. */
  digest: number;
  via: Arrival[];
  /** Published time, or when stored if unknown (ms): what retention ages by. */
  time: number;
  addedAt: number;
  /** Approximate bytes on disk, for the size limit. */
  bytes: number;
}

export interface TermCountRow {
  bucket: number;
  terms: Uint32Array;
  counts: Uint32Array;
}

/** Running totals kept beside the stories: counting 100,000 records on every match would be slow. */
export interface Totals {
  name: 'totals';
  stories: number;
  bytes: number;
  /** Stories by source. */
  sources: Record<string, number>;
  /** Stories by language; absent in a cache written before languages were counted. */
  languages?: Record<string, number>;
  /** Of them, those only the reader's reading brought (isCapturedOnly): what the captures' budget counts. */
  captured?: { stories: number; bytes: number };
}

/**
 * A site seen to credit a wire story and reproduce it near verbatim: a known,
 * honest copy of that story. Only the story and the site are kept, never the
 * page's address or when it was read.
 */
export interface KnownCopy {
  /** `story|site` */
  key: string;
  story: string;
  site: string;
}

/** Every kind of row the `meta` table holds, by its name. */
export interface MetaRows {
  totals: Totals;
  /** The next block number (block numbers are never reused). */
  'story-blocks': { name: 'story-blocks'; next: number };
  /** The last time the browser ran out of room and what that cost. */
  quota: { name: 'quota'; at: number; evicted: number };
  /** The import under way. */
  import: ImportJob;
  imports: ImportsRow;
  settings: { name: 'settings'; values: Settings };
  fingerprint: FingerprintState;
  /** The two generations of the feature index, and the name index. */
  postings: PostingsState;
  'postings-b': PostingsState;
  names: PostingsState;
}

export type MetaName = keyof MetaRows;

export type MetaRow = MetaRows[MetaName];

export type MetaTable = Table<MetaRow, MetaName>;
