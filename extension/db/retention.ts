import type { WiretraceDatabase } from './database.ts';
import { writeMeta } from './meta-rows.ts';
import { removeStories } from './remove-stories.ts';
import { keptSince, type RetentionLimits } from './retention-limits.ts';
import type { Totals } from './rows.ts';
import { isQuotaError } from './storage-errors.ts';
import { isCapturedOnly } from './story-record.ts';
import { longestCached } from './story-selections.ts';
import { capturedTotals, readTotals } from './totals.ts';

/**
 * Evicts what is past any limit, the stories longest in the cache first;
 * returns how many went. The limits on count and size hold the stories feeds
 * and bundles brought; what the reader's reading captured has its own budget
 * (capture-budget.ts), so that pages, however large or many, never push them out.
 */
export async function applyRetention(
  db: WiretraceDatabase,
  limits: RetentionLimits,
  now = Date.now(),
): Promise<number> {
  let removed = await removeStories(db, longestCached(keptSince(limits, now)));
  const excess = brought(await readTotals(db.meta)).stories - limits.maxStories;
  if (excess > 0) removed += await removeOldest(db, excess);
  removed += await shrinkTo(db, limits.maxMegabytes * 1_000_000);
  return removed;
}

/** The totals of what feeds and bundles brought: all but the captured stories. */
function brought(totals: Totals): { stories: number; bytes: number } {
  const captured = capturedTotals(totals);
  return { stories: totals.stories - captured.stories, bytes: totals.bytes - captured.bytes };
}

async function shrinkTo(db: WiretraceDatabase, maxBytes: number): Promise<number> {
  let removed = 0;
  for (let totals = brought(await readTotals(db.meta)); totals.bytes > maxBytes && totals.stories > 0; ) {
    const average = totals.bytes / totals.stories;
    const gone = await removeOldest(db, Math.max(1, Math.ceil((totals.bytes - maxBytes) / average)));
    if (gone === 0) break;
    removed += gone;
    totals = brought(await readTotals(db.meta));
  }
  return removed;
}

/** Removes the feeds' and bundles' stories longest in the cache (never a captured one). */
function removeOldest(db: WiretraceDatabase, count: number): Promise<number> {
  return removeStories(
    db,
    longestCached(Number.POSITIVE_INFINITY, (story) => !isCapturedOnly(story)),
    count,
  );
}

/** A write the browser refused for lack of room (after evicting and retrying, where the write may evict). */
export class StorageFullError extends Error {
  constructor(evicted = true) {
    super(
      evicted
        ? 'The browser has no room left for more stories, even after removing those longest in the cache. Nothing was half-written.'
        : 'The browser has no room left for more stories. Nothing was removed to make room, and nothing was half-written.',
    );
    this.name = 'StorageFullError';
  }
}

const EVICT_SHARE = 0.05;
const ATTEMPTS = 3;

/**
 * Runs a write; when the browser's quota refuses it, evicts the 5% of
 * stories longest in the cache, notes it for the options page, and tries again. The write is one
 * transaction, so a refused attempt leaves nothing behind.
 */
export async function withRoomToWrite<T>(db: WiretraceDatabase, write: () => Promise<T>): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await write();
    } catch (error) {
      if (!isQuotaError(error)) throw error;
      if (attempt === ATTEMPTS) throw new StorageFullError();
      const { stories } = await readTotals(db.meta);
      const evicted = await removeOldest(db, Math.max(100, Math.ceil(stories * EVICT_SHARE)));
      await writeMeta(db.meta, { name: 'quota', at: Date.now(), evicted });
    }
  }
}

/** Runs a write that must not evict anything: a quota refusal is reported as the disk being full. */
export async function withoutEvicting<T>(write: () => Promise<T>): Promise<T> {
  try {
    return await write();
  } catch (error) {
    if (isQuotaError(error)) throw new StorageFullError(false);
    throw error;
  }
}
