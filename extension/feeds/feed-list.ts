import type { WiretraceDatabase } from '../db/database.ts';
import { FeedStore } from '../db/feed-store.ts';
import type { FeedState } from '../db/rows.ts';
import { DEFAULT_FEEDS } from './default-feeds.ts';

/** Every feed, built-in ones first; the built-in list is added on first use, each off. */
export async function listFeeds(db: WiretraceDatabase): Promise<FeedState[]> {
  const feeds = new FeedStore(db);
  const stored = await feeds.all();
  const known = new Set(stored.map((f) => f.url));
  const missing = DEFAULT_FEEDS.filter((f) => !known.has(f.url)).map((f) =>
    newFeed(f.url, f.source, f.title, true),
  );
  if (missing.length) await feeds.put(...missing);
  return [...stored, ...missing].sort(
    (a, b) =>
      Number(b.builtIn) - Number(a.builtIn) || a.source.localeCompare(b.source) || a.url.localeCompare(b.url),
  );
}

/** A feed the reader adds by hand is on at once: adding it is asking for it. */
export async function addFeed(db: WiretraceDatabase, url: string, source: string): Promise<FeedState[]> {
  const feeds = new FeedStore(db);
  const existing = await feeds.get(url);
  await feeds.put(
    existing ? { ...existing, source, enabled: true, nextPoll: 0 } : newFeed(url, source, url, false, true),
  );
  return listFeeds(db);
}

export async function setFeedEnabled(
  db: WiretraceDatabase,
  url: string,
  enabled: boolean,
): Promise<FeedState[]> {
  await new FeedStore(db).setEnabled(url, enabled);
  return listFeeds(db);
}

/** Removes a feed the reader added (built-in ones can only be turned off); its stories stay. */
export async function removeFeed(db: WiretraceDatabase, url: string): Promise<FeedState[]> {
  const feeds = new FeedStore(db);
  if ((await feeds.get(url))?.builtIn) return setFeedEnabled(db, url, false);
  await feeds.remove(url);
  return listFeeds(db);
}

function newFeed(url: string, source: string, title: string, builtIn: boolean, enabled = false): FeedState {
  return { url, source, title, enabled, builtIn, stories: 0, failures: 0, nextPoll: 0 };
}
