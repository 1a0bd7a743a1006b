import { readFileSync } from 'node:fs';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { CAPTURE_BUDGET, keepCapturesWithinBudget } from '../../extension/capture/capture-budget.ts';
import { captureStory } from '../../extension/capture/capture-story.ts';
import { WiretraceDatabase } from '../../extension/db/database.ts';
import { applyRetention } from '../../extension/db/retention.ts';
import { saveStories } from '../../extension/db/save-stories.ts';
import { allStories } from '../../extension/db/story-blocks.ts';
import { StoryCache } from '../../extension/db/story-cache.ts';
import { readTotals } from '../../extension/db/totals.ts';
import { ImportSession } from '../../extension/import/import-session.ts';
import { sendBundle } from '../../extension/import/send-bundle.ts';
import { dispatch, requestHandlers } from '../../extension/worker/handlers.ts';
import { tabResult } from '../../extension/worker/tab-results.ts';
import { storiesToJsonl } from '../../lib/corpus/jsonl.ts';
import type { Article } from '../../lib/extract/article.ts';
import { extractFromHtml } from '../../lib/extract/html.ts';
import { loadFixtureStories, STORIES_JSONL } from '../support/fixtures.ts';
import { importBundle } from '../support/import-bundle.ts';

let db: WiretraceDatabase;
let name = 0;
const stories = loadFixtureStories();
const SMALLEST_LIMITS = { maxAgeDays: 1, maxStories: 100, maxMegabytes: 10 };

beforeEach(() => {
  fakeBrowser.reset();
  db = new WiretraceDatabase(`captures-${name++}`);
  vi.spyOn(console, 'warn').mockImplementation(() => undefined);
});

/** An article of `chars` characters of text, as a hostile site would serve to be captured. */
function hugeArticle(chars: number, n: number): Article {
  const paragraph = `Paragraph ${n} of a page built to fill the cache, saying the same things again and again for size. `;
  const base = extractFromHtml(
    `<html><body><article><h1>Filler ${n}</h1><p>${paragraph.repeat(3)}</p><p>${paragraph.repeat(4)}</p></article></body></html>`,
  );
  return {
    ...base,
    paragraphs: Array.from({ length: Math.ceil(chars / paragraph.length) }, () => paragraph),
  };
}

describe('captured stories', () => {
  it('cannot push out what bundles and feeds brought, even at the smallest cache limits', async () => {
    await importBundle(db, readFileSync(STORIES_JSONL, 'utf8'));
    const genuine = (await allStories(db)).length;
    for (let n = 0; n < 3; n++)
      await captureStory(db, `https://news.example/filler-${n}`, hugeArticle(4_000_000, n), {
        kind: 'copy',
        source: 'Reuters',
      });
    const captured = (await allStories(db)).filter((s) => s.via.includes('copy'));
    expect(captured).toHaveLength(3);
    // Each is cut to the captures' longest story.
    for (const story of captured) expect(story.text.length).toBeLessThanOrEqual(CAPTURE_BUDGET.textChars);
    expect((await readTotals(db.meta)).captured).toMatchObject({ stories: 3 });
    expect(await applyRetention(db, SMALLEST_LIMITS, Date.now())).toBe(0);
    expect((await allStories(db)).filter((s) => s.via.includes('bundle'))).toHaveLength(genuine);
  });

  it('are held to their own budget, the longest in the cache going first', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    try {
      const start = Date.parse('2026-12-01T00:00:00Z');
      for (const [i, story] of stories.slice(0, 4).entries()) {
        vi.setSystemTime(start + i * 60_000);
        await saveStories(db, [{ ...story, url: `https://news.example/${i}` }], 'copy');
      }
      await saveStories(db, [stories[4] as (typeof stories)[0]], 'feed');
      const budget = CAPTURE_BUDGET as { stories: number };
      const saved = budget.stories;
      budget.stories = 2;
      try {
        expect(await keepCapturesWithinBudget(db)).toBe(2);
      } finally {
        budget.stories = saved;
      }
      const left = await allStories(db);
      expect(left.map((s) => s.url ?? s.id)).toEqual([
        'https://news.example/2',
        'https://news.example/3',
        stories[4]?.url ?? stories[4]?.id,
      ]);
      expect((await readTotals(db.meta)).captured).toMatchObject({ stories: 2 });
    } finally {
      vi.useRealTimers();
    }
  });

  it('say on which day the reader read them, not at what time', async () => {
    const { published: _, ...undated } = stories[0] as (typeof stories)[0];
    await saveStories(db, [{ ...undated, url: 'https://news.example/a' }], 'copy');
    await saveStories(db, [stories[1] as (typeof stories)[0]], 'feed');
    const [copy, fed] = await allStories(db);
    expect((copy?.addedAt as number) % 86_400_000).toBe(0);
    expect((copy?.time as number) % 86_400_000).toBe(0);
    expect(fed?.addedAt).toBeGreaterThan(copy?.addedAt as number);
  });

  it('leave the captures’ count once a feed brings the same story', async () => {
    const story = { ...(stories[0] as (typeof stories)[0]), url: 'https://www.reuters.com/a' };
    await saveStories(db, [story], 'capture');
    expect((await readTotals(db.meta)).captured).toEqual({ stories: 1, bytes: expect.any(Number) });
    await saveStories(db, [{ ...story, id: 'feed-guid' }], 'feed');
    expect((await readTotals(db.meta)).captured).toEqual({ stories: 0, bytes: 0 });
  });
});

