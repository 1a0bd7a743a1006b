import { readFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { captureStory } from '../../extension/capture/capture-story.ts';
import { parseWireSites, wireSiteOf } from '../../extension/capture/wire-sites.ts';
import { staleness } from '../../extension/db/cache-health.ts';
import { WiretraceDatabase } from '../../extension/db/database.ts';
import { applyRetention, StorageFullError, withRoomToWrite } from '../../extension/db/retention.ts';
import { DEFAULT_LIMITS } from '../../extension/db/retention-limits.ts';
import type { FeedState } from '../../extension/db/rows.ts';
import { saveStories } from '../../extension/db/save-stories.ts';
import { allStories } from '../../extension/db/story-blocks.ts';
import { readTermCounts } from '../../extension/db/term-counts.ts';
import { readTotals } from '../../extension/db/totals.ts';
import { rollBackUnfinishedImport } from '../../extension/import/import-job.ts';
import { storiesToJsonl } from '../../lib/corpus/jsonl.ts';
import { extractFromHtml } from '../../lib/extract/html.ts';
import { fingerprintStory } from '../../lib/fingerprint/story-fingerprint.ts';
import { loadFixtureStories, STORIES_JSONL } from '../support/fixtures.ts';
import { importBundle } from '../support/import-bundle.ts';
import { articlePage, articlePath } from '../support/wire-site.ts';

const bundle = readFileSync(STORIES_JSONL, 'utf8');
const stories = loadFixtureStories();
const DAY = 86_400_000;
let db: WiretraceDatabase;
let name = 0;

beforeEach(() => {
  fakeBrowser.reset();
  db = new WiretraceDatabase(`lifecycle-${name++}`);
});

/** Term counts and totals equal those recomputed from the stories stored. */
async function expectConsistent(): Promise<void> {
  const stored = await allStories(db);
  const expected = new Map<number, number>();
  for (const story of stored)
    for (const term of fingerprintStory(story).terms) expected.set(term, (expected.get(term) ?? 0) + 1);
  const counts = await readTermCounts(db.termCounts, expected.keys());
  expect(new Map([...counts].filter(([, n]) => n > 0))).toEqual(expected);
  expect(await db.termCounts.toArray().then((rows) => rows.reduce((n, r) => n + r.terms.length, 0))).toBe(
    expected.size,
  );
  const totals = await readTotals(db.meta);
  expect(totals.stories).toBe(stored.length);
  expect(totals.bytes).toBe(stored.reduce((sum, s) => sum + s.bytes, 0));
}

describe('capture on wire sites', () => {
  const site = { kind: 'wire-site', source: 'AP' } as const;
  const story = stories.find((s) => s.source === 'AP') ?? stories[0];
  const html = articlePage(story as (typeof stories)[0], 'https://apnews.com');
  const pageUrl = 'https://apnews.com/wire/story.html?utm_source=x#top';

  it('recognises wire sites and their subdomains, and reads the options list', () => {
    const sites = parseWireSites('apnews.com AP\n\nnews.example.org  Example Wire\n').sites;
    expect(wireSiteOf('www.apnews.com', sites)?.source).toBe('AP');
    expect(wireSiteOf('apnews.com.evil.example', sites)).toBeNull();
    expect(wireSiteOf('news.example.org', sites)?.source).toBe('Example Wire');
    expect(parseWireSites('not a site line').errors[0]).toMatch(/line 1/);
  });

  it('stores an article read there once, under its canonical address, and a changed text as a version', async () => {
    const article = extractFromHtml(html, pageUrl);
    expect(await captureStory(db, pageUrl, article, site)).toMatchObject({ added: 1 });
    expect(await captureStory(db, pageUrl, article, site)).toMatchObject({ added: 0, repeats: 1 });
    const updated = {
      ...article,
      paragraphs: [...article.paragraphs, 'This story has been updated with a statement.'],
    };
    expect(await captureStory(db, pageUrl, updated, site)).toMatchObject({ versions: 1 });
    const versions = await allStories(db);
    const canonical = `https://apnews.com${articlePath(story as (typeof stories)[0])}`;
    expect(versions.map((v) => [v.url, v.version, v.source, v.via])).toEqual([
      [canonical, 1, 'AP', ['capture']],
      [canonical, 2, 'AP', ['capture']],
    ]);
    await expectConsistent();
  });

  it('merges a feed item and a captured page of the same story into one', async () => {
    const article = extractFromHtml(html, pageUrl);
    await captureStory(db, pageUrl, article, site);
    const [captured] = await allStories(db);
    const fromFeed = {
      id: 'guid-123',
      source: 'AP',
      title: 'x',
      url: captured?.url,
      text: captured?.text ?? '',
    };
    expect(await saveStories(db, [fromFeed], 'feed')).toMatchObject({ repeats: 1 });
    expect((await allStories(db)).map((s) => s.via)).toEqual([['capture', 'feed']]);
  });

  it('does not store a page with too little text', async () => {
    const article = extractFromHtml(
      '<html><body><h1>Live: markets</h1><p>Updates soon.</p></body></html>',
      pageUrl,
    );
    expect(await captureStory(db, pageUrl, article, site)).toBeNull();
    expect((await allStories(db)).length).toBe(0);
  });
});

describe('retention', () => {
  const now = Date.parse('2026-11-23T12:00:00Z');
  afterEach(() => vi.useRealTimers());
  /** Saves each story as if it had entered the cache that many days before `now`. */
  const arrivedDaysAgo = async (days: number[]) => {
    vi.useFakeTimers({ toFake: ['Date'] });
    for (const [i, age] of days.entries()) {
      vi.setSystemTime(now - age * DAY);
      await saveStories(db, [stories[i] as (typeof stories)[0]], 'bundle');
    }
    vi.useRealTimers();
  };
  const daysInCache = async () =>
    (await allStories(db)).map((s) => Math.round((now - s.addedAt) / DAY)).sort((a, b) => a - b);

  it('evicts stories that entered the cache before the age limit, then those longest in it past the count and size limits', async () => {
    await arrivedDaysAgo([1, 2, 3, 40, 50, 100, 200]);
    expect(await applyRetention(db, { maxAgeDays: 90, maxStories: 100, maxMegabytes: 100 }, now)).toBe(2);
    expect(await applyRetention(db, { maxAgeDays: 90, maxStories: 3, maxMegabytes: 100 }, now)).toBe(2);
    expect(await daysInCache()).toEqual([1, 2, 3]);
    const { bytes } = await readTotals(db.meta);
    await applyRetention(db, { maxAgeDays: 90, maxStories: 100, maxMegabytes: (bytes - 1) / 1_000_000 }, now);
    expect(await daysInCache()).toEqual([1, 2]);
    await expectConsistent();
  });

  it('keeps an old archive it imports, with the default limits, until it has been in the cache past the age limit', async () => {
    const archive = stories.map((story, i) => ({
      ...story,
      published: new Date(Date.UTC(2019 + (i % 4), i % 12, 1 + i)).toISOString(),
    }));
    const result = await importBundle(db, storiesToJsonl(archive), async () => DEFAULT_LIMITS);
    expect(result).toMatchObject({ imported: archive.length, added: archive.length, removed: 0 });
    expect(result.total).toBe(archive.length);
    const day = (n: number) => Date.now() + n * DAY;
    expect(await applyRetention(db, DEFAULT_LIMITS, day(DEFAULT_LIMITS.maxAgeDays - 1))).toBe(0);
    expect(await applyRetention(db, DEFAULT_LIMITS, day(DEFAULT_LIMITS.maxAgeDays + 1))).toBe(archive.length);
    await expectConsistent();
  });

  it('makes room for an import with the stories longest in the cache, never with the ones it brought', async () => {
    await arrivedDaysAgo([5, 4, 3]);
    const earlier = (await allStories(db)).map((s) => s.id);
    const brought = stories.slice(3, 7).map((story) => ({ ...story, published: '2021-03-04T05:06:00Z' }));
    const limits = { ...DEFAULT_LIMITS, maxStories: 5 };
    const result = await importBundle(db, storiesToJsonl(brought), async () => limits);
    expect(result).toMatchObject({ imported: 4, added: 4, removed: 2, total: 5 });
    expect((await allStories(db)).map((s) => s.id).sort()).toEqual(
      [earlier[2], ...brought.map((s) => s.id)].sort(),
    );
    await expectConsistent();
  });

  it('forgets the copies known of a story when the story goes', async () => {
    await arrivedDaysAgo([100, 1]);
    const [old, kept] = (await allStories(db)).sort((a, b) => a.addedAt - b.addedAt);
    await db.copies.bulkPut([
      { key: `${old?.id}|daily.example`, story: old?.id as string, site: 'daily.example' },
      { key: `${kept?.id}|daily.example`, story: kept?.id as string, site: 'daily.example' },
    ]);
    expect(await applyRetention(db, DEFAULT_LIMITS, now)).toBe(1);
    expect((await db.copies.toArray()).map((c) => c.story)).toEqual([kept?.id]);
  });

  it('refuses a bundle larger than the cache keeps, before writing anything', async () => {
    await arrivedDaysAgo([1]);
    const limits = { ...DEFAULT_LIMITS, maxStories: 3 };
    await expect(importBundle(db, bundle, async () => limits)).rejects.toThrow(
      /holds 11 stories and the cache keeps at most 3.*Nothing was changed/,
    );
    expect(await allStories(db)).toHaveLength(1);
    await expectConsistent();
  });

  it('keeps an import that is in when applying the limits after it fails', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const result = await importBundle(db, bundle, async () => {
      throw new Error('settings unreadable');
    });
    expect(result).toMatchObject({ imported: stories.length, removed: 0, total: stories.length });
    expect(await allStories(db)).toHaveLength(stories.length);
  });

  it('evicts the oldest and retries when the browser is out of room', async () => {
    await arrivedDaysAgo([5, 4, 3, 2, 1]);
    let attempts = 0;
    const write = () => {
      attempts++;
      if (attempts === 1)
        return Promise.reject(Object.assign(new Error('full'), { name: 'QuotaExceededError' }));
      return saveStories(db, [{ ...(stories[6] as (typeof stories)[0]), id: 'fresh' }], 'bundle');
    };
    expect(await withRoomToWrite(db, write)).toMatchObject({ added: 1 });
    expect(attempts).toBe(2);
    expect((await allStories(db)).length).toBe(1);
    expect(((await db.meta.get('quota')) as { evicted: number }).evicted).toBe(5);
    await expectConsistent();
  });

  it('reports a full disk when evicting does not help, with the cache consistent', async () => {
    await arrivedDaysAgo([2, 1]);
    const full = () =>
      Promise.reject(Object.assign(new Error('full'), { inner: { name: 'QuotaExceededError' } }));
    await expect(withRoomToWrite(db, full)).rejects.toThrow(StorageFullError);
    await expectConsistent();
  });
});

