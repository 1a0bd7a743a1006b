import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { WiretraceDatabase } from '../../extension/db/database.ts';
import type { FeedState } from '../../extension/db/rows.ts';
import { allStories } from '../../extension/db/story-blocks.ts';
import { addFeed, listFeeds, setFeedEnabled } from '../../extension/feeds/feed-list.ts';
import { fetchQueuedItems } from '../../extension/feeds/fetch-queued-items.ts';
import type { FeedClient } from '../../extension/feeds/fetch-text.ts';
import { POLL_INTERVAL_MS, pollFeed } from '../../extension/feeds/poll-feed.ts';
import { FeedError, parseFeed } from '../../lib/feeds/parse-feed.ts';
import { type LocalServer, startLocalServer } from '../support/wire-server.ts';
import {
  articlePath,
  BROKEN_FEED_PATH,
  FAILING_FEED_PATH,
  FEEDS,
  SLOW_FEED_PATH,
  storiesOf,
  wireSiteResponse,
} from '../support/wire-site.ts';

let server: LocalServer;
let db: WiretraceDatabase;
let name = 0;
const client: FeedClient = { fetch: (url, init) => fetch(url, init), timeoutMs: 500 };

beforeAll(async () => {
  server = await startLocalServer();
});
afterAll(() => server.close());
beforeEach(() => {
  fakeBrowser.reset();
  server.requests.length = 0;
  db = new WiretraceDatabase(`feeds-${name++}`);
});

async function feedAt(path: string, source: string): Promise<FeedState> {
  await addFeed(db, `${server.origin}${path}`, source);
  return (await db.feeds.get(`${server.origin}${path}`)) as FeedState;
}

describe('reading feeds', () => {
  const origin = 'https://wire.example';
  const document = (path: string) => wireSiteResponse(origin, path, {})?.body ?? '';

  it.each([
    ['RSS', FEEDS.rss, 'rss'],
    ['Atom', FEEDS.atom, 'atom'],
    ['JSON Feed', FEEDS.json, 'json'],
  ] as const)('reads %s items with their id, link, time and byline', (_, feed, format) => {
    const parsed = parseFeed(document(feed.path));
    const stories = storiesOf(feed.source);
    expect(parsed.format).toBe(format);
    expect(parsed.items.map((i) => i.id)).toEqual(stories.map((s) => s.id));
    expect(parsed.items.map((i) => i.url)).toEqual(stories.map((s) => `${origin}${articlePath(s)}`));
    expect(parsed.items.map((i) => i.title)).toEqual(stories.map((s) => s.title));
    for (const [i, item] of parsed.items.entries()) {
      const published = stories[i]?.published;
      if (published) expect(Date.parse(item.published ?? '')).toBe(Date.parse(published));
      expect(item.paragraphs.join(' ').length).toBeGreaterThan(20);
    }
  });

  it('keeps markup and scripts in item content out of the text', () => {
    const feed = `<rss version="2.0"><channel><title>T</title><item><title>A &lt;b&gt;bold&lt;/b&gt; move</title>
<link>javascript:alert(1)</link><guid>x1</guid>
<description>&lt;p&gt;First &lt;script&gt;alert(1)&lt;/script&gt;paragraph.&lt;/p&gt;&lt;p&gt;Second.&lt;/p&gt;</description></item></channel></rss>`;
    const [item] = parseFeed(feed).items;
    expect(item).toMatchObject({
      id: 'x1',
      title: 'A bold move',
      url: null,
      paragraphs: ['First paragraph.', 'Second.'],
    });
  });

  it('rejects what is not a feed, saying so', () => {
    expect(() => parseFeed(document(BROKEN_FEED_PATH))).toThrow(FeedError);
    expect(() => parseFeed('<html><body>Not a feed</body></html>')).toThrow(/not a readable/);
    expect(() => parseFeed('{"version": 1')).toThrow(FeedError);
  });
});

