import type { Transaction } from 'dexie';
import { fingerprintStory } from '../../lib/engine/prepare.ts';
import { concatPostings, mergeAll, type Postings, postingsOf } from '../../lib/retrieve/postings.ts';
import { sampledFeatures } from '../../lib/retrieve/sample.ts';
import { groupBy } from './group-by.ts';
import { type PostingTables, writeMainIndex } from './posting-store.ts';
import { BLOCK_COUNTER, blocksFrom } from './story-blocks.ts';
import { storyNames } from './story-names.ts';
import { type StoredStory, storyBytes, storyDigest, storyTime } from './story-record.ts';
import { addTermCounts } from './term-counts.ts';
import { TermTally } from './term-tally.ts';
import { addToTotals, TOTALS } from './totals.ts';

/**
 * Every schema the database has had, oldest first. A version is never edited
 * once released: a change is a new entry, with an upgrade that carries every
 * stored story over (tests/extension/migrations.test.ts opens a database made
 * by each earlier version).
 */
export const SCHEMA_VERSIONS: readonly SchemaVersion[] = [
  {
    version: 1,
    stores: {
      stories: '++key, &id, *features, source, published, addedAt',
      terms: 'feature',
      pages: 'url, judgedAt',
    },
  },
  {
    // Version 2: a sampled feature index and bucketed term counts (a few hundred
    // bytes a story instead of ~20 KB), story versions, feeds and import jobs.
    // Judged pages are no longer kept: a history of what the reader read is not ours to keep.
    version: 2,
    stores: {
      stories: '++key, &id, *sample, url, thread, time, importId',
      terms: null,
      pages: null,
      termCounts: 'bucket',
      meta: 'name',
      feeds: 'url',
      feedItems: '++seq, feed',
      references: 'url, story',
    },
    upgrade: upgradeToSampledIndex,
  },
  {
    // Version 3: sampled features leave the story records (a multi-entry index
    // entry per feature made imports slow) for a log-structured posting store.
    version: 3,
    stores: {
      stories: '++key, &id, url, thread, time, importId',
      recentPostings: '++seq, importId',
      postings: 'bucket',
    },
    upgrade: upgradeToPostingStore,
  },
  {
    // Version 4: stories are stored in blocks of up to 64 (writing a record a
    // story cost more than everything else an import does); ids, threads and
    // URLs are found through a name index, a second posting store.
    version: 4,
    stores: {
      stories: null,
      storyBlocks: 'block, oldest, newest, importId',
      recentNames: '++seq, importId',
      names: 'bucket',
    },
    upgrade: upgradeToStoryBlocks,
  },
  {
    // Version 5: the retention limits go by when a story entered the cache, not
    // when it was published (an imported archive was removed as it arrived), so
    // blocks are indexed by their earliest arrival.
    version: 5,
    stores: { storyBlocks: 'block, oldest, newest, importId, entered' },
    upgrade: upgradeToArrivalIndex,
  },
  {
    // Version 6: a credited copy is remembered by its story and site alone. The
    // references kept each copy's full address and when it was read, for ever:
    // a reading history that was not ours to keep.
    version: 6,
    stores: { references: null, copies: 'key, story' },
    upgrade: upgradeToKnownCopies,
  },
];

export interface SchemaVersion {
  version: number;
  stores: Record<string, string | null>;
  upgrade?: (tx: Transaction) => Promise<void>;
}

/** Version 1 kept every feature of a story; version 2 keeps a sample, counts terms in buckets and totals. */
async function upgradeToSampledIndex(tx: Transaction): Promise<void> {
  const counts = new TermTally();
  const stored: { source: string; bytes: number }[] = [];
  await tx
    .table('stories')
    .toCollection()
    .modify((record: Record<string, unknown>) => {
      const story = record as unknown as Parameters<typeof fingerprintStory>[0] & { addedAt: number };
      const fingerprint = fingerprintStory(story);
      counts.count(fingerprint.terms);
      delete record.features;
      record.sample = sampledFeatures(fingerprint.features);
      record.thread = story.id;
      record.version = 1;
      record.digest = storyDigest(story.text);
      record.via = ['bundle'];
      record.time = storyTime(story, story.addedAt);
      record.bytes = storyBytes(story);
      stored.push({ source: story.source, bytes: record.bytes as number });
    });
  await addTermCounts(tx.table('termCounts'), counts);
  await tx.table('meta').put(TOTALS);
  await addToTotals(tx.table('meta'), stored);
}

