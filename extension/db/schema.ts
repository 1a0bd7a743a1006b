import type { Transaction } from 'dexie';
import { bytesV2, digestV2, groupByV4, nameIndexV4, timeV2 } from './frozen-upgrade-helpers.ts';

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
  {
    // Version 7: the feature index and term counts in two generations, and the
    // fingerprint version that built the one in use, so that a new definition
    // re-indexes the stories in the background instead of leaving the cache unable to match.
    version: 7,
    stores: { termCountsB: 'bucket', recentPostingsB: '++seq, importId', postingsB: 'bucket' },
    upgrade: upgradeToIndexGenerations,
  },
  {
    // Version 8: a wire's copy read on another site is its own kind of arrival ('copy'), no longer
    // taken for a page read on the wire's own site; and what captures hold is counted apart, for
    // their budget of their own.
    version: 8,
    stores: {},
    upgrade: upgradeToCapturesApart,
  },
];

export interface SchemaVersion {
  version: number;
  stores: Record<string, string | null>;
  upgrade?: (tx: Transaction) => Promise<void>;
}

/**
 * The upgrades below are frozen: each writes what its version stored, and none
 * calls today's fingerprint or block code, whose output changes. Where an
 * upgrade would have had to fingerprint stories, it leaves the feature index
 * empty and marks its fingerprint unknown (`version: 0`); the worker then
 * builds the index from the stories' text in the background (reindex.ts), as
 * after any change of fingerprint.
 */
const INDEX_TO_REBUILD = { name: 'fingerprint', version: 0, generation: 'a' };

/** Version 1 kept every feature of a story; version 2 keeps storage fields, totals and (rebuilt later) an index. */
async function upgradeToSampledIndex(tx: Transaction): Promise<void> {
  const totals = { name: 'totals', stories: 0, bytes: 0, sources: {} as Record<string, number> };
  await tx
    .table('stories')
    .toCollection()
    .modify((record: Record<string, unknown>) => {
      const story = record as unknown as { id: string; text: string; source: string; addedAt: number };
      delete record.features;
      record.thread = story.id;
      record.version = 1;
      record.digest = digestV2(story.text);
      record.via = ['bundle'];
      record.time = timeV2(record, story.addedAt);
      record.bytes = bytesV2(record);
      totals.stories++;
      totals.bytes += record.bytes as number;
      totals.sources[story.source] = (totals.sources[story.source] ?? 0) + 1;
    });
  await tx.table('meta').bulkPut([totals, INDEX_TO_REBUILD]);
}

/** Version 2 kept each story's sampled features in its record; version 3 keeps them in a posting store, rebuilt. */
async function upgradeToPostingStore(tx: Transaction): Promise<void> {
  await tx
    .table('stories')
    .toCollection()
    .modify((record: { sample?: number[] }) => {
      delete record.sample;
    });
  await tx.table('meta').put(INDEX_TO_REBUILD);
}

/**
 * Version 3 kept a record a story; version 4 keeps blocks of up to 64 stories
 * (key = block × 64 + slot) and indexes their names. An unfinished import's
 * stories get blocks of their own, so that it can still be rolled back. The
 * feature postings, under the old keys, are dropped and rebuilt.
 */
async function upgradeToStoryBlocks(tx: Transaction): Promise<void> {
  const records = (await tx.table('stories').toArray()) as (StoryV3 & { importId?: number })[];
  let next = 1;
  const blocks = [...groupByV4(records, (record) => record.importId)].flatMap(([importId, group]) => {
    const packed = version4Blocks(
      group.map(({ importId: _, ...story }) => story),
      next,
      importId,
    );
    next += packed.length;
    return packed;
  });
  await tx.table('storyBlocks').bulkAdd(blocks);
  await Promise.all([tx.table('recentPostings').clear(), tx.table('postings').clear()]);
  await tx.table('meta').bulkPut([{ name: 'story-blocks', next }, INDEX_TO_REBUILD]);
  await tx.table('meta').delete('postings');
  const names = nameIndexV4(
    blocks.flatMap((block) => block.stories.map((story) => ({ ...story, key: story.key as number }))),
  );
  await tx.table('names').add(names.row);
  await tx.table('meta').put(names.state);
}

/** A story record as version 3 stored it: what version 4's upgrade reads of it. */
interface StoryV3 {
  key?: number;
  id: string;
  thread: string;
  url?: string;
  text: string;
  time: number;
}

/** Blocks as version 4 packed them: 64 stories or 256,000 characters of text at most. */
function version4Blocks(stories: StoryV3[], first: number, importId?: number) {
  const groups: StoryV3[][] = [];
  let chars = 0;
  for (const story of stories) {
    const last = groups.at(-1);
    if (!last || last.length === 64 || chars + story.text.length > 256_000) {
      groups.push([story]);
      chars = 0;
    } else last.push(story);
    chars += story.text.length;
  }
  return groups.map((group, i) => {
    const block = first + i;
    group.forEach((story, slot) => {
      story.key = block * 64 + slot;
    });
    const times = group.map((story) => story.time);
    return {
      block,
      stories: group,
      oldest: Math.min(...times),
      newest: Math.max(...times),
      ...(importId === undefined ? {} : { importId }),
    };
  });
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

/** The wire services' own sites as version 8 knew them: a capture from any other host was a copy. */
const WIRE_HOSTS_AT_VERSION_8 = [
  'reuters.com',
  'apnews.com',
  'afp.com',
  'upi.com',
  'pamediagroup.com',
  'dpa-international.com',
  'ansa.it',
  'efe.com',
  'kyodonews.net',
  'xinhuanet.com',
  'english.news.cn',
  'en.yna.co.kr',
  'aa.com.tr',
  'tass.com',
  'ptinews.com',
];

function onWireHost(url: string | undefined): boolean {
  try {
    const host = new URL(url ?? '').hostname;
    return WIRE_HOSTS_AT_VERSION_8.some((wire) => host === wire || host.endsWith(`.${wire}`));
  } catch {
    return false;
  }
}

/**
 * Captures from hosts that are not wire sites become copies, and the totals
 * count what captures hold. (A site the reader had added to the wire sites is
 * taken for a copy: the safer side, as a copy never makes a page a syndicated copy.)
 */
async function upgradeToCapturesApart(tx: Transaction): Promise<void> {
  const captured = { stories: 0, bytes: 0 };
  await tx
    .table('storyBlocks')
    .toCollection()
    .modify((block: { stories: { via: string[]; url?: string; bytes: number }[] }) => {
      for (const story of block.stories) {
        if (story.via.includes('capture') && !onWireHost(story.url))
          story.via = story.via.map((via) => (via === 'capture' ? 'copy' : via));
        if (story.via.every((via) => via === 'capture' || via === 'copy')) {
          captured.stories++;
          captured.bytes += story.bytes;
        }
      }
    });
  const totals = await tx.table('meta').get('totals');
  if (totals) await tx.table('meta').put({ ...totals, captured });
}

/** An index with no recorded fingerprint was built before versions were recorded: version 1. */
async function upgradeToIndexGenerations(tx: Transaction): Promise<void> {
  const meta = tx.table('meta');
  if (!(await meta.get('fingerprint'))) await meta.put({ name: 'fingerprint', version: 1, generation: 'a' });
}
