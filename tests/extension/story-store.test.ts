import { readFileSync } from 'node:fs';
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { WiretraceDatabase } from '../../extension/db/database.ts';
import { retrieveCandidates } from '../../extension/db/story-retrieval.ts';
import { cacheStats, clearStories, exportBundle, importBundle } from '../../extension/db/story-store.ts';
import { analyzeArticle } from '../../extension/worker/analyze-page.ts';
import { Matcher } from '../../lib/engine/matcher.ts';
import { prepareArticle } from '../../lib/engine/prepare.ts';
import { extractFromHtml } from '../../lib/extract/html.ts';
import { loadFixtureStories, readFixturePage, STORIES_JSONL } from '../support/fixtures.ts';

const bundle = readFileSync(STORIES_JSONL, 'utf8');
let db: WiretraceDatabase;
let name = 0;

beforeEach(() => {
  fakeBrowser.reset();
  db = new WiretraceDatabase(`test-${name++}`);
});

describe('the story store', () => {
  it('imports a bundle, counts its sources and exports it back', async () => {
    expect(await importBundle(db, bundle)).toEqual({ imported: 11, total: 11 });
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
    expect(await db.stories.count()).toBe(11);
    expect(await db.stories.where('id').equals('new').count()).toBe(0);
  });

  it('replaces a story imported again under the same id and keeps word counts exact', async () => {
    await importBundle(db, bundle);
    const before = await db.terms.toArray();
    await importBundle(db, bundle);
    expect(await db.stories.count()).toBe(11);
    expect(await db.terms.toArray()).toEqual(before);
    await clearStories(db);
    expect(await db.stories.count()).toBe(0);
    expect(await db.terms.count()).toBe(0);
  });
});

describe('matching from IndexedDB', () => {
  it('finds the same originals and verdicts as the in-memory engine', async () => {
    await importBundle(db, bundle);
    const memory = new Matcher();
    for (const story of loadFixtureStories()) memory.addStory(story);
    for (const page of [
      'flood-paraphrase.html',
      'flood-partial.html',
      'court-rewrite.html',
      'battery-independent.html',
    ]) {
      const article = extractFromHtml(readFixturePage(page));
      const fromDb = await analyzeArticle(db, article);
      const inMemory = memory.match(article);
      expect(fromDb.status).toBe('judged');
      if (fromDb.status !== 'judged' || inMemory.status !== 'judged') continue;
      expect(fromDb.explanation.verdict).toBe(inMemory.explanation.verdict);
      expect(fromDb.explanation.original.id).toBe(inMemory.explanation.original.id);
      expect(fromDb.explanation.coverage).toEqual(inMemory.explanation.coverage);
    }
  });

  it('ranks the original first among the candidates', async () => {
    await importBundle(db, bundle);
    const page = prepareArticle(extractFromHtml(readFixturePage('court-rewrite.html')));
    const { stories } = await retrieveCandidates(db, page.fingerprint, 3);
    expect(stories[0]?.id).toBe('ap-2026-09-22-hurst-sentenced');
  });
});
