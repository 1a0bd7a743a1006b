import { readFileSync } from 'node:fs';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { browser } from 'wxt/browser';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { WiretraceDatabase } from '../../extension/db/database.ts';
import { writeMeta } from '../../extension/db/meta-rows.ts';
import { DEFAULT_LIMITS } from '../../extension/db/retention-limits.ts';
import { readSettings } from '../../extension/db/settings-store.ts';
import { allStories } from '../../extension/db/story-blocks.ts';
import { DEFAULT_SETTINGS, isSiteListed } from '../../extension/settings.ts';
import { badgeSummary } from '../../extension/worker/badge-summary.ts';
import { dispatch, requestHandlers } from '../../extension/worker/handlers.ts';
import { JUDGEMENTS_PER_MINUTE, TabBudget } from '../../extension/worker/tab-budget.ts';
import { tabResult } from '../../extension/worker/tab-results.ts';
import { readFixturePage, STORIES_JSONL } from '../support/fixtures.ts';
import { importBundle } from '../support/import-bundle.ts';
import { apCopyPage } from '../support/wire-copy-page.ts';

let db: WiretraceDatabase;
let handlers: ReturnType<typeof requestHandlers>;
let name = 0;
const page = { tab: { id: 7 } as never, url: 'http://127.0.0.1/page' };

beforeEach(() => {
  fakeBrowser.reset();
  db = new WiretraceDatabase(`worker-${name++}`);
  handlers = requestHandlers(() => db);
  vi.spyOn(console, 'warn').mockImplementation(() => undefined);
});

