import { FeedError, parseFeed } from '../../lib/feeds/parse-feed.ts';
import type { WiretraceDatabase } from '../db/database.ts';
import { FeedStore } from '../db/feed-store.ts';
import type { FeedState } from '../db/rows.ts';
import { storyTime } from '../db/story-record.ts';
import { type FeedClient, fetchText } from './fetch-text.ts';

export const POLL_INTERVAL_MS = 30 * 60_000;
const FIRST_RETRY_MS = 15 * 60_000;
const MAX_RETRY_MS = 24 * 3_600_000;

/** Polls every enabled feed that is due (or all of them, when the reader asks); returns them updated. */
export async function pollDueFeeds(
  db: WiretraceDatabase,
  client: FeedClient,
  options: { force?: boolean; now?: number; publishedSince?: number } = {},
): Promise<FeedState[]> {
  const now = options.now ?? Date.now();
  const due = (await new FeedStore(db).all()).filter(
    (f) => f.enabled && (options.force || f.nextPoll <= now),
  );
  return Promise.all(due.map((feed) => pollFeed(db, feed, client, now, options.publishedSince)));
}

/**
 * One conditional request for a feed (ETag, Last-Modified); its new items are
 * queued for their article pages, except those published before
 * `publishedSince` (past the cache's age limit, they would be evicted once
 * stored, and fetched again at every poll). A failure is recorded on the feed,
 * and each failure in a row doubles the wait before the next try, up to a day.
 */
export async function pollFeed(
  db: WiretraceDatabase,
  feed: FeedState,
  client: FeedClient,
  now = Date.now(),
  publishedSince = Number.NEGATIVE_INFINITY,
): Promise<FeedState> {
  let next: FeedState;
  try {
    const response = await fetchText(client, feed.url, conditionalHeaders(feed));
    if (response.status !== 304) await queueNewItems(db, feed, response.text, publishedSince);
    next = {
      ...feed,
      etag: response.headers.get('etag') ?? feed.etag,
      lastModified: response.headers.get('last-modified') ?? feed.lastModified,
      lastPolled: now,
      lastSuccess: now,
      failures: 0,
      error: undefined,
      nextPoll: now + POLL_INTERVAL_MS,
    };
  } catch (error) {
    const failures = feed.failures + 1;
    next = {
      ...feed,
      lastPolled: now,
      failures,
      error: describeFeedError(error),
      nextPoll: now + Math.min(MAX_RETRY_MS, FIRST_RETRY_MS * 2 ** (failures - 1)),
    };
  }
  // The reader may have turned the feed off while it was being fetched.
  await new FeedStore(db).savePolled(next);
  return next;
}

function conditionalHeaders(feed: FeedState): Record<string, string> {
  const headers: Record<string, string> = {};
  if (feed.etag) headers['If-None-Match'] = feed.etag;
  if (feed.lastModified) headers['If-Modified-Since'] = feed.lastModified;
  return headers;
}

async function queueNewItems(
  db: WiretraceDatabase,
  feed: FeedState,
  document: string,
  publishedSince: number,
): Promise<number> {
  const items = parseFeed(document).items.filter(
    // An item without a readable date is taken as new.
    (item) => storyTime(item, Number.POSITIVE_INFINITY) >= publishedSince,
  );
  return new FeedStore(db).queueNew(feed.url, items);
}

function describeFeedError(error: unknown): string {
  if (error instanceof FeedError) return `The feed could not be read: ${error.message}.`;
  return `The feed ${(error as Error).message}.`;
}
