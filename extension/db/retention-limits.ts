/**
 * How much the cache keeps. Age counts from when a story entered the cache,
 * not from when it was published: an archive the reader imports is kept as
 * long as today's news. Apart from the code that applies them, so that
 * settings (read in content scripts too) do not pull the database in.
 */
export interface RetentionLimits {
  /** Days a story stays after it entered the cache. */
  maxAgeDays: number;
  maxStories: number;
  maxMegabytes: number;
}

export const DEFAULT_LIMITS: RetentionLimits = { maxAgeDays: 90, maxStories: 100_000, maxMegabytes: 1_000 };

const DAY = 86_400_000;

/**
 * The start of the age limit's window. Stories that entered the cache before
 * it are removed; feed polls also skip items published before it, which are
 * old news (an import is another matter: the reader chose what it holds).
 */
export function keptSince(limits: RetentionLimits, now = Date.now()): number {
  return now - limits.maxAgeDays * DAY;
}