describe('the worker', () => {
  it('judges a page, keeps the result for the tab and answers with the badge line', async () => {
    await importBundle(db, readFileSync(STORIES_JSONL, 'utf8'));
    const html = readFixturePage('flood-paraphrase.html');
    const reply = await dispatch(handlers, { type: 'analyze-page', html }, page);
    expect(reply.ok).toBe(true);
    if (!reply.ok) return;
    expect(reply.value).toMatchObject({ show: true, verdict: 'rewritten' });
    expect((reply.value as { line: string }).line).toMatch(
      /^Rewrite of AFP · 15 hours later · credit not found$/,
    );
    // Saved after the page has its answer.
    await vi.waitFor(async () => expect((await tabResult(7))?.state).toBe('judged'));
  });

  it('records for the popup that the page kept the badge from being shown', async () => {
    await importBundle(db, readFileSync(STORIES_JSONL, 'utf8'));
    const html = readFixturePage('flood-paraphrase.html');
    const reply = await dispatch(handlers, { type: 'analyze-page', html, badgeFailed: true }, page);
    expect(reply).toMatchObject({ ok: true, value: { verdict: 'rewritten' } });
    await vi.waitFor(async () =>
      expect(await tabResult(7)).toMatchObject({ state: 'judged', badgeFailed: true }),
    );
  });

  it('stores an article read on a wire site as an original instead of judging it', async () => {
    const html = readFixturePage('flood-paraphrase.html');
    const onWireSite = { tab: { id: 9 } as never, url: 'https://www.reuters.com/world/floods' };
    const reply = await dispatch(handlers, { type: 'analyze-page', html }, onWireSite);
    expect(reply).toMatchObject({ ok: true, value: { show: false } });
    expect(await tabResult(9)).toMatchObject({ state: 'captured', source: 'Reuters' });
    expect(
      (await allStories(db)).filter((s) => s.url === 'https://www.reuters.com/world/floods').length,
    ).toBe(1);
  });

  it('remembers a credited verbatim copy as a reference to its wire story', async () => {
    await importBundle(db, readFileSync(STORIES_JSONL, 'utf8'));
    const html = readFixturePage('flood-credited-copy.html');
    const meridian = { tab: { id: 7 } as never, url: 'https://dailymeridian.example/x' };
    await dispatch(handlers, { type: 'analyze-page', html }, meridian);
    await vi.waitFor(async () => expect(await db.copies.count()).toBe(1));
    expect(await db.copies.toArray()).toEqual([
      {
        key: 'afp-2026-10-18-piedmont-floods|dailymeridian.example',
        story: 'afp-2026-10-18-piedmont-floods',
        site: 'dailymeridian.example',
      },
    ]);
  });

  it('stores nothing from a private window: no original kept, no copy remembered', async () => {
    await importBundle(db, readFileSync(STORIES_JSONL, 'utf8'));
    const before = (await allStories(db)).length;
    const onWireSite = {
      tab: { id: 9, incognito: true } as never,
      url: 'https://www.reuters.com/world/floods',
    };
    const html = readFixturePage('flood-paraphrase.html');
    await dispatch(handlers, { type: 'analyze-page', html }, onWireSite);
    const copy = { tab: { id: 10, incognito: true } as never, url: 'https://dailymeridian.example/x' };
    const credited = readFixturePage('flood-credited-copy.html');
    const reply = await dispatch(handlers, { type: 'analyze-page', html: credited }, copy);
    expect(reply).toMatchObject({ ok: true, value: { verdict: 'syndicated' } });
    await vi.waitFor(async () => expect((await tabResult(10))?.state).toBe('judged'));
    expect((await allStories(db)).length).toBe(before);
    expect(await db.copies.count()).toBe(0);
  });

  it('keeps an original only from a wire site page served over HTTPS', async () => {
    const plain = { tab: { id: 11 } as never, url: 'http://www.reuters.com/world/floods' };
    const html = readFixturePage('flood-paraphrase.html');
    await dispatch(handlers, { type: 'analyze-page', html }, plain);
    expect((await tabResult(11))?.state).not.toBe('captured');
    expect(await allStories(db)).toHaveLength(0);
  });

  it('says the cache is empty instead of judging against nothing', async () => {
    const html = readFixturePage('flood-paraphrase.html');
    await dispatch(handlers, { type: 'analyze-page', html }, page);
    expect((await tabResult(7))?.state).toBe('cache-empty');
  });

  it.each([
    null,
    'hello',
    { type: 'drop-database' },
    { type: 'get-tab-result', tabId: 'seven' },
    { type: 'analyze-page', url: 'javascript:alert(1)', html: '<p>x</p>' },
    { type: 'analyze-page', html: 'x'.repeat(6_000_001) },
    { type: 'import-bundle', jsonl: '{}' },
    { type: 'add-feed', url: 'javascript:alert(1)', source: 'AP' },
    { type: 'add-feed', url: 'file:///etc/passwd', source: 'AP' },
    { type: 'add-feed', url: 'https://wire.example/rss', source: '' },
    { type: 'set-feed', url: 'https://wire.example/rss' },
    { type: 'poll-feeds', extra: { __proto__: null } },
  ])('rejects a malformed message without throwing: %j', async (message) => {
    expect(await dispatch(handlers, message, page)).toEqual({ ok: false, error: 'malformed message' });
  });
});

describe('who may ask what', () => {
  const optionsPage = () => ({ url: browser.runtime.getURL('/options.html') });
  const privileged = [
    { type: 'export-bundle' },
    { type: 'get-stats' },
    { type: 'clear-stories' },
    { type: 'get-tab-result', tabId: 3 },
    { type: 'judge-tab', tabId: 3 },
    { type: 'add-feed', url: 'http://127.0.0.1:9/feed.xml', source: 'AP' },
    { type: 'poll-feeds' },
    { type: 'apply-retention' },
  ];

  it.each(privileged)('refuses %j from a content script, whatever page it is on', async (message) => {
    await importBundle(db, readFileSync(STORIES_JSONL, 'utf8'));
    const reply = await dispatch(handlers, message, page);
    expect(reply).toEqual({ ok: false, error: "this request must come from one of Wiretrace's own pages" });
    expect((await allStories(db)).length).toBe(11);
    expect(await dispatch(handlers, { type: 'get-stats' }, optionsPage())).toMatchObject({ ok: true });
  });

  it("refuses a page's own requests from anywhere but a page in a tab", async () => {
    const html = readFixturePage('flood-paraphrase.html');
    for (const sender of [optionsPage(), { url: 'https://news.example/a' }]) {
      const reply = await dispatch(handlers, { type: 'analyze-page', html }, sender);
      expect(reply).toEqual({ ok: false, error: 'this request must come from a page' });
    }
  });
});

