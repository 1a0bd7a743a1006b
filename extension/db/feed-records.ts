import type { FeedItem } from '../../lib/feeds/feed-item.ts';
