import type { Transaction } from 'dexie';
import { fingerprintStory } from '../../lib/engine/prepare.ts';
import { postingsOf } from '../../lib/retrieve/postings.ts';
import { sampledFeatures } from '../../lib/retrieve/sample.ts';
import { writeMainIndex } from './posting-store.ts';
import { storyBytes, storyDigest, storyTime } from './story-record.ts';
import { addTermCounts } from './term-counts.ts';
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
];

export interface SchemaVersion {
  version: number;
  stores: Record<string, string | null>;
  upgrade?: (tx: Transaction) => Promise<void>;
}

/** Version 1 kept every feature of a story; version 2 keeps a sample, counts terms in buckets and totals. */
async function upgradeToSampledIndex(tx: Transaction): Promise<void> {
  const counts = new Map<number, number>();
  const stored: { source: string; bytes: number }[] = [];
  await tx
    .table('stories')
    .toCollection()
    .modify((record: Record<string, unknown>) => {
      const story = record as unknown as Parameters<typeof fingerprintStory>[0] & { addedAt: number };
      const fingerprint = fingerprintStory(story);
      for (const term of fingerprint.terms) counts.set(term, (counts.get(term) ?? 0) + 1);
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
  await writeMainIndex(tx.table('postings'), tx.table('meta'), postingsOf(stories), stories.length);
}
