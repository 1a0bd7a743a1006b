import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { Random, syntheticStory } from '../../bench/synthetic.ts';
import { WiretraceDatabase } from '../../extension/db/database.ts';
import { FEATURE_INDEXES, fingerprintState, readFeatures, termCountsOf } from '../../extension/db/indexes.ts';
import { readMeta, writeMeta } from '../../extension/db/meta-rows.ts';
import { reindexStep } from '../../extension/db/reindex.ts';
import type { FingerprintState } from '../../extension/db/rows.ts';
import { saveStories } from '../../extension/db/save-stories.ts';
import { allStories } from '../../extension/db/story-blocks.ts';
import { StoryCache } from '../../extension/db/story-cache.ts';
import { storiesWhere } from '../../extension/db/story-selections.ts';
import { readTermCounts } from '../../extension/db/term-counts.ts';
import { readTotals } from '../../extension/db/totals.ts';
import { recoverInterruptedWork } from '../../extension/worker/background-jobs.ts';
import { REINDEX_ALARM } from '../../extension/worker/reindex-job.ts';
import { fingerprintStory } from '../../lib/fingerprint/story-fingerprint.ts';
import { FINGERPRINT_VERSION } from '../../lib/fingerprint/version.ts';
import { sampledFeatures } from '../../lib/retrieve/sample.ts';
import { loadFixtureStories } from '../support/fixtures.ts';
import { expectFixturePagesJudged } from '../support/judge-fixtures.ts';

const random = new Random(11);
const first = syntheticStory(random, 900_001, 120);
const last = syntheticStory(random, 900_002, 120);
const later = syntheticStory(random, 900_003, 120);
let dbName = '';
let counter = 0;
beforeEach(() => {
  fakeBrowser.reset();
  dbName = `reindex-${counter++}`;
});

/**
 * A cache as an earlier version of Wiretrace left it: every story in a block
 * of its own (so a re-index takes many steps), indexed by an older
 * fingerprint, the stories without a language and the totals without languages.
 */
async function cacheFromAnEarlierVersion(): Promise<void> {
  const db = new WiretraceDatabase(dbName);
  for (const story of [first, ...loadFixtureStories(), last]) await saveStories(db, [story], 'bundle');
  await db.storyBlocks.toCollection().modify((block) => {
    for (const story of block.stories) delete story.language;
  });
  const { languages: _, ...totals } = await readTotals(db.meta);
  await writeMeta(db.meta, totals);
  await writeMeta(db.meta, { name: 'fingerprint', version: FINGERPRINT_VERSION - 1, generation: 'a' });
  db.close();
}

/** One step, as a worker that is stopped right after it would take it: a database opened afresh each time. */
async function stepInAFreshWorker(): Promise<FingerprintState> {
  const db = new WiretraceDatabase(dbName);
  await reindexStep(db, 1);
  const state = await fingerprintState(db);
  db.close();
  return state;
}

async function expectExactIndex(db: WiretraceDatabase): Promise<void> {
  const state = await fingerprintState(db);
  const stored = await allStories(db);
  const expected = new Map<number, number>();
  for (const story of stored) {
    const fingerprint = fingerprintStory(story);
    for (const term of fingerprint.terms) expected.set(term, (expected.get(term) ?? 0) + 1);
    const sample = sampledFeatures(fingerprint.features);
    const found = await readFeatures(db, state, sample);
    for (const feature of sample) expect([...(found.get(feature) ?? [])], story.id).toContain(story.key);
  }
  const counts = await readTermCounts(termCountsOf(db, state.generation), expected.keys());
  expect(counts).toEqual(expected);
}

