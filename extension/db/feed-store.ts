import type { FeedItem } from '../../lib/feeds/feed-item.ts';
import type { WiretraceDatabase } from './database.ts';
import { storyTables } from './indexes.ts';
import type { FeedState, QueuedItem } from './rows.ts';
import { storiesNamed } from './story-names.ts';

/**
 * The door to the feeds and their queue of items whose article pages are
 * still to be fetched: what the feed code may do with those tables, and no
 * more. The queue is persisted, so that a stopped worker resumes.
 */
export class FeedStore {
  constructor(private readonly db: WiretraceDatabase) {}

  all(): Promise<FeedState[]> {
    return this.db.feeds.toArray();
  }

  get(url: string): Promise<FeedState | undefined> {
    return this.db.feeds.get(url);
  }

  async put(...feeds: FeedState[]): Promise<void> {
    await this.db.feeds.bulkPut(feeds);
  }

  /** Stores a poll's outcome, keeping what the reader changed while it ran (on or off, the source); not a feed removed meanwhile. */
  async savePolled(polled: FeedState): Promise<void> {
    await this.db.transaction('rw', this.db.feeds, async () => {
      const current = await this.db.feeds.get(polled.url);
      if (current) await this.db.feeds.put({ ...polled, enabled: current.enabled, source: current.source });
    });
  }

  /** Turns a feed on or off (its next poll due at once, its failures forgotten); off, its queued items go. */
  async setEnabled(url: string, enabled: boolean): Promise<void> {
    await this.db.transaction('rw', this.db.feeds, this.db.feedItems, async () => {
      const feed = await this.db.feeds.get(url);
      if (!feed) throw new Error(`no feed ${url}`);
      await this.db.feeds.put({ ...feed, enabled, nextPoll: 0, failures: 0 });
      if (!enabled) await this.db.feedItems.where('feed').equals(url).delete();
    });
  }

  /** Removes a feed and its queued items; the stories it brought stay. */
  async remove(url: string): Promise<void> {
    await this.db.transaction('rw', this.db.feeds, this.db.feedItems, async () => {
      await this.db.feeds.delete(url);
      await this.db.feedItems.where('feed').equals(url).delete();
    });
  }

  async recordError(url: string, error: string): Promise<void> {
    await this.db.feeds.update(url, { error });
  }

  /** The oldest queued item. */
  nextQueued(): Promise<QueuedItem | undefined> {
    return this.db.feedItems.orderBy('seq').first();
  }

  queuedCount(): Promise<number> {
    return this.db.feedItems.count();
  }

  /** Takes an item out of the queue, its story stored or given up on. */
  async dropQueued(item: QueuedItem): Promise<void> {
    await this.db.feedItems.delete(item.seq as number);
  }

  /** Puts an item that failed at the back of the queue, one attempt more. */
  async retryLater(item: QueuedItem): Promise<void> {
    await this.db.transaction('rw', this.db.feedItems, async () => {
      await this.db.feedItems.put({ ...item, attempts: item.attempts + 1, seq: undefined });
      await this.db.feedItems.delete(item.seq as number);
    });
  }

  /** An item's story is stored: it leaves the queue, and its feed is credited with the stories it brought. */
  async finishQueued(item: QueuedItem, added: number): Promise<void> {
    await this.db.transaction('rw', this.db.feeds, this.db.feedItems, async () => {
      await this.db.feedItems.delete(item.seq as number);
      const feed = await this.db.feeds.get(item.feed);
      if (feed && added > 0)
        await this.db.feeds.put({ ...feed, stories: feed.stories + added, lastNewStory: Date.now() });
    });
  }

  /**
   * Queues the feed's items that no stored story and no queued item already
   * is (by id, thread or address), in one transaction with the lookup, so
   * that two polls never queue one item twice; returns how many it queued.
   */
  queueNew(feedUrl: string, items: readonly FeedItem[]): Promise<number> {
    const db = this.db;
    return db.transaction('rw', [...storyTables(db), db.feedItems], async () => {
      const ids = items.map((i) => i.id);
      const urls = items.flatMap((i) => (i.url ? [i.url] : []));
      const [stored, queued] = await Promise.all([
        storiesNamed(db, ids, urls),
        db.feedItems.where('feed').equals(feedUrl).toArray(),
      ]);
      const known = new Set<string>([
        ...stored.flatMap((s) => [s.id, s.thread, s.url ?? '']),
        ...queued.flatMap((q) => [q.item.id, q.item.url ?? '']),
      ]);
      const fresh = items.filter((i) => !known.has(i.id) && !(i.url && known.has(i.url)));
      await db.feedItems.bulkAdd(fresh.map((item) => ({ feed: feedUrl, item, attempts: 0 })));
      return fresh.length;
    });
  }
}
