import type { FeedItem } from '../../lib/feeds/feed-item.ts';

/** A feed the reader can turn on, and what happened the last times it was polled. */
export interface FeedState {
  url: string;
  /** The wire service its stories are credited to. */
  source: string;
  title: string;
  enabled: boolean;
  /** Shipped with Wiretrace, or added by the reader. */
  builtIn: boolean;
  etag?: string;
  lastModified?: string;
  /** Last poll attempt, last poll that worked, last poll that brought a new story (ms). */
  lastPolled?: number;
  lastSuccess?: number;
  lastNewStory?: number;
  /** Stories stored from it. */
  stories: number;
  /** Polls failed in a row; the next poll waits longer for each. */
  failures: number;
  error?: string;
  nextPoll: number;
}

/** A feed item whose article page is still to be fetched: persisted, so a stopped worker resumes. */
export interface QueuedItem {
  seq?: number;
  feed: string;
  item: FeedItem;
  attempts: number;
}