describe('an import onto a full disk', () => {
  it('evicts nothing, takes back only what it wrote, and says exactly what the cache holds', async () => {
    await saveStories(db, stories.slice(0, 3), 'bundle');
    const before = (await allStories(db)).map((s) => s.id);
    const bulkAdd = db.storyBlocks.bulkAdd.bind(db.storyBlocks);
    let writes = 0;
    vi.spyOn(db.storyBlocks, 'bulkAdd').mockImplementation(((...args: Parameters<typeof bulkAdd>) => {
      // The first chunk is written; the disk is full by the second.
      if (++writes > 1)
        return Promise.reject(Object.assign(new Error('full'), { name: 'QuotaExceededError' }));
      return bulkAdd(...args);
    }) as typeof bulkAdd);
    const many = Array.from({ length: 1_200 }, (_, i) => ({
      ...(stories[i % stories.length] as (typeof stories)[0]),
      id: `bulk-${i}`,
      url: `https://wire.example/${i}`,
    }));
    await expect(importBundle(db, storiesToJsonl(many), async () => DEFAULT_LIMITS)).rejects.toThrow(
      /^The disk is full: the import stopped and took back the \d[\d,]* stories it had written\. The cache holds 3 stories, as before the import; nothing else was removed\.$/,
    );
    vi.restoreAllMocks();
    expect((await allStories(db)).map((s) => s.id)).toEqual(before);
    expect(await db.meta.get('quota')).toBeUndefined();
    await expectConsistent();
  });
});