/** Version 2 kept each story's sampled features in its record; version 3 keeps them as postings. */
async function upgradeToPostingStore(tx: Transaction): Promise<void> {
  const stories: { key: number; features: number[] }[] = [];
  await tx
    .table('stories')
    .toCollection()
    .modify((record: { key: number; sample?: number[] }) => {
      stories.push({ key: record.key, features: record.sample ?? [] });
      delete record.sample;
    });
  await writeMainIndex(
    'postings',
    postingTables(tx, 'recentPostings', 'postings'),
    postingsOf(stories),
    stories.length,
  );
}

/**
 * Version 3 kept a record a story; version 4 keeps blocks of stories with new
 * keys, so the feature postings are carried over under the new keys and the
 * name index is built. An unfinished import's stories get blocks of their own,
 * so that it can still be rolled back.
 */
async function upgradeToStoryBlocks(tx: Transaction): Promise<void> {
  const records = (await tx.table('stories').toArray()) as (StoredStory & { importId?: number })[];
  const newKeys = new Map<number, number>();
  let next = 1;
  const byImport = groupBy(records, (record) => record.importId);
  const blocks = [...byImport].flatMap(([importId, group]) => {
    const stories = group.map(({ importId: _, ...story }) => story);
    const oldKeys = stories.map((s) => s.key as number);
    const packed = blocksFrom(stories, next, importId);
    next += packed.length;
    stories.forEach((story, i) => {
      newKeys.set(oldKeys[i] as number, story.key as number);
    });
    return packed;
  });
  await tx.table('storyBlocks').bulkAdd(blocks);
  await tx.table('meta').put({ name: BLOCK_COUNTER, next });
  const features = postingTables(tx, 'recentPostings', 'postings');
  const old = mergeAll([
    concatPostings(await features.main.orderBy('bucket').toArray()),
    ...(await features.recent.toArray()),
  ]);
  await features.recent.clear();
  await writeMainIndex('postings', features, rekeyed(old, newKeys), records.length);
  const names = blocks.flatMap((block) =>
    block.stories.map((story) => ({ key: story.key as number, features: storyNames(story) })),
  );
  await writeMainIndex('names', postingTables(tx, 'recentNames', 'names'), postingsOf(names), records.length);
}

/** Each block's earliest arrival, from its stories' own `addedAt` (every version has written it). */
async function upgradeToArrivalIndex(tx: Transaction): Promise<void> {
  await tx
    .table('storyBlocks')
    .toCollection()
    .modify((block: { stories: { addedAt: number; time: number }[]; entered?: number }) => {
      block.entered = Math.min(...block.stories.map((story) => story.addedAt ?? story.time));
    });
}

/** Each reference becomes a copy of its story on its site (the host, as it was: no address, no time). */
async function upgradeToKnownCopies(tx: Transaction): Promise<void> {
  const references = (await tx.table('references').toArray()) as { story: string; site: string }[];
  const copies = new Map(
    references.map(({ story, site }) => [`${story}|${site}`, { key: `${story}|${site}`, story, site }]),
  );
  await tx.table('copies').bulkPut([...copies.values()]);
}

/** Postings with every key replaced by its new one; keys of stories no longer stored are dropped. */
function rekeyed(postings: Postings, newKeys: Map<number, number>): Postings {
  const kept = [...postings.keys.keys()].filter((i) => newKeys.has(postings.keys[i] as number));
  const byKey = groupBy(kept, (i) => newKeys.get(postings.keys[i] as number) as number);
  return postingsOf(
    [...byKey].map(([key, at]) => ({ key, features: at.map((i) => postings.features[i] as number) })),
  );
}

function postingTables(tx: Transaction, recent: string, main: string): PostingTables {
  return { recent: tx.table(recent), main: tx.table(main), meta: tx.table('meta') };
}
