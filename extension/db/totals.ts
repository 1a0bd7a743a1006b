import { readMeta, writeMeta } from './meta-rows.ts';
import type { MetaTable, StoredStory, Totals } from './rows.ts';
import { isCapturedOnly } from './story-record.ts';

export const TOTALS: Totals = { name: 'totals', stories: 0, bytes: 0, sources: {}, languages: {} };

function count(counts: Record<string, number>, key: string, sign: 1 | -1): void {
  const n = (counts[key] ?? 0) + sign;
  if (n > 0) counts[key] = n;
  else delete counts[key];
}

/** The cache's totals, for code outside the database: the door to the totals row. */
export function cacheTotals(db: { meta: MetaTable }): Promise<Totals> {
  return readTotals(db.meta);
}

export async function readTotals(meta: MetaTable): Promise<Totals> {
  const stored = await readMeta(meta, 'totals');
  // Kept as stored: a cache from before languages were counted says nothing of them (not "none").
  return stored ? { ...stored, sources: stored.sources ?? {} } : { ...TOTALS, languages: {} };
}

/** Adds stories to the totals (removes them, with `sign` -1). */
export async function addToTotals(
  meta: MetaTable,
  stories: readonly Pick<StoredStory, 'source' | 'bytes' | 'language' | 'via'>[],
  sign: 1 | -1 = 1,
): Promise<Totals> {
  const current = await readTotals(meta);
  const sources = { ...current.sources };
  const languages = current.languages ? { ...current.languages } : undefined;
  const captured = { ...capturedTotals(current) };
  let bytes = current.bytes;
  for (const story of stories) {
    bytes += sign * story.bytes;
    count(sources, story.source, sign);
    if (languages && story.language) count(languages, story.language, sign);
    if (isCapturedOnly(story)) {
      captured.stories = Math.max(0, captured.stories + sign);
      captured.bytes = Math.max(0, captured.bytes + sign * story.bytes);
    }
  }
  const next: Totals = {
    name: 'totals',
    stories: current.stories + sign * stories.length,
    bytes,
    sources,
    ...(languages ? { languages } : {}),
    captured,
  };
  await writeMeta(meta, next);
  return next;
}

/** The captured stories' share of the totals (none, in a cache from before they were counted and not yet upgraded). */
export function capturedTotals(totals: Totals): { stories: number; bytes: number } {
  return totals.captured ?? { stories: 0, bytes: 0 };
}

/** Stories that were captured only and are now also from a feed or bundle leave the captures' count. */
export async function uncountCaptures(
  meta: MetaTable,
  stories: readonly Pick<StoredStory, 'bytes'>[],
): Promise<void> {
  if (stories.length === 0) return;
  const current = await readTotals(meta);
  const captured = capturedTotals(current);
  await writeMeta(meta, {
    ...current,
    captured: {
      stories: Math.max(0, captured.stories - stories.length),
      bytes: Math.max(0, captured.bytes - stories.reduce((sum, s) => sum + s.bytes, 0)),
    },
  });
}