describe('imports that do not finish', () => {
  it('rolls back what an import wrote before the worker stopped, keeping everything stored before', async () => {
    await importBundle(db, bundle.split('\n').slice(0, 5).join('\n'));
    const before = (await allStories(db)).map((s) => s.id).sort();
    // An import under way: its job recorded, part of its stories written, then the worker stopped.
    await db.meta.put({ name: 'import', id: 42, startedAt: Date.now(), file: 'test.jsonl' });
    await saveStories(db, stories.slice(5, 8), 'bundle', 42);
    expect((await allStories(db)).length).toBe(8);
    expect(await rollBackUnfinishedImport(db)).toBe(3);
    expect((await allStories(db)).map((s) => s.id).sort()).toEqual(before);
    expect(await db.meta.get('import')).toBeUndefined();
    await expectConsistent();
  });
});

describe('cache health', () => {
  const now = Date.parse('2026-11-23T12:00:00Z');
  const feed = (over: Partial<FeedState>): FeedState => ({
    url: 'https://wire.example/rss',
    source: 'AP',
    title: 'AP',
    enabled: true,
    builtIn: false,
    stories: 0,
    failures: 0,
    nextPoll: 0,
    ...over,
  });

  it('warns when an enabled feed has not worked for a day, or the newest story is days old', () => {
    expect(staleness([feed({ lastPolled: now, lastSuccess: now - 3_600_000 })], now, now)).toBeNull();
    expect(staleness([feed({ lastPolled: now, lastSuccess: now - 2 * DAY, failures: 9 })], now, now)).toMatch(
      /Feeds not updating: AP \(since 2026-11-21\)/,
    );
    expect(staleness([feed({ enabled: false, lastPolled: now })], now - 5 * DAY, now)).toMatch(/2026-11-18/);
    expect(staleness([], now - DAY, now)).toBeNull();
  });
});
