import type { FeedState } from './rows.ts';

const LAPSED_AFTER_MS = 24 * 3_600_000;
const OLD_AFTER_MS = 3 * 24 * 3_600_000;

/**
 * Why the cache may be missing originals, in words for the reader, or null.
 * A feed that stopped working must not quietly make every new rewrite look
 * original, so a lapsed feed, or a newest story days old, is said out loud.
 */
export function staleness(
  feeds: readonly FeedState[],
  newest: number | null,
  now = Date.now(),
): string | null {
  const lapsed = feeds.filter(
    (f) => f.enabled && f.lastPolled !== undefined && now - (f.lastSuccess ?? 0) > LAPSED_AFTER_MS,
  );
  if (lapsed.length > 0) {
    const names = lapsed.map(
      (f) => `${f.source} (${f.lastSuccess ? `since ${day(f.lastSuccess)}` : 'never read'})`,
    );
    return `Feeds not updating: ${names.join(', ')}. Stories they published since are missing, so rewrites of them would look original.`;
  }
  if (newest !== null && now - newest > OLD_AFTER_MS) {
    return `The newest story in the cache is from ${day(newest)}. Rewrites of anything newer will look original: turn on a feed or import a recent bundle.`;
  }
  return null;
}

function day(time: number): string {
  return new Date(time).toISOString().slice(0, 10);
}