describe('polling a feed', () => {
  it('stores each new item as a story from its article page, and asks again conditionally', async () => {
    const feed = await feedAt(FEEDS.rss.path, 'AFP');
    const now = Date.now();
    const polled = await pollFeed(db, feed, client, now);
    expect(polled).toMatchObject({ failures: 0, lastSuccess: now, nextPoll: now + POLL_INTERVAL_MS });
    expect(polled.etag).toMatch(/^"/);
    const expected = storiesOf('AFP');
    expect(await db.feedItems.count()).toBe(expected.length);

    expect(await fetchQueuedItems(db, client)).toBe(expected.length);
    expect(await db.feedItems.count()).toBe(0);
    for (const story of expected) {
      const stored = (await allStories(db)).find((s) => s.id === story.id);
      expect(stored?.source).toBe('AFP');
      expect(stored?.via).toEqual(['feed']);
      expect(stored?.url).toBe(`${server.origin}${articlePath(story)}`);
      // The article page's text, not the feed's teaser, and none of the page's navigation or footer.
      expect(stored?.text).toContain(story.text.split('\n\n').at(-1)?.trim().slice(0, 60));
      expect(stored?.text).not.toMatch(/Markets close higher|All rights reserved/);
    }
    expect((await db.feeds.get(feed.url))?.stories).toBe(expected.length);

    server.requests.length = 0;
    await pollFeed(db, (await db.feeds.get(feed.url)) as FeedState, client, now + POLL_INTERVAL_MS);
    expect(server.requests).toEqual([
      { path: FEEDS.rss.path, ifNoneMatch: polled.etag, ifModifiedSince: polled.lastModified },
    ]);
    expect(await db.feedItems.count()).toBe(0);
  });

  it.each([
    ['Atom', FEEDS.atom],
    ['JSON Feed', FEEDS.json],
  ] as const)('stores the stories of an %s feed', async (_, path) => {
    const feed = await feedAt(path.path, path.source);
    await pollFeed(db, feed, client);
    expect(await fetchQueuedItems(db, client)).toBe(storiesOf(path.source).length);
    expect((await allStories(db)).map((s) => s.source)).toEqual(
      storiesOf(path.source).map(() => path.source),
    );
  });

  it('backs off after each failure in a row, and recovers', async () => {
    const feed = await feedAt(FAILING_FEED_PATH, 'AFP');
    const now = Date.now();
    const first = await pollFeed(db, feed, client, now);
    expect(first).toMatchObject({ failures: 1, nextPoll: now + 15 * 60_000 });
    // Said as a sentence a reader reads: "The feed …", what the status means.
    expect(first.error).toBe('The feed answered HTTP 500 (the server failed).');
    const second = await pollFeed(db, first, client, now);
    expect(second).toMatchObject({ failures: 2, nextPoll: now + 30 * 60_000 });
    const fixed = await pollFeed(db, { ...second, url: `${server.origin}${FEEDS.rss.path}` }, client, now);
    expect(fixed).toMatchObject({ failures: 0, error: undefined });
  });

  it('gives up on a feed that does not answer in time, and on one that is not XML', async () => {
    const slow = await pollFeed(db, await feedAt(SLOW_FEED_PATH, 'AFP'), client);
    expect(slow.error).toMatch(/did not answer within 0.5 s/);
    const broken = await pollFeed(db, await feedAt(BROKEN_FEED_PATH, 'AFP'), client);
    expect(broken.error).toMatch(/could not be read/);
    expect(await db.feedItems.count()).toBe(0);
  });

  it('fetches article pages only from the feed’s own site', async () => {
    const feed = await feedAt(FEEDS.rss.path, 'AFP');
    await pollFeed(db, feed, client);
    const [queued] = await db.feedItems.toArray();
    if (!queued) throw new Error('nothing queued');
    await db.feedItems.put({ ...queued, item: { ...queued.item, url: 'https://elsewhere.example/tracker' } });
    server.requests.length = 0;
    await fetchQueuedItems(db, client);
    expect(server.requests.length).toBeGreaterThan(0);
    expect(server.requests.every((r) => r.path.startsWith('/wire/'))).toBe(true);
    // That item's story is the feed's own text instead.
    const stored = (await allStories(db)).find((s) => s.id === queued.item.id);
    expect(stored?.text).toBe(queued.item.paragraphs.join('\n\n'));
  });

  it('does not fetch items published before the age limit: once stored they would go, and come again each poll', async () => {
    const feed = await feedAt(FEEDS.rss.path, 'AFP');
    const limit = Date.parse('2026-10-01T00:00:00Z');
    await pollFeed(db, feed, client, Date.now(), limit);
    const queued = (await db.feedItems.toArray()).map((q) => q.item.id).sort();
    const recent = storiesOf('AFP').filter((s) => Date.parse(s.published as string) >= limit);
    expect(recent.length).toBeGreaterThan(0);
    expect(recent.length).toBeLessThan(storiesOf('AFP').length);
    expect(queued).toEqual(recent.map((s) => s.id).sort());
  });

  it('drops the queue of a feed that is turned off', async () => {
    const feed = await feedAt(FEEDS.rss.path, 'AFP');
    await pollFeed(db, feed, client);
    await setFeedEnabled(db, feed.url, false);
    expect(await fetchQueuedItems(db, client)).toBe(0);
    expect(await db.feedItems.count()).toBe(0);
  });

  it('lists the built-in wire feeds, all off', async () => {
    const feeds = await listFeeds(db);
    expect(feeds.filter((f) => f.builtIn).length).toBeGreaterThanOrEqual(5);
    expect(feeds.every((f) => !f.enabled)).toBe(true);
  });
});
