import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { WiretraceDatabase } from '../../extension/db/database.ts';
import { FEATURE_INDEXES, fingerprintState, readFeatures, termCountsOf } from '../../extension/db/indexes.ts';
import { writeMainIndex } from '../../extension/db/posting-store.ts';
import type { StoredStory } from '../../extension/db/rows.ts';
import { SCHEMA_VERSIONS } from '../../extension/db/schema.ts';
import { allStories } from '../../extension/db/story-blocks.ts';
import { StoryCache } from '../../extension/db/story-cache.ts';
import { storiesNamed } from '../../extension/db/story-names.ts';
import { storyOf } from '../../extension/db/story-record.ts';
import { longestCached } from '../../extension/db/story-selections.ts';
import { readTermCounts } from '../../extension/db/term-counts.ts';
import { readTotals } from '../../extension/db/totals.ts';
import { rollBackUnfinishedImport } from '../../extension/import/import-job.ts';
import { analyzeArticle } from '../../extension/worker/analyze-page.ts';
import type { Story } from '../../lib/corpus/story.ts';
import { extractFromHtml } from '../../lib/extract/html.ts';
import { fingerprintStory } from '../../lib/fingerprint/story-fingerprint.ts';
import { storyLanguage } from '../../lib/language/language-of.ts';
import { type Postings, postingsOf } from '../../lib/retrieve/postings.ts';
import { sampledFeatures } from '../../lib/retrieve/sample.ts';
import { loadFixtureStories, readFixturePage } from '../support/fixtures.ts';

const stories = loadFixtureStories();
/** The stories as a migrated cache holds them: the re-index gives each story its language. */
const labelled = stories.map((story) => ({ ...story, language: storyLanguage(story) }));
const DAY = 86_400_000;
let name = 0;
beforeEach(() => fakeBrowser.reset());

/** Writes the fixture stories as schema version 1 stored them: every feature, and a count row per feature. */
async function databaseFromVersion1(dbName: string): Promise<void> {
  const v1 = new WiretraceDatabase(dbName, 1);
  const counts = new Map<number, number>();
  const records = stories.map((story, i) => {
    const features = Array.from(fingerprintStory(story).features);
    for (const f of features) counts.set(f, (counts.get(f) ?? 0) + 1);
    return { ...story, features, addedAt: 1_700_000_000_000 + i };
  });
  await v1.table('stories').bulkAdd(records);
  await v1.table('terms').bulkAdd([...counts].map(([feature, n]) => ({ feature, stories: n })));
  await v1.table('pages').put({ url: 'https://example.com/a', judgedAt: 1, result: { status: 'too-short' } });
  v1.close();
}

/** A story with the storage fields versions 2 and 3 kept beside it, one record a story. */
function storedAsBefore(story: Story, i: number, via: string) {
  const time = 1_700_000_000_000 + i;
  return { ...story, thread: story.id, version: 1, digest: i, via: [via], time, addedAt: time, bytes: 1000 };
}

/**
 * Opens a database at the current version: every story kept as it was,
 * without the dropped field, and indexed once the background re-index the
 * frozen upgrade asked for has run.
 */
async function openMigrated(dbName: string, dropped: string) {
  const db = new WiretraceDatabase(dbName);
  expect(await fingerprintState(db)).toMatchObject({ version: 0 });
  await reindexFully(db);
  const migrated = await allStories(db);
  expect(migrated.map(storyOf)).toEqual(labelled);
  for (const record of migrated) expect(record).not.toHaveProperty(dropped);
  await expectEverySampleIndexed(db, migrated);
  return { db, migrated };
}