describe('a tab that changes its address in a loop', () => {
  it(`is judged ${JUDGEMENTS_PER_MINUTE} times a minute at most, and once more when the reader asks`, async () => {
    await importBundle(db, readFileSync(STORIES_JSONL, 'utf8'));
    let now = 1_000_000;
    handlers = requestHandlers(() => db, new TabBudget(JUDGEMENTS_PER_MINUTE, () => now));
    const html = readFixturePage('flood-credited-copy.html');
    const judge = async (n: number) => {
      const url = `http://127.0.0.1/probe?n=${n}`;
      await dispatch(handlers, { type: 'analyze-page', html }, { ...page, url });
      await vi.waitFor(async () => expect((await tabResult(7))?.url).toBe(url));
      return (await tabResult(7))?.state;
    };
    const states = [];
    for (let n = 0; n < JUDGEMENTS_PER_MINUTE + 2; n++) states.push(await judge(n));
    expect(states).toEqual([...Array(JUDGEMENTS_PER_MINUTE).fill('judged'), 'limited', 'limited']);
    // The content script asks first, and does not even read a page the worker would not judge.
    const policy = () => dispatch(handlers, { type: 'page-policy' }, page);
    expect(await policy()).toEqual({ ok: true, value: { enabled: true, withinBudget: false } });
    const other = { tab: { id: 8 } as never, url: 'http://127.0.0.1/other' };
    const reply = await dispatch(handlers, { type: 'analyze-page', html }, other);
    expect(reply).toMatchObject({ ok: true, value: { verdict: 'syndicated' } });
    const asked = await dispatch(
      handlers,
      { type: 'judge-tab', tabId: 7 },
      { url: browser.runtime.getURL('/popup.html') },
    );
    expect(asked).toEqual({ ok: true, value: null });
    expect(await policy()).toEqual({ ok: true, value: { enabled: true, withinBudget: true } });
    expect(await judge(100)).toBe('judged');
    expect(await judge(101)).toBe('limited');
    now += 60_001;
    expect(await judge(102)).toBe('judged');
  });
});

describe('a tab that asks again before its last answer', () => {
  it('stores only the newest judgement: the one it superseded is dropped', async () => {
    await importBundle(db, readFileSync(STORIES_JSONL, 'utf8'));
    const html = readFixturePage('flood-credited-copy.html');
    const [older, newer] = await Promise.all([
      dispatch(handlers, { type: 'analyze-page', html }, { ...page, url: 'http://127.0.0.1/a' }),
      dispatch(handlers, { type: 'analyze-page', html }, { ...page, url: 'http://127.0.0.1/b' }),
    ]);
    expect(older).toMatchObject({ ok: true, value: { show: false, verdict: null } });
    expect(newer).toMatchObject({ ok: true, value: { verdict: 'syndicated' } });
    await vi.waitFor(async () => expect((await tabResult(7))?.url).toBe('http://127.0.0.1/b'));
  });
});

