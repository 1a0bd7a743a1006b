import { Random, syntheticStory } from '../../bench/synthetic.ts';
import type { Story } from '../../lib/corpus/story.ts';
import { hash32 } from '../../lib/fingerprint/hash.ts';
import { loadFixtureStories } from './fixtures.ts';

/**
 * A made-up wire service's site for feed tests, built from the fixture
 * stories: an article page a story, and a feed a source in each format (AFP as
 * RSS, Reuters as Atom, AP as JSON Feed), plus feeds that fail in each way a
 * real one does. Served by the unit tests' server and the browsers' fixture server.
 */
export interface WireResponse {
  status: number;
  headers: Record<string, string>;
  body: string;
  delayMs?: number;
}

export const FEEDS = {
  rss: { path: '/feeds/afp.rss', source: 'AFP' },
  atom: { path: '/feeds/reuters.atom', source: 'Reuters' },
  json: { path: '/feeds/ap.json', source: 'AP' },
} as const;

/** A feed whose article pages are slow to come: a poll of it takes seconds, long enough to be cut short. */
export const SLOW_ARTICLES_FEED = { path: '/feeds/late.rss', source: 'Test Wire' } as const;
const SLOW_ARTICLE_PREFIX = '/slow';
const SLOW_ARTICLE_DELAY_MS = 1_500;

/** Stories only the slow feed has. */
export const LATE_STORIES: Story[] = (() => {
  const random = new Random(99);
  return [0, 1, 2].map((i) => ({
    ...syntheticStory(random, 9_000_000 + i, 300),
    id: `late-${i}`,
    source: 'Test Wire',
  }));
})();

/** A feed whose one item's page redirects to the server's private admin page, which must never be requested. */
export const REDIRECTING_FEED = { path: '/feeds/redirecting.rss', source: 'Test Wire' } as const;
export const ADMIN_PATH = '/admin/secret';
const REDIRECT_PATH = '/wire/moved.html';

export const BROKEN_FEED_PATH = '/feeds/broken.xml';
export const FAILING_FEED_PATH = '/feeds/failing.xml';
export const SLOW_FEED_PATH = '/feeds/slow.xml';
export const SLOW_FEED_DELAY_MS = 1_500;

/** A story in no feed or bundle: one the reader comes across on the wire service's own site. */
export const UNSEEN_STORY: Story = {
  id: 'wire-test-harbour-strike',
  source: 'Test Wire',
  title: 'Dockworkers at Port Halvard begin 48-hour strike over automation plans',
  published: '2026-11-23T06:30:00Z',
  byline: 'Ines Borrow',
  text: [
    "PORT HALVARD (Test Wire) - About 2,300 dockworkers at Port Halvard walked off the job on Monday at the start of a 48-hour strike over plans to automate three of the port's five container terminals, their union said.",
    'The Halvard Dock Workers Union said talks with the port authority broke down on Sunday night after managers refused to guarantee that no jobs would be cut before 2030.',
    '"We are not against new cranes. We are against being told to train the machines that replace us," union secretary Maren Tollefsen told reporters outside the main gate.',
    'The port authority said contingency plans would keep perishable cargo moving and that it remained open to talks. About 40 ships were waiting at anchor by midday, according to tracking data.',
  ].join('\n\n'),
};

export function storiesOf(source: string): Story[] {
  return loadFixtureStories().filter((s) => s.source === source);
}

export function articlePath(story: Story): string {
  return `/wire/${encodeURIComponent(story.id)}.html`;
}

/** Answers a request for the wire site; null for a path it does not have. */
export function wireSiteResponse(
  origin: string,
  path: string,
  requestHeaders: Record<string, string | string[] | undefined>,
): WireResponse | null {
  const feed = Object.values(FEEDS).find((f) => f.path === path);
  if (feed) return withEtag(feedDocument(path, origin, storiesOf(feed.source)), path, requestHeaders);
  if (path === SLOW_ARTICLES_FEED.path)
    return feedResponse(rss(origin, LATE_STORIES, (story) => `${SLOW_ARTICLE_PREFIX}${articlePath(story)}`));
  if (path.startsWith(`${SLOW_ARTICLE_PREFIX}/`)) {
    const late = LATE_STORIES.find((s) => `${SLOW_ARTICLE_PREFIX}${articlePath(s)}` === path);
    if (late)
      return {
        status: 200,
        headers: { 'content-type': 'text/html' },
        body: articlePage(late, origin),
        delayMs: SLOW_ARTICLE_DELAY_MS,
      };
  }
  if (path === REDIRECTING_FEED.path)
    return feedResponse(rss(origin, [{ ...UNSEEN_STORY, id: 'moved' }], () => REDIRECT_PATH));
  if (path === REDIRECT_PATH)
    return {
      status: 302,
      headers: { location: `http://127.0.0.1:${new URL(origin).port}${ADMIN_PATH}` },
      body: '',
    };
  if (path === ADMIN_PATH)
    return { status: 200, headers: { 'content-type': 'text/html' }, body: '<p>secret</p>' };
  if (path === BROKEN_FEED_PATH)
    return {
      status: 200,
      headers: { 'content-type': 'application/rss+xml' },
      body: '<rss><channel><item><title>Half',
    };
  if (path === FAILING_FEED_PATH)
    return { status: 500, headers: { 'content-type': 'text/plain' }, body: 'down' };
  if (path === SLOW_FEED_PATH)
    return { ...feedResponse(rss(origin, storiesOf('AFP'))), delayMs: SLOW_FEED_DELAY_MS };
  const story = [...loadFixtureStories(), UNSEEN_STORY].find((s) => articlePath(s) === path);
  if (story)
    return {
      status: 200,
      headers: { 'content-type': 'text/html; charset=utf-8' },
      body: articlePage(story, origin),
    };
  return null;
}