describe('schema migrations', () => {
  it('declares every version in order, none removed', () => {
    expect(SCHEMA_VERSIONS.map((v) => v.version)).toEqual(SCHEMA_VERSIONS.map((_, i) => i + 1));
  });

  it('carries every story of a version 1 database over, with counts, totals and matching intact', async () => {
    const dbName = `migrate-${name++}`;
    await databaseFromVersion1(dbName);
    const db = new WiretraceDatabase(dbName);
    await db.open();
    expect(db.verno).toBe(SCHEMA_VERSIONS.at(-1)?.version);
    // The frozen upgrade fingerprints nothing: the index is built from the text afterwards.
    expect(await fingerprintState(db)).toMatchObject({ version: 0 });
    await reindexFully(db);

    const migrated = await allStories(db);
    expect(migrated.map(storyOf)).toEqual(labelled);
    for (const record of migrated) {
      expect(record).not.toHaveProperty('features');
      expect(record).toMatchObject({ thread: record.id, version: 1, via: ['bundle'] });
      expect(record).not.toHaveProperty('sample');
    }
    await expectEverySampleIndexed(db, migrated);
    expect(await readTotals(db.meta)).toMatchObject({ stories: stories.length });
    const expected = new Map<number, number>();
    for (const story of stories)
      for (const term of fingerprintStory(story).terms) expected.set(term, (expected.get(term) ?? 0) + 1);
    const { generation } = await fingerprintState(db);
    expect(await readTermCounts(termCountsOf(db, generation), expected.keys())).toEqual(expected);
    expect(db.tables.map((t) => t.name)).not.toContain('terms');
    expect(db.tables.map((t) => t.name)).not.toContain('pages');

    const result = await analyzeArticle(db, extractFromHtml(readFixturePage('court-rewrite.html')));
    expect(result.status === 'judged' && result.explanation.original.id).toBe(
      'ap-2026-09-22-hurst-sentenced',
    );
    db.close();
  });

  it('carries a version 2 database over and rebuilds its feature index from the text', async () => {
    const dbName = `migrate-${name++}`;
    const v2 = new WiretraceDatabase(dbName, 2);
    await v2.table('stories').bulkAdd(
      stories.map((story, i) => ({
        ...storedAsBefore(story, i, 'feed'),
        sample: sampledFeatures(fingerprintStory(story).features),
      })),
    );
    v2.close();
    const { db } = await openMigrated(dbName, 'sample');
    const { generation } = await fingerprintState(db);
    const state = await FEATURE_INDEXES[generation].state(db);
    expect(state.stories + state.middleStories + state.recentStories).toBe(stories.length);
    db.close();
  });

  it('moves a version 3 database into story blocks, every name indexed and the features re-indexed under the new keys', async () => {
    const dbName = `migrate-${name++}`;
    const v3 = new WiretraceDatabase(dbName, 3);
    // Keys with gaps (stories removed), the last three written by an import that never finished.
    const records = stories.map((story, i) => ({
      ...storedAsBefore(story, i, 'bundle'),
      key: 10 + i * 3,
      ...(i >= stories.length - 3 ? { importId: 7 } : {}),
    }));
    await v3.table('stories').bulkAdd(records);
    const [older, newer] = [records.slice(0, 5), records.slice(5)].map((part) =>
      postingsOf(part.map((r) => ({ key: r.key, features: sampledFeatures(fingerprintStory(r).features) }))),
    );
    const tables = { recent: v3.recentPostings, main: v3.postings, meta: v3.meta };
    await writeMainIndex('postings', tables, older as Postings, 5);
    await tables.recent.add({ ...(newer as Postings), stories: records.length - 5 });
    await v3.table('meta').put({ name: 'import', id: 7, startedAt: 1 });
    v3.close();

    const { db, migrated } = await openMigrated(dbName, 'importId');
    for (const record of migrated) {
      const byId = await storiesNamed(db, [record.id], []);
      expect(byId.map((s) => s.key)).toEqual([record.key]);
      if (record.url)
        expect((await storiesNamed(db, [], [record.url])).map((s) => s.key)).toEqual([record.key]);
    }
    expect(await rollBackUnfinishedImport(db)).toBe(3);
    expect((await allStories(db)).map(storyOf)).toEqual(labelled.slice(0, -3));
    db.close();
  });

  it('indexes the blocks of a version 4 database by arrival, so retention ages an old archive from when it came', async () => {
    const dbName = `migrate-${name++}`;
    const v4 = new WiretraceDatabase(dbName, 4);
    const arrived = Date.parse('2026-10-01T00:00:00Z');
    const records = stories.map((story, i) => ({
      ...storedAsBefore(story, i, 'bundle'),
      time: Date.parse('2019-05-01T00:00:00Z') + i,
      addedAt: arrived + i * DAY,
    }));
    const blocks = [records.slice(0, 4), records.slice(4)].map((part, i) => {
      const keyed = part.map((record, slot) => ({ ...record, key: (i + 1) * 64 + slot }));
      const times = keyed.map((r) => r.time);
      return { block: i + 1, stories: keyed, oldest: Math.min(...times), newest: Math.max(...times) };
    });
    await v4.table('storyBlocks').bulkAdd(blocks);
    v4.close();
    const db = new WiretraceDatabase(dbName);
    expect((await db.storyBlocks.orderBy('block').toArray()).map((b) => b.entered)).toEqual([
      arrived,
      arrived + 4 * DAY,
    ]);
    const picked = await longestCached(arrived + 2 * DAY)(db, 100);
    expect(picked.map((s) => s.id)).toEqual(stories.slice(0, 2).map((s) => s.id));
    db.close();
  });

  it("keeps of a version 5 database's references only which story each site copied: no address, no time", async () => {
    const dbName = `migrate-${name++}`;
    const v5 = new WiretraceDatabase(dbName, 5);
    await v5.table('references').bulkAdd([
      {
        url: 'https://daily.example/a?utm_source=newsletter&reader=42',
        story: 's1',
        site: 'daily.example',
        seenAt: 1,
      },
      { url: 'https://daily.example/b#comments', story: 's1', site: 'daily.example', seenAt: 2 },
      { url: 'https://other.example/c', story: 's2', site: 'other.example', seenAt: 3 },
    ]);
    v5.close();
    const db = new WiretraceDatabase(dbName);
    expect(await db.copies.orderBy('key').toArray()).toEqual([
      { key: 's1|daily.example', story: 's1', site: 'daily.example' },
      { key: 's2|other.example', story: 's2', site: 'other.example' },
    ]);
    expect(db.tables.map((t) => t.name)).not.toContain('references');
    db.close();
  });
});