describe('settings', () => {
  const optionsPage = () => ({ url: browser.runtime.getURL('/options.html') });

  it('keeps Wiretrace off on listed sites and their subdomains, the worker deciding by where the request came from', async () => {
    await importBundle(db, readFileSync(STORIES_JSONL, 'utf8'));
    const saved = await dispatch(
      handlers,
      { type: 'set-settings', change: { disabledSites: ['example.com'] } },
      optionsPage(),
    );
    expect(saved).toMatchObject({
      ok: true,
      value: { disabledSites: ['example.com'], sensitivity: 'normal' },
    });
    const sites = (await readSettings(db)).disabledSites;
    expect(isSiteListed('www.example.com', sites)).toBe(true);
    expect(isSiteListed('news.example.com', sites)).toBe(true);
    expect(isSiteListed('example.org', sites)).toBe(false);
    const off = { tab: { id: 12 } as never, url: 'https://news.example.com/story' };
    expect(await dispatch(handlers, { type: 'page-policy' }, off)).toEqual({
      ok: true,
      value: { enabled: false, withinBudget: true },
    });
    // The request may claim another address: the browser's word for where it came from is what counts.
    const html = readFixturePage('flood-credited-copy.html');
    const reply = await dispatch(handlers, { type: 'analyze-page', html }, off);
    expect(reply).toMatchObject({ ok: true, value: { show: false, verdict: null } });
    expect(await tabResult(12)).toBeNull();
  });

  it('paused, read no page on any site until resumed, and a page cannot pause or resume Wiretrace', async () => {
    await importBundle(db, readFileSync(STORIES_JSONL, 'utf8'));
    const html = readFixturePage('flood-credited-copy.html');
    const anywhere = { tab: { id: 13 } as never, url: 'https://any.example/story' };
    const byPage = await dispatch(handlers, { type: 'set-settings', change: { paused: true } }, anywhere);
    expect(byPage).toEqual({ ok: false, error: "this request must come from one of Wiretrace's own pages" });
    await dispatch(handlers, { type: 'set-settings', change: { paused: true } }, optionsPage());
    expect(await dispatch(handlers, { type: 'page-policy' }, anywhere)).toEqual({
      ok: true,
      value: { enabled: false, withinBudget: true },
    });
    const reply = await dispatch(handlers, { type: 'analyze-page', html }, anywhere);
    expect(reply).toMatchObject({ ok: true, value: { show: false, verdict: null } });
    expect(await tabResult(13)).toBeNull();
    await dispatch(handlers, { type: 'set-settings', change: { paused: false } }, optionsPage());
    expect(await dispatch(handlers, { type: 'page-policy' }, anywhere)).toMatchObject({
      value: { enabled: true },
    });
    expect(await dispatch(handlers, { type: 'analyze-page', html }, anywhere)).toMatchObject({
      ok: true,
      value: { verdict: 'syndicated' },
    });
  });

  it('hide the badge on the site a reader hid it on, the sender’s own site only, and still tell the toolbar and popup', async () => {
    await importBundle(db, readFileSync(STORIES_JSONL, 'utf8'));
    const html = readFixturePage('flood-credited-copy.html');
    const onSite = { tab: { id: 14 } as never, url: 'https://www.daily.example/floods' };
    expect(await dispatch(handlers, { type: 'hide-badge-on-site' }, onSite)).toEqual({
      ok: true,
      value: null,
    });
    await dispatch(handlers, { type: 'hide-badge-on-site' }, onSite);
    expect((await readSettings(db)).badgeHiddenSites).toEqual(['daily.example']);
    const reply = await dispatch(handlers, { type: 'analyze-page', html }, onSite);
    expect(reply).toMatchObject({ ok: true, value: { show: false, verdict: 'syndicated' } });
    await vi.waitFor(async () => expect((await tabResult(14))?.state).toBe('judged'));
    const elsewhere = { tab: { id: 15 } as never, url: 'https://other.example/floods' };
    expect(await dispatch(handlers, { type: 'analyze-page', html }, elsewhere)).toMatchObject({
      value: { show: true, verdict: 'syndicated' },
    });
    // Wiretrace's own pages are no site: the request is a content script's.
    expect(await dispatch(handlers, { type: 'hide-badge-on-site' }, optionsPage())).toMatchObject({
      ok: false,
    });
  });

  it('saved before the pause existed, read as not paused', async () => {
    const { paused: _, ...before } = DEFAULT_SETTINGS;
    await writeMeta(db.meta, { name: 'settings', values: { ...before, sensitivity: 'strict' } } as never);
    expect(await readSettings(db)).toMatchObject({ paused: false, sensitivity: 'strict' });
  });

  it("are the worker's: a content script cannot read or change them, and a bad change is refused whole", async () => {
    const reply = await dispatch(
      handlers,
      { type: 'set-settings', change: { wireSites: [{ host: 'daily.example', source: 'AFP' }] } },
      page,
    );
    expect(reply).toEqual({ ok: false, error: "this request must come from one of Wiretrace's own pages" });
    const bad = await dispatch(
      handlers,
      { type: 'set-settings', change: { retention: { maxAgeDays: 0, maxStories: 5, maxMegabytes: 1 } } },
      optionsPage(),
    );
    expect(bad).toEqual({ ok: false, error: 'malformed message' });
    expect((await readSettings(db)).wireSites.map((s) => s.host)).not.toContain('daily.example');
  });

  it('move over from storage.local into a database from before they were kept there, once', async () => {
    const old = `settings-from-version-6-${name++}`;
    const v6 = new WiretraceDatabase(old, 6);
    await v6.open();
    v6.close();
    await browser.storage.local.set({
      sensitivity: 'eager',
      disabledSites: ['old.example'],
      retention: 'garbage',
    });
    const upgraded = new WiretraceDatabase(old);
    expect(await readSettings(upgraded)).toMatchObject({
      sensitivity: 'eager',
      disabledSites: ['old.example'],
      retention: DEFAULT_LIMITS,
    });
    expect(await browser.storage.local.get(null)).toEqual({});
    upgraded.close();
  });

  it('are never read from storage.local into a new database, where a content script could have written them', async () => {
    await browser.storage.local.set({
      disabledSites: ['news.example'],
      wireSites: [{ host: 'evil.example', source: 'Reuters' }],
    });
    const settings = await readSettings(db);
    expect(settings.disabledSites).toEqual([]);
    expect(settings.wireSites.map((site) => site.host)).not.toContain('evil.example');
  });
});

