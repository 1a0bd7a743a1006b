import { readFileSync } from 'node:fs';
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { Random, syntheticStory } from '../../bench/synthetic.ts';
import { WiretraceDatabase } from '../../extension/db/database.ts';
import { FEATURE_INDEXES } from '../../extension/db/indexes.ts';
import { PostingStore } from '../../extension/db/posting-store.ts';
import { removeStories } from '../../extension/db/remove-stories.ts';
import type { StoredStory } from '../../extension/db/rows.ts';
import { saveStories } from '../../extension/db/save-stories.ts';
import { allStories } from '../../extension/db/story-blocks.ts';
import { storiesNamed, storyNames } from '../../extension/db/story-names.ts';
import { storiesWhere } from '../../extension/db/story-selections.ts';
import { clearStories } from '../../extension/db/story-store.ts';
import { rollBackUnfinishedImport } from '../../extension/import/import-job.ts';
import { analyzeArticle } from '../../extension/worker/analyze-page.ts';
import { storiesToJsonl } from '../../lib/corpus/jsonl.ts';
import type { Story } from '../../lib/corpus/story.ts';
import { Matcher } from '../../lib/engine/matcher.ts';
import { extractFromHtml } from '../../lib/extract/html.ts';
import { extractFromText } from '../../lib/extract/plain-text.ts';
import { fingerprintStory } from '../../lib/fingerprint/story-fingerprint.ts';
import { storedFeatures } from '../../lib/retrieve/sample.ts';
import { fixturePages, loadFixtureStories, readFixturePage, STORIES_JSONL } from '../support/fixtures.ts';
import { importBundle } from '../support/import-bundle.ts';
import { expectFixturePagesJudged } from '../support/judge-fixtures.ts';

const fixtures = readFileSync(STORIES_JSONL, 'utf8');
const random = new Random(7);
/** Enough stories to pass the first merge (2,000 recent stories) with some left recent. */
const filler = Array.from({ length: 2_600 }, (_, i) => syntheticStory(random, 100_000 + i, 120));
const fillerStories = storiesWhere((s) => s.id.startsWith('story-'));
let db: WiretraceDatabase;
let name = 0;

beforeEach(() => {
  fakeBrowser.reset();
  db = new WiretraceDatabase(`postings-${name++}`);
});

/** Every (feature, key) an index holds, main and recent rows together. */
async function storedPostings(
  index: 'features' | 'names' = 'features',
): Promise<{ feature: number; key: number }[]> {
  const [main, recent] = index === 'features' ? [db.postings, db.recentPostings] : [db.names, db.recentNames];
  const rows = [...(await main.toArray()), ...(await recent.toArray())];
  return rows.flatMap((row) =>
    Array.from(row.features, (feature, i) => ({ feature, key: row.keys[i] as number })),
  );
}

/**
 * Both indexes hold exactly what the stored stories call for, no more, no
 * less: their stored features (sample and lede), and their names.
 */
async function expectExactIndex(): Promise<void> {
  const stories = await allStories(db);
  const expected = (features: (story: StoredStory) => readonly number[]) =>
    stories.flatMap((s) => features(s).map((feature) => `${feature}:${s.key}`)).sort();
  const held = async (index: 'features' | 'names') =>
    (await storedPostings(index)).map((p) => `${p.feature}:${p.key}`).sort();
  expect(await held('features')).toEqual(expected((s) => storedFeatures(fingerprintStory(s))));
  expect(await held('names')).toEqual(expected(storyNames));
}

/** Every fixture page gets the verdict and original the in-memory engine gives over the same stories. */
async function expectSameJudgementsAsInMemory(stories: readonly Story[]): Promise<void> {
  const matcher = new Matcher();
  for (const story of stories) matcher.addStory(story);
  for (const page of fixturePages()) {
    const content = readFixturePage(page);
    const article = page.endsWith('.html') ? extractFromHtml(content) : extractFromText(content);
    const [inMemory, stored] = [await matcher.match(article), await analyzeArticle(db, article)];
    expect(stored.status, page).toBe(inMemory.status);
    if (inMemory.status !== 'judged' || stored.status !== 'judged') continue;
    expect(stored.explanation.verdict, page).toBe(inMemory.explanation.verdict);
    expect(stored.explanation.confidence, page).toBe(inMemory.explanation.confidence);
    if (inMemory.explanation.verdict !== 'unrelated')
      expect(stored.explanation.original.id, page).toBe(inMemory.explanation.original.id);
  }
}