describe('version 8', () => {
  it("tells a version 7 database's copies read on other sites from pages read on the wire's own, and counts what captures hold", async () => {
    const dbName = `migrate-${name++}`;
    const v7 = new WiretraceDatabase(dbName, 7);
    const records = [
      {
        ...storedAsBefore(stories[0] as Story, 0, 'capture'),
        url: 'https://www.reuters.com/world/a',
        key: 64,
      },
      {
        ...storedAsBefore(stories[1] as Story, 1, 'capture'),
        url: 'https://valleygazette.example/b',
        key: 65,
      },
      {
        ...storedAsBefore(stories[2] as Story, 2, 'bundle'),
        via: ['capture', 'bundle'],
        url: 'https://x.example/c',
        key: 66,
      },
      { ...storedAsBefore(stories[3] as Story, 3, 'feed'), key: 67 },
    ];
    await v7.table('storyBlocks').add({ block: 1, stories: records, oldest: 0, newest: 1, entered: 1 });
    await v7.table('meta').put({ name: 'totals', stories: 4, bytes: 4000, sources: {} });
    v7.close();
    const db = new WiretraceDatabase(dbName);
    expect((await allStories(db)).map((s) => s.via)).toEqual([
      ['capture'],
      ['copy'],
      ['copy', 'bundle'],
      ['feed'],
    ]);
    expect(await readTotals(db.meta)).toMatchObject({ stories: 4, captured: { stories: 2, bytes: 2000 } });
    db.close();
  });
});

async function reindexFully(db: WiretraceDatabase): Promise<void> {
  const cache = new StoryCache(db);
  while (await cache.reindexStep());
}

async function expectEverySampleIndexed(db: WiretraceDatabase, records: StoredStory[]): Promise<void> {
  const state = await fingerprintState(db);
  for (const record of records) {
    const sample = sampledFeatures(fingerprintStory(record).features);
    const postings = await readFeatures(db, state, sample);
    for (const feature of sample) expect([...(postings.get(feature) ?? [])]).toContain(record.key);
  }
}