describe('a page planting a wire "original"', () => {
  const planted = `<html><head><title>Ministers agree on port rescue</title>
<meta property="article:published_time" content="2020-01-01T00:00:00Z"></head>
<body><article><h1>Ministers agree port rescue \u202Egnissim\u202C ${'x'.repeat(20)}</h1>
<p>LONDON (Reuters) - Ministers agreed on Tuesday to a rescue package for the country's three largest ports, after weeks of talks with unions and shipping lines over job losses and unpaid wages.</p>
<p>The package includes loans of 2.4 billion pounds and a promise to keep all 11,000 dock jobs for at least five years, the transport ministry said in a statement.</p>
<p>Union leaders welcomed the deal but warned that they would strike again if the government failed to honour the job guarantees within the first year.</p>
<p>Shipping lines said they would resume normal schedules from next week, ending a month of delays that left hundreds of containers stranded at sea.</p>
</article></body></html>`;
  const plantedBy = { tab: { id: 31 } as never, url: 'https://news.example/ports' };
  let handlers: ReturnType<typeof requestHandlers>;
  beforeEach(() => {
    handlers = requestHandlers(() => db);
  });

  it('is kept as that site’s copy, under the tab’s address, its title cleaned and its date not kept', async () => {
    await dispatch(handlers, { type: 'analyze-page', html: planted }, plantedBy);
    expect(await tabResult(31)).toMatchObject({ state: 'captured', source: 'Reuters', site: 'news.example' });
    const [kept] = await allStories(db);
    expect(kept).toMatchObject({ url: 'https://news.example/ports', via: ['copy'], source: 'Reuters' });
    expect(kept?.published).toBeUndefined();
    expect(kept?.title).not.toMatch(/[\u202a-\u202e]/u);
  });

  it('never makes a later rewrite a syndicated copy of the wire: the verdict says it rests on the site’s copy', async () => {
    await importBundle(db, readFileSync(STORIES_JSONL, 'utf8'));
    await dispatch(handlers, { type: 'analyze-page', html: planted }, plantedBy);
    const copy = planted.replace('LONDON (Reuters) - ', '').replace('<h1>', '<h1>Port deal: ');
    const elsewhere = { tab: { id: 32 } as never, url: 'https://daily.example/ports' };
    const reply = await dispatch(handlers, { type: 'analyze-page', html: copy }, elsewhere);
    expect(reply).toMatchObject({ ok: true, value: { show: false } });
    const line = (reply as { value: { line: string } }).value.line;
    expect(line).toMatch(/^(Copy of|Rewrite of|Partial copy of) news\.example's copy of Reuters/);
    const result = await tabResult(32);
    if (result?.state !== 'judged' || result.result.status !== 'judged') throw new Error('not judged');
    expect(result.result.explanation.basis).toEqual({ kind: 'copy', site: 'news.example' });
    expect(await db.copies.count()).toBe(0);
  });

  it('cannot choose the address it is stored under: a message naming another origin is refused', async () => {
    const claimed = { type: 'analyze-page', url: 'https://www.reuters.com/world/ports', html: planted };
    expect(await dispatch(handlers, claimed, plantedBy)).toEqual({
      ok: false,
      error: "the page's address is not on the origin it was sent from",
    });
    expect(await allStories(db)).toHaveLength(0);
  });
});

describe('emptying the cache while an import runs', () => {
  it('cancels the import and says so: it never ends saying it imported everything', async () => {
    const session = new ImportSession(db);
    const many = Array.from({ length: 1_500 }, (_, i) => ({
      ...(stories[i % stories.length] as (typeof stories)[0]),
      id: `bulk-${i}`,
      url: `https://wire.example/${i}`,
    }));
    let emptied = false;
    const sending = sendBundle(
      storiesToJsonl(many),
      async (message) => {
        const reply = await session.handle(message);
        if (message.type === 'chunk' && !emptied) {
          emptied = true;
          await new StoryCache(db).clear();
          session.cancel('The cache was emptied while this import was running: the import was cancelled.');
        }
        return reply;
      },
      { file: 'bundle.jsonl' },
    );
    await expect(sending).rejects.toThrow(/the import was cancelled/);
    expect(await allStories(db)).toHaveLength(0);
    expect(await db.meta.get('import')).toBeUndefined();
  });
});
