import type { Table } from 'dexie';

/** Running totals kept beside the stories: counting 100,000 records on every match would be slow. */
export interface Totals {
  name: 'totals';
  stories: number;
  bytes: number;
  /** Stories by source. */
  sources: Record<string, number>;
}

export const TOTALS: Totals = { name: 'totals', stories: 0, bytes: 0, sources: {} };

export async function readTotals(meta: Table): Promise<Totals> {
  return { ...TOTALS, ...((await meta.get('totals')) as Totals | undefined) };
}

/** Adds stories to the totals (removes them, with `sign` -1). */
export async function addToTotals(
  meta: Table,
  stories: readonly { source: string; bytes: number }[],
  sign: 1 | -1 = 1,
): Promise<Totals> {
  const current = await readTotals(meta);
  const sources = { ...current.sources };
  let bytes = current.bytes;
  for (const story of stories) {
    bytes += sign * story.bytes;
    const count = (sources[story.source] ?? 0) + sign;
    if (count > 0) sources[story.source] = count;
    else delete sources[story.source];
  }
  const next: Totals = { name: 'totals', stories: current.stories + sign * stories.length, bytes, sources };
  await meta.put(next);
  return next;
}
