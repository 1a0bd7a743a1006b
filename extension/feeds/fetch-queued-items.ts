import type { Story } from '../../lib/corpus/story.ts';
import { storyFromArticle } from '../../lib/corpus/story-from-article.ts';
import { countWords, hasEnoughText } from '../../lib/extract/article.ts';
import { extractFromHtml } from '../../lib/extract/html.ts';
import type { WiretraceDatabase } from '../db/database.ts';
import { FeedStore } from '../db/feed-store.ts';
import type { FeedState, QueuedItem } from '../db/rows.ts';
import { StoryCache } from '../db/story-cache.ts';
import { type FeedClient, fetchText } from './fetch-text.ts';
import { sameSite } from './site-of.ts';

const MAX_ATTEMPTS = 3;

/**
 * Turns queued feed items into stored stories, oldest first, until the queue
 * is empty or the time budget is spent. Each item leaves the queue only once
 * its story is stored (or after its last attempt), so a worker stopped halfway
 * picks up where it was; an item stored twice is recognised as a repeat.
 */
export async function fetchQueuedItems(
  db: WiretraceDatabase,
  client: FeedClient,
  budgetMs = 25_000,
): Promise<number> {
  const deadline = Date.now() + budgetMs;
  const feeds = new FeedStore(db);
  let stored = 0;
  while (Date.now() < deadline) {
    const queued = await feeds.nextQueued();
    if (!queued) break;
    const feed = await feeds.get(queued.feed);
    if (!feed?.enabled) {
      await feeds.dropQueued(queued);
      continue;
    }
    stored += await storeItem(db, feed, queued, client);
  }
  return stored;
}

async function storeItem(
  db: WiretraceDatabase,
  feed: FeedState,
  queued: QueuedItem,
  client: FeedClient,
): Promise<number> {
  const feeds = new FeedStore(db);
  let story: Story | null;
  try {
    story = await storyFromItem(feed, queued, client);
  } catch (error) {
    if (queued.attempts + 1 < MAX_ATTEMPTS) await feeds.retryLater(queued);
    else {
      await feeds.dropQueued(queued);
      await feeds.recordError(feed.url, `An article could not be read: ${(error as Error).message}.`);
    }
    return 0;
  }
  const report = story ? await new StoryCache(db).save([story], 'feed') : null;
  const added = (report?.added ?? 0) + (report?.versions ?? 0);
  await feeds.finishQueued(queued, added);
  return added;
}

/**
 * The story behind a feed item: its article page when that is on the feed's
 * own site and readable, else the item's own text when it is a whole story;
 * null for a teaser with no readable page.
 */
async function storyFromItem(
  feed: FeedState,
  { item }: QueuedItem,
  client: FeedClient,
): Promise<Story | null> {
  const base = {
    id: item.id,
    source: feed.source,
    title: item.title,
    ...(item.url ? { url: item.url } : {}),
    ...(item.published ? { published: item.published } : {}),
    ...(item.byline ? { byline: item.byline } : {}),
  };
  let unreadable: unknown = null;
  if (item.url && sameSite(item.url, feed.url)) {
    try {
      const { text } = await fetchText(client, item.url, { Accept: 'text/html' }, feed.url);
      const article = extractFromHtml(text, item.url);
      if (hasEnoughText(article)) return storyFromArticle(article, base);
    } catch (error) {
      unreadable = error;
    }
  }
  // The page could not be read (or had no article): the item's own text, when it is a whole story.
  const text = item.paragraphs.join('\n\n');
  if (hasEnoughText({ words: countWords(text) })) return { ...base, text };
  if (unreadable) throw unreadable;
  return null;
}
