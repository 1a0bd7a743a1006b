import { parseFeed as parseAnyFeed } from 'feedsmith';
import { normalizeDateTime } from '../extract/dates.ts';
import type { FeedItem, ParsedFeed } from './feed-item.ts';
import { htmlParagraphs, plainParagraphs } from './html-text.ts';

export class FeedError extends Error {}

/** Items a feed may carry; the rest are ignored (a feed is a window on recent stories, not an archive). */
export const MAX_FEED_ITEMS = 200;

/**
 * Reads an RSS (0.9x, 1.0/RDF, 2.0), Atom or JSON Feed document with
 * feedsmith, and gives its items one shape. Throws a FeedError saying what is
 * wrong when the document is not a feed at all.
 */
export function parseFeed(document: string): ParsedFeed {
  let parsed: ReturnType<typeof parseAnyFeed>;
  try {
    parsed = parseAnyFeed(document);
  } catch (error) {
    throw new FeedError(`not a readable RSS, Atom or JSON feed (${(error as Error).message})`);
  }
  const items = readItems(parsed)
    .filter((item): item is FeedItem => item !== null)
    .slice(0, MAX_FEED_ITEMS);
  return { format: parsed.format, title: text(parsed.feed.title), items };
}

type AnyParsed = ReturnType<typeof parseAnyFeed>;

function readItems(parsed: AnyParsed): (FeedItem | null)[] {
  switch (parsed.format) {
    case 'rss':
    case 'rdf':
      return (parsed.feed.items ?? []).map((item) => {
        const rss = item as {
          title?: string;
          link?: string;
          guid?: { value?: string };
          pubDate?: string;
          description?: string;
          authors?: string[];
          dc?: { creators?: string[]; date?: string; dates?: string[] };
          content?: { encoded?: string };
        };
        return feedItem({
          id: rss.guid?.value ?? rss.link,
          title: rss.title,
          url: rss.link,
          published: rss.pubDate ?? rss.dc?.date ?? rss.dc?.dates?.[0],
          byline: rss.dc?.creators?.[0] ?? rss.authors?.[0],
          html: rss.content?.encoded ?? rss.description,
        });
      });
    case 'atom':
      return (parsed.feed.entries ?? []).map((entry) => {
        const atom = entry as {
          id?: string;
          title?: unknown;
          links?: { href?: string; rel?: string }[];
          published?: string;
          updated?: string;
          authors?: { name?: string }[];
          content?: unknown;
          summary?: unknown;
        };
        const link = atom.links?.find((l) => !l.rel || l.rel === 'alternate')?.href;
        return feedItem({
          id: atom.id ?? link,
          title: text(atom.title),
          url: link,
          published: atom.published ?? atom.updated,
          byline: atom.authors?.[0]?.name,
          html: text(atom.content) ?? text(atom.summary),
        });
      });
    case 'json':
      return (parsed.feed.items ?? []).map((entry) => {
        const json = entry as {
          id?: string;
          url?: string;
          title?: string;
          content_html?: string;
          content_text?: string;
          summary?: string;
          date_published?: string;
          authors?: { name?: string }[];
        };
        return feedItem({
          id: json.id ?? json.url,
          title: json.title,
          url: json.url,
          published: json.date_published,
          byline: json.authors?.[0]?.name,
          html: json.content_html,
          text: json.content_text ?? json.summary,
        });
      });
  }
}

interface RawItem {
  id: string | undefined;
  title: string | null | undefined;
  url: string | undefined;
  published: string | undefined;
  byline: string | null | undefined;
  html: string | null | undefined;
  /** Plain text, where the format says the content is not HTML. */
  text?: string | undefined;
}

function feedItem(raw: RawItem): FeedItem | null {
  const url = raw.url && /^https?:\/\//i.test(raw.url.trim()) ? raw.url.trim() : null;
  const id = raw.id?.trim() || url;
  const paragraphs = raw.html ? htmlParagraphs(raw.html) : raw.text ? plainParagraphs(raw.text) : [];
  const title = raw.title?.trim() || paragraphs[0]?.slice(0, 120);
  if (!id || !title) return null;
  return {
    id,
    title: htmlParagraphs(title).join(' ') || title,
    url,
    published: feedDate(raw.published),
    byline: raw.byline?.trim() || null,
    paragraphs,
  };
}

/** Atom text constructs come as strings or { value }. */
function text(value: unknown): string | null {
  if (typeof value === 'string') return value;
  if (value && typeof value === 'object' && typeof (value as { value?: unknown }).value === 'string')
    return (value as { value: string }).value;
  return null;
}

/** Feeds write dates as RFC 822 (RSS) or ISO 8601 (Atom, JSON); both become ISO 8601 with the time kept. */
function feedDate(value: string | undefined): string | null {
  if (!value) return null;
  const time = Date.parse(value);
  return Number.isNaN(time) ? normalizeDateTime(value) : new Date(time).toISOString();
}
