import { readFileSync } from 'node:fs';
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { Random, syntheticStory } from '../../bench/synthetic.ts';
import { WiretraceDatabase } from '../../extension/db/database.ts';
import { readPostings, readPostingsState } from '../../extension/db/posting-store.ts';
import { removeStories } from '../../extension/db/remove-stories.ts';
import { saveStories } from '../../extension/db/save-stories.ts';
import { clearStories, importBundle, rollBackUnfinishedImport } from '../../extension/db/story-store.ts';
import { analyzeArticle } from '../../extension/worker/analyze-page.ts';
import { storiesToJsonl } from '../../lib/corpus/jsonl.ts';
import type { Story } from '../../lib/corpus/story.ts';
import { Matcher } from '../../lib/engine/matcher.ts';
import { fingerprintStory } from '../../lib/engine/prepare.ts';
import { extractFromHtml } from '../../lib/extract/html.ts';
import { extractFromText } from '../../lib/extract/plain-text.ts';
import { sampledFeatures } from '../../lib/retrieve/sample.ts';
import { fixturePages, loadFixtureStories, readFixturePage, STORIES_JSONL } from '../support/fixtures.ts';
import { expectFixturePagesJudged } from '../support/judge-fixtures.ts';

const fixtures = readFileSync(STORIES_JSONL, 'utf8');
const random = new Random(7);
/** Enough stories to pass the first merge (2,000 recent stories) with some left recent. */
const filler = Array.from({ length: 2_600 }, (_, i) => syntheticStory(random, 100_000 + i, 120));
let db: WiretraceDatabase;
let name = 0;

beforeEach(() => {
  fakeBrowser.reset();
  db = new WiretraceDatabase(`postings-${name++}`);
});

/** Every (feature, key) the store holds, main and recent rows together. */
async function storedPostings(): Promise<{ feature: number; key: number }[]> {
  const rows = [...(await db.postings.toArray()), ...(await db.recentPostings.toArray())];
  return rows.flatMap((row) =>
    Array.from(row.features, (feature, i) => ({ feature, key: row.keys[i] as number })),
  );
}

/** The store holds exactly the sampled features of the stories stored, no more, no less. */
async function expectExactIndex(): Promise<void> {
  const expected = (await db.stories.toArray())
    .flatMap((s) => sampledFeatures(fingerprintStory(s).features).map((feature) => `${feature}:${s.key}`))
    .sort();
  expect((await storedPostings()).map((p) => `${p.feature}:${p.key}`).sort()).toEqual(expected);
}

/** Every fixture page gets the verdict and original the in-memory engine gives over the same stories. */
async function expectSameJudgementsAsInMemory(stories: readonly Story[]): Promise<void> {
  const matcher = new Matcher();
  for (const story of stories) matcher.addStory(story);
  for (const page of fixturePages()) {
    const content = readFixturePage(page);
    const article = page.endsWith('.html') ? extractFromHtml(content) : extractFromText(content);
    const [inMemory, stored] = [matcher.match(article), await analyzeArticle(db, article)];
    expect(stored.status, page).toBe(inMemory.status);
    if (inMemory.status !== 'judged' || stored.status !== 'judged') continue;
    expect(stored.explanation.verdict, page).toBe(inMemory.explanation.verdict);
    if (inMemory.explanation.verdict !== 'unrelated')
      expect(stored.explanation.original.id, page).toBe(inMemory.explanation.original.id);
  }
}

describe('the posting store', () => {
  it('merges recent batches into bucket rows and still finds every story by its features', async () => {
    await importBundle(db, fixtures);
    await importBundle(db, storiesToJsonl(filler));
    const state = await readPostingsState(db);
    expect(state.stories).toBeGreaterThanOrEqual(2_000);
    expect(state.buckets).toBeGreaterThan(1);
    expect(state.recentStories).toBe(filler.length + 11 - state.stories);
    expect(await db.postings.count()).toBe(state.buckets);
    await expectExactIndex();
    const story = await db.stories
      .where('id')
      .equals(filler[5]?.id as string)
      .first();
    const features = sampledFeatures(fingerprintStory(story as NonNullable<typeof story>).features);
    const found = await readPostings(db, features);
    for (const feature of features) expect([...(found.get(feature) ?? [])]).toContain(story?.key);
    await expectSameJudgementsAsInMemory([...loadFixtureStories(), ...filler]);
  });

  it('counts removed stories, and drops their postings once they are a quarter of the index', async () => {
    await importBundle(db, fixtures);
    await importBundle(db, storiesToJsonl(filler));
    const mainStories = (await readPostingsState(db)).stories;
    await removeStories(db, (d) => d.stories.where('id').startsWith('story-'), 100);
    expect(await readPostingsState(db)).toMatchObject({ removed: 100, stories: mainStories });
    const keys = new Set(await db.stories.toCollection().primaryKeys());
    expect((await storedPostings()).filter((p) => !keys.has(p.key)).length).toBeGreaterThan(0);

    await removeStories(db, (d) => d.stories.where('id').startsWith('story-'));
    expect(await readPostingsState(db)).toMatchObject({ removed: 0, stories: 11, recentStories: 0 });
    await expectExactIndex();
    await expectFixturePagesJudged(db);
  });

  it('forgets what an unfinished import wrote, and everything on clear', async () => {
    await importBundle(db, fixtures);
    await db.meta.put({ name: 'import', id: 42, startedAt: Date.now() });
    await saveStories(db, filler.slice(0, 300), 'bundle', 42);
    expect(await rollBackUnfinishedImport(db)).toBe(300);
    expect(await db.recentPostings.where('importId').equals(42).count()).toBe(0);
    await expectExactIndex();
    await expectFixturePagesJudged(db);
    await clearStories(db);
    expect(await storedPostings()).toEqual([]);
    expect(await readPostingsState(db)).toMatchObject({ stories: 0, recentStories: 0, removed: 0 });
  });
});