describe('the posting store', () => {
  it('merges recent batches into bucket rows and still finds every story by its features', async () => {
    await importBundle(db, fixtures);
    await importBundle(db, storiesToJsonl(filler));
    const state = await FEATURE_INDEXES.a.state(db);
    expect(state.stories).toBeGreaterThanOrEqual(2_000);
    expect(state.buckets).toBeGreaterThan(1);
    expect(state.recentStories).toBe(filler.length + 11 - state.stories);
    expect(await db.postings.count()).toBe(state.buckets);
    await expectExactIndex();
    const story = (await allStories(db)).find((s) => s.id === filler[5]?.id);
    const features = storedFeatures(fingerprintStory(story as NonNullable<typeof story>));
    const found = await FEATURE_INDEXES.a.read(db, features);
    for (const feature of features) expect([...(found.get(feature) ?? [])]).toContain(story?.key);
    const named = await storiesNamed(db, [filler[5]?.id as string, filler[2_500]?.id as string], []);
    expect(named.map((s) => s.id).sort()).toEqual([filler[2_500]?.id, filler[5]?.id].sort());
    await expectSameJudgementsAsInMemory([...loadFixtureStories(), ...filler]);
  });

  it('counts removed stories, and drops their postings once they are a quarter of the index', async () => {
    await importBundle(db, fixtures);
    await importBundle(db, storiesToJsonl(filler));
    const mainStories = (await FEATURE_INDEXES.a.state(db)).stories;
    await removeStories(db, fillerStories, 100);
    expect((await FEATURE_INDEXES.a.state(db)).removed).toHaveLength(100);
    expect(await FEATURE_INDEXES.a.state(db)).toMatchObject({ stories: mainStories });
    const keys = new Set((await allStories(db)).map((s) => s.key));
    expect((await storedPostings()).filter((p) => !keys.has(p.key)).length).toBeGreaterThan(0);

    await removeStories(db, fillerStories);
    expect(await FEATURE_INDEXES.a.state(db)).toMatchObject({ removed: [], stories: 11, recentStories: 0 });
    await expectExactIndex();
    await expectFixturePagesJudged(db);
  });

  it('forgets what an unfinished import wrote, and everything on clear', async () => {
    await importBundle(db, fixtures);
    await db.meta.put({ name: 'import', id: 42, startedAt: Date.now(), file: 'test.jsonl' });
    await saveStories(db, filler.slice(0, 300), 'bundle', 42);
    expect(await rollBackUnfinishedImport(db)).toBe(300);
    expect(await db.recentPostings.where('importId').equals(42).count()).toBe(0);
    await expectExactIndex();
    await expectFixturePagesJudged(db);
    await clearStories(db);
    expect(await storedPostings()).toEqual([]);
    expect(await storedPostings('names')).toEqual([]);
    expect(await FEATURE_INDEXES.a.state(db)).toMatchObject({ stories: 0, recentStories: 0, removed: [] });
  });
});

describe('the merges of a posting store', () => {
  it('finds every stored key through recent rows, the middle run and the main index, and drops removed ones', async () => {
    const policy = { share: 0.25, min: 20, max: 50, rows: 64 };
    const store = new PostingStore<WiretraceDatabase>(
      'postings',
      (d) => ({ recent: d.recentPostings, main: d.postings, meta: d.meta }),
      { mergeAt: policy },
    );
    const draw = new Random(3);
    const live = new Map<number, number[]>();
    const stages = new Set<string>();
    let key = 1;
    const write = (change: () => Promise<void>) =>
      db.transaction('rw', db.recentPostings, db.postings, db.meta, change);
    for (let batch = 0; batch < 80; batch++) {
      const stories = Array.from({ length: 10 }, () => ({ key: key++, features: someFeatures(draw) }));
      await write(() => store.add(db, stories));
      for (const story of stories) live.set(story.key, story.features);
      if (batch % 6 === 5) {
        const gone = [...live.keys()].filter(() => draw.next() < 0.1);
        for (const removed of gone) live.delete(removed);
        await write(() => store.forget(db, gone));
      }
      const state = await store.state(db);
      if (state.middleStories > 0) stages.add('middle');
      else if (stages.has('middle')) stages.add('middle merged into main');
      if (state.stories > 0) stages.add('main');
      const allFeatures = [...new Set([...live.values()].flat())];
      const found = await store.read(db, allFeatures);
      const lingering = new Set(state.removed);
      for (const feature of allFeatures) {
        const keys = [...(found.get(feature) ?? [])];
        const expected = [...live].filter(([, features]) => features.includes(feature)).map(([k]) => k);
        expect(keys.filter((k) => !lingering.has(k)).sort((a, b) => a - b)).toEqual(expected);
        expect(new Set(keys).size).toBe(keys.length);
      }
    }
    expect([...stages].sort()).toEqual(['main', 'middle', 'middle merged into main']);
  });
});

/** A few features from a small space, so that stories share them. */
function someFeatures(draw: Random): number[] {
  return [...new Set(Array.from({ length: 6 }, () => (draw.int(400) * 2_654_435_761) & 0x7fffffff))];
}