/** A judged result with just the explanation fields a badge test gives (the rest of the type is not read). */
function judged(source: string, explanation: Record<string, unknown>): Parameters<typeof badgeSummary>[0] {
  const original = { id: 'a', source, title: 'T', url: null, published: null, thread: [] };
  return { status: 'judged', explanation: { basis: { kind: 'wire' }, original, ...explanation } } as never;
}

describe('badgeSummary', () => {
  it('shows partial reuse only as sensitivity allows', () => {
    const result = judged('AP', {
      verdict: 'partial',
      confidence: 0.7,
      score: 0.8,
      coverage: { page: 0.25, original: 0.2 },
      lagHours: null,
      lagByDay: false,
      credited: true,
      sentences: { verbatim: 2, edited: 0, paraphrased: 0, added: 6, dropped: 9 },
      quotes: { kept: [], altered: [] },
      changes: [],
      page: [],
    });
    expect(badgeSummary(result, 'strict').show).toBe(false);
    expect(badgeSummary(result, 'normal').show).toBe(false);
    expect(badgeSummary(result, 'eager')).toMatchObject({
      show: true,
      line: 'Partial copy of AP · credited',
    });
    expect(badgeSummary(result, 'on-request')).toMatchObject({
      show: false,
      line: 'Partial copy of AP · credited',
    });
  });
});

describe('badgeSummary of a page on the same story', () => {
  it('shows nothing by itself, and says, when asked, which story it is and that it was written independently', () => {
    const result = judged('PA', { verdict: 'unrelated', sameStory: true, score: 0.2 });
    expect(badgeSummary(result, 'eager')).toMatchObject({
      show: false,
      verdict: 'unrelated',
      tone: 'none',
      line: 'Same story as PA — written independently',
    });
  });
});