function feedDocument(path: string, origin: string, stories: Story[]): string {
  if (path.endsWith('.atom')) return atom(origin, stories);
  if (path.endsWith('.json')) return jsonFeed(origin, stories);
  return rss(origin, stories);
}

function withEtag(
  body: string,
  path: string,
  requestHeaders: Record<string, string | string[] | undefined>,
): WireResponse {
  const etag = `"${hash32(body).toString(16)}"`;
  const type = path.endsWith('.json') ? 'application/feed+json' : 'application/xml';
  const headers = { etag, 'last-modified': 'Mon, 23 Nov 2026 08:00:00 GMT', 'content-type': type };
  if (requestHeaders['if-none-match'] === etag) return { status: 304, headers, body: '' };
  return { status: 200, headers, body };
}

function feedResponse(body: string): WireResponse {
  return { status: 200, headers: { 'content-type': 'application/rss+xml' }, body };
}

const escapeXml = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

function teaser(story: Story): string {
  return story.text.split(/\n\s*\n/)[0] ?? '';
}

function rss(origin: string, stories: Story[], pathOf = articlePath): string {
  const items = stories.map(
    (s) => `<item><title>${escapeXml(s.title)}</title><link>${origin}${pathOf(s)}</link>
<guid isPermaLink="false">${escapeXml(s.id)}</guid>${s.published ? `<pubDate>${new Date(s.published).toUTCString()}</pubDate>` : ''}
${s.byline ? `<dc:creator>${escapeXml(s.byline)}</dc:creator>` : ''}<description>${escapeXml(`<p>${teaser(s)}</p>`)}</description></item>`,
  );
  return `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/"><channel><title>Wire: latest</title><link>${origin}/</link>
${items.join('\n')}</channel></rss>`;
}

function atom(origin: string, stories: Story[]): string {
  const entries = stories.map(
    (
      s,
    ) => `<entry><title>${escapeXml(s.title)}</title><id>${escapeXml(s.id)}</id><link rel="alternate" href="${origin}${articlePath(s)}"/>
<updated>${s.published ?? '2026-11-01T00:00:00Z'}</updated>${s.byline ? `<author><name>${escapeXml(s.byline)}</name></author>` : ''}
<summary>${escapeXml(teaser(s))}</summary></entry>`,
  );
  return `<?xml version="1.0" encoding="UTF-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>Wire: top news</title><id>${origin}/</id><updated>2026-11-23T08:00:00Z</updated>
${entries.join('\n')}</feed>`;
}

function jsonFeed(origin: string, stories: Story[]): string {
  return JSON.stringify({
    version: 'https://jsonfeed.org/version/1.1',
    title: 'Wire: headlines',
    items: stories.map((s) => ({
      id: s.id,
      url: `${origin}${articlePath(s)}`,
      title: s.title,
      summary: teaser(s),
      date_published: s.published,
      authors: s.byline ? [{ name: s.byline }] : undefined,
    })),
  });
}

/** A wire story's page as its site serves it: navigation, the story, related links, a footer. */
export function articlePage(story: Story, origin: string): string {
  const paragraphs = story.text
    .split(/\n\s*\n/)
    .map((p) => `<p>${escapeXml(p.trim())}</p>`)
    .join('\n');
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${escapeXml(story.title)} | Wire</title>
<link rel="canonical" href="${origin}${articlePath(story)}">
${story.published ? `<meta property="article:published_time" content="${story.published}">` : ''}</head>
<body><header><nav><a href="/">World</a> <a href="/">Business</a> <a href="/">Markets</a></nav></header>
<main><article><h1>${escapeXml(story.title)}</h1>${story.byline ? `<p class="byline">By ${escapeXml(story.byline)}</p>` : ''}
${paragraphs}</article>
<aside><h2>Related</h2><ul><li><a href="/">Markets close higher on tech rally</a></li></ul></aside></main>
<footer>© Wire service. All rights reserved.</footer></body></html>`;
}
