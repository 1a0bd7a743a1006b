import { readFileSync } from 'node:fs';
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { WiretraceDatabase } from '../../extension/db/database.ts';
import { IndexedDbStoryIndex } from '../../extension/db/indexed-db-story-index.ts';
import { allStories } from '../../extension/db/story-blocks.ts';
import { cacheStats, clearStories, exportBundle } from '../../extension/db/story-store.ts';
import { readTotals } from '../../extension/db/totals.ts';
import { analyzeArticle } from '../../extension/worker/analyze-page.ts';
import { Matcher } from '../../lib/engine/matcher.ts';
import { prepareArticle } from '../../lib/engine/prepare.ts';
import type { Explanation } from '../../lib/explain/explanation.ts';
import { extractFromHtml } from '../../lib/extract/html.ts';
import { fingerprintStory } from '../../lib/fingerprint/story-fingerprint.ts';
import { loadFixtureStories, readFixturePage, STORIES_JSONL } from '../support/fixtures.ts';
import { importBundle } from '../support/import-bundle.ts';
import { expectFixturePagesJudged } from '../support/judge-fixtures.ts';

const bundle = readFileSync(STORIES_JSONL, 'utf8');
let db: WiretraceDatabase;
let name = 0;

beforeEach(() => {
  fakeBrowser.reset();
  db = new WiretraceDatabase(`test-${name++}`);
});

describe('the story store', () => {
  it('imports a bundle, counts its sources and exports it back', async () => {
    expect(await importBundle(db, bundle)).toMatchObject({ imported: 11, added: 11, total: 11 });
    const stats = await cacheStats(db);
    expect(stats.stories).toBe(11);
    expect(stats.sources).toEqual(
      expect.arrayContaining([
        { source: 'AFP', stories: 4 },
        { source: 'Reuters', stories: 3 },
        { source: 'AP', stories: 3 },
        { source: 'PA', stories: 1 },
      ]),
    );
    const exported = await exportBundle(db);
    expect(exported.stories).toBe(11);
    expect(
      exported.jsonl
        .trim()
        .split('\n')
        .map((l) => JSON.parse(l).id)
        .sort(),
    ).toEqual(
      loadFixtureStories()
        .map((s) => s.id)
        .sort(),
    );
  });

  it('rejects a bundle with a bad line whole, leaving the cache as it was', async () => {
    await importBundle(db, bundle);
    const broken = `${JSON.stringify({ id: 'new', source: 'AP', title: 'T', text: 'Body.' })}\n{"id": "x"\n`;
    await expect(importBundle(db, broken)).rejects.toThrow(/line 2/);
    expect((await allStories(db)).length).toBe(11);
    expect((await allStories(db)).filter((s) => s.id === 'new').length).toBe(0);
  });

  it('keeps one story for a repeat and a new version for a changed text, with exact term counts', async () => {
    await importBundle(db, bundle);
    const again = await importBundle(db, bundle);
    expect(again).toMatchObject({ added: 0, versions: 0, repeats: 11, total: 11 });
    await expectExactCounts(db);
    const [first] = loadFixtureStories();
    const corrected = { ...first, text: `${first?.text} Corrects the day of the vote.` };
    const update = await importBundle(db, JSON.stringify(corrected));
    expect(update).toMatchObject({ added: 0, versions: 1, total: 12 });
    const versions = (await allStories(db))
      .filter((s) => s.thread === first?.id)
      .sort((a, b) => a.version - b.version);
    expect(versions.map((v) => [v.id, v.version])).toEqual([
      [first?.id, 1],
      [`${first?.id}~v2`, 2],
    ]);
    await expectExactCounts(db);
    await clearStories(db);
    expect((await allStories(db)).length).toBe(0);
    expect(await db.termCounts.count()).toBe(0);
    expect(await readTotals(db.meta)).toMatchObject({ stories: 0, bytes: 0 });
  });
});

/** The stored term counts and totals equal those recomputed from the stored stories. */
async function expectExactCounts(db: WiretraceDatabase): Promise<void> {
  const expected = new Map<number, number>();
  const stories = await allStories(db);
  for (const story of stories)
    for (const term of fingerprintStory(story).terms) expected.set(term, (expected.get(term) ?? 0) + 1);
  const stored = new Map<number, number>();
  for (const row of await db.termCounts.toArray())
    row.terms.forEach((term, i) => {
      stored.set(term, row.counts[i] as number);
    });
  expect(stored).toEqual(expected);
  expect((await readTotals(db.meta)).stories).toBe(stories.length);
}

function withoutOrigins(explanation: Explanation): Explanation {
  const { origin: _, ...original } = explanation.original;
  return {
    ...explanation,
    original: { ...original, thread: original.thread.map(({ origin: _o, ...take }) => take) },
  };
}

describe('matching from IndexedDB', () => {
  it('judges every fixture page as the in-memory engine is expected to', async () => {
    await importBundle(db, bundle);
    await expectFixturePagesJudged(db);
  });

  it('aligns a page exactly as the in-memory engine when both name the same original', async () => {
    await importBundle(db, bundle);
    const memory = new Matcher();
    for (const story of loadFixtureStories()) memory.addStory(story);
    for (const page of ['flood-paraphrase.html', 'flood-partial.html', 'court-rewrite.html']) {
      const article = extractFromHtml(readFixturePage(page));
      const [fromDb, inMemory] = [await analyzeArticle(db, article), await memory.match(article)];
      if (fromDb.status !== 'judged' || inMemory.status !== 'judged') throw new Error(`${page} not judged`);
      expect(fromDb.explanation.original.id).toBe(inMemory.explanation.original.id);
      // The same in every part, but where the stored story came from, which only the cache knows.
      expect(withoutOrigins(fromDb.explanation)).toEqual(inMemory.explanation);
      expect(fromDb.explanation.original.origin).toMatchObject({ via: ['bundle'] });
    }
  });

  it('ranks the original first among the candidates', async () => {
    await importBundle(db, bundle);
    const page = prepareArticle(extractFromHtml(readFixturePage('court-rewrite.html')));
    const index = new IndexedDbStoryIndex(db);
    const [best] = await index.candidates(page.fingerprint, 3);
    const [story] = await index.stories([best?.key ?? -1]);
    expect(story?.story.id).toBe('ap-2026-09-22-hurst-sentenced');
    const memory = new Matcher();
    for (const fixture of loadFixtureStories()) memory.addStory(fixture);
    const fromMemory = await memory.index.candidates(page.fingerprint, 12);
    const fromDb = await index.candidates(page.fingerprint, 12);
    expect(fromDb.map((c) => c.score)).toEqual(fromMemory.map((c) => c.score));
  });
});