describe('a wire’s copy on a site that runs it', () => {
  const copy = apCopyPage();
  const partner = { tab: { id: 21 } as never, url: 'https://valleygazette.example/news/bus-belts' };

  it('is kept as that wire’s story when the cache has none of it, marked as from the site', async () => {
    await importBundle(db, readFileSync(STORIES_JSONL, 'utf8'));
    const reply = await dispatch(handlers, { type: 'analyze-page', html: copy }, partner);
    expect(reply).toMatchObject({ ok: true, value: { show: false } });
    expect(await tabResult(21)).toMatchObject({
      state: 'captured',
      source: 'AP',
      site: 'valleygazette.example',
      title: 'Senate passes school bus seat belt bill',
    });
    const kept = (await allStories(db)).find((s) => s.url === partner.url);
    // Kept as the site's copy, not as the wire's own story, and without the site's date.
    expect(kept).toMatchObject({ source: 'AP', via: ['copy'] });
    expect(kept?.published).toBeUndefined();
    // A rewrite of it elsewhere is then found.
    const rewrite = `<html><body><article><h1>Seat belts for school buses clear the Senate</h1>${[
      'Senators voted 71-27 on Tuesday for a bill requiring seat belts for every passenger on new school buses by 2030, and the measure now goes to the House.',
      'Backers pointed to a federal study showing lap-and-shoulder belts cut serious injuries in rollover crashes by more than half.',
      'Critics said each bus would cost about $10,000 more and rural districts would have to cut routes; their proposal for grants to cover the cost failed.',
      'Transportation Secretary Elena Marsh said rules could be written within a year.',
    ]
      .map((p) => `<p>${p}</p>`)
      .join('')}</article></body></html>`;
    const other = { tab: { id: 22 } as never, url: 'https://dailymeridian.example/bus-belts' };
    const judged = await dispatch(handlers, { type: 'analyze-page', html: rewrite }, other);
    // Found, but said to rest on that site's copy, and not shown unasked.
    expect(judged).toMatchObject({
      ok: true,
      value: {
        verdict: 'rewritten',
        show: false,
        line: "Rewrite of valleygazette.example's copy of AP · credit not found",
      },
    });
  });

  it('is kept even into an empty cache, and never from a private window', async () => {
    await dispatch(handlers, { type: 'analyze-page', html: copy }, partner);
    expect(await tabResult(21)).toMatchObject({ state: 'captured', source: 'AP' });
    const privately = { tab: { id: 23, incognito: true } as never, url: 'https://other.example/bus' };
    await dispatch(handlers, { type: 'analyze-page', html: copy }, privately);
    expect((await tabResult(23))?.state).not.toBe('captured');
    expect((await allStories(db)).filter((s) => s.source === 'AP')).toHaveLength(1);
  });

  it('is not kept when the page credits another wire too, or its story is already in the cache', async () => {
    const compiled = copy.replace(
      '</article>',
      '<p>Reporting by Reuters; additional reporting by AFP.</p></article>',
    );
    await dispatch(handlers, { type: 'analyze-page', html: compiled }, partner);
    expect((await tabResult(21))?.state).toBe('cache-empty');
    await importBundle(db, readFileSync(STORIES_JSONL, 'utf8'));
    const credited = readFixturePage('flood-credited-copy.html');
    await dispatch(handlers, { type: 'analyze-page', html: credited }, partner);
    await vi.waitFor(async () => expect((await tabResult(21))?.state).toBe('judged'));
  });
});

describe("the page's address", () => {
  it("is the browser's origin, with the page's own word for its path there; another origin is refused", async () => {
    const { senderPageUrl } = await import('../../extension/worker/sender.ts');
    const frame = { url: 'https://news.example/a' };
    expect(senderPageUrl(frame)).toBe('https://news.example/a');
    expect(senderPageUrl(frame, 'https://news.example/b?n=1')).toBe('https://news.example/b?n=1');
    expect(() => senderPageUrl(frame, 'https://www.reuters.com/world/x')).toThrow(/origin/);
    expect(() => senderPageUrl(frame, 'http://news.example/a')).toThrow(/origin/);
    expect(() => senderPageUrl({ url: 'file:///etc/passwd' })).toThrow(/web page/);
  });
});