describe('re-indexing for a new fingerprint', () => {
  it('rebuilds the index from the text, newest first and resumably, judging every page as before at every step', async () => {
    await cacheFromAnEarlierVersion();
    const seen: FingerprintState[] = [];
    for (let step = 0; ; step++) {
      const db = new WiretraceDatabase(dbName);
      await expectFixturePagesJudged(db);
      if (step === 3) {
        // Between steps the reader goes on: a story arrives, two are removed (one re-indexed already, one not).
        await saveStories(db, [later], 'feed');
        const gone = new Set([first.id, last.id]);
        expect(await new StoryCache(db).remove(storiesWhere((s) => gone.has(s.id)))).toBe(2);
      }
      db.close();
      const state = await stepInAFreshWorker();
      seen.push(state);
      if (!state.rebuild) break;
    }
    // Newest block first, one block a step, until none is left below.
    const belows = seen.flatMap((s) => (s.rebuild ? [s.rebuild.below] : []));
    expect(belows).toEqual([...belows].sort((a, b) => b - a));
    expect(new Set(belows).size).toBe(belows.length);

    const db = new WiretraceDatabase(dbName);
    expect(await fingerprintState(db)).toEqual({
      name: 'fingerprint',
      version: FINGERPRINT_VERSION,
      generation: 'b',
    });
    // The old generation is emptied once the new one is in use.
    expect(await db.postings.count()).toBe(0);
    expect(await db.recentPostings.count()).toBe(0);
    expect(await db.termCounts.count()).toBe(0);
    const stored = await allStories(db);
    expect(stored.map((s) => s.id).sort()).toEqual([...loadFixtureStories(), later].map((s) => s.id).sort());
    for (const story of stored) expect(story.language, story.id).toBe('en');
    expect((await readTotals(db.meta)).languages).toEqual({ en: stored.length });
    await expectExactIndex(db);
    await expectFixturePagesJudged(db);
    db.close();
  });

  it('starts again when the definition changed in the middle of a rebuild', async () => {
    await cacheFromAnEarlierVersion();
    const db = new WiretraceDatabase(dbName);
    // A rebuild begun by an older version, which wrote a stray posting and count into generation b.
    await FEATURE_INDEXES.b.add(db, [{ key: 999_999, features: [12_345] }]);
    await writeMeta(db.meta, {
      name: 'fingerprint',
      version: FINGERPRINT_VERSION - 1,
      generation: 'a',
      rebuild: { version: FINGERPRINT_VERSION - 1, generation: 'b', below: 3, stories: 13, indexed: 10 },
    });
    const progress = await reindexStep(db, 1);
    expect(progress).toMatchObject({ indexed: 1 });
    expect((await readMeta(db.meta, 'fingerprint'))?.rebuild).toMatchObject({ version: FINGERPRINT_VERSION });
    while (await reindexStep(db));
    expect([...((await readFeatures(db, await fingerprintState(db), [12_345])).get(12_345) ?? [])]).toEqual(
      [],
    );
    await expectExactIndex(db);
    db.close();
  });

  it('is a worker job: it runs when the worker starts, wakes by alarm while under way and stops when done', async () => {
    await cacheFromAnEarlierVersion();
    const db = new WiretraceDatabase(dbName);
    const create = vi.spyOn(fakeBrowser.alarms, 'create');
    await recoverInterruptedWork(db);
    expect(create).toHaveBeenCalledWith(REINDEX_ALARM, { periodInMinutes: 1 });
    expect(await fakeBrowser.alarms.get(REINDEX_ALARM)).toBeUndefined();
    expect(await fingerprintState(db)).toMatchObject({ version: FINGERPRINT_VERSION });
    expect(await new StoryCache(db).reindexStep()).toBeNull();
    await expectFixturePagesJudged(db);
    db.close();
  });

  it('leaves a new cache alone: its empty index is already today’s', async () => {
    const db = new WiretraceDatabase(dbName);
    expect(await fingerprintState(db)).toEqual({
      name: 'fingerprint',
      version: FINGERPRINT_VERSION,
      generation: 'a',
    });
    await saveStories(db, loadFixtureStories(), 'bundle');
    expect(await new StoryCache(db).reindexStep()).toBeNull();
    expect((await readTotals(db.meta)).languages).toEqual({ en: loadFixtureStories().length });
    db.close();
  });
});
