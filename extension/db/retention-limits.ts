/**
 * How much the cache keeps; the oldest stories (by publication time) go first.
 * Apart from the code that applies them, so that settings (read in content
 * scripts too) do not pull the database in.
 */
export interface RetentionLimits {
  maxAgeDays: number;
  maxStories: number;
  maxMegabytes: number;
}

export const DEFAULT_LIMITS: RetentionLimits = { maxAgeDays: 90, maxStories: 100_000, maxMegabytes: 1_000 };

const DAY = 86_400_000;

/** The earliest publication time the age limit keeps. */
export function keptSince(limits: RetentionLimits, now = Date.now()): number {
  return now - limits.maxAgeDays * DAY;
}
