import type { WiretraceDatabase } from '../db/database.ts';
import { removeStories } from '../db/remove-stories.ts';
import { isCapturedOnly } from '../db/story-record.ts';
import { longestCached } from '../db/story-selections.ts';
import { cacheTotals, capturedTotals } from '../db/totals.ts';

/**
 * What the stories only the reader's reading brought (wire pages and wire
 * copies read on other sites) may take of the cache, apart from the limits on
 * what feeds and bundles brought: pages a site serves cannot flush those out.
 * A captured story's text is cut at `textChars`: no wire story is longer.
 */
export const CAPTURE_BUDGET = { stories: 2_000, bytes: 40_000_000, textChars: 100_000 } as const;

/** Evicts the captured stories longest in the cache until the captures are within their budget; returns how many went. */
export async function keepCapturesWithinBudget(db: WiretraceDatabase): Promise<number> {
  let removed = 0;
  for (;;) {
    const captured = capturedTotals(await cacheTotals(db));
    const overCount = captured.stories - CAPTURE_BUDGET.stories;
    const overBytes = captured.bytes - CAPTURE_BUDGET.bytes;
    if ((overCount <= 0 && overBytes <= 0) || captured.stories === 0) return removed;
    const average = captured.bytes / captured.stories;
    const count = Math.max(1, overCount, Math.ceil(overBytes / average));
    const gone = await removeStories(db, longestCached(Number.POSITIVE_INFINITY, isCapturedOnly), count);
    if (gone === 0) return removed;
    removed += gone;
  }
}
