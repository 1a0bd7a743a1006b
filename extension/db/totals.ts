import type { Table } from 'dexie';

/** Running totals kept beside the stories: counting 100,000 records on every match would be slow. */
export interface Totals {
  name: 'totals';
  stories: number;
  bytes: number;
}

export const TOTALS: Totals = { name: 'totals', stories: 0, bytes: 0 };

export async function readTotals(meta: Table): Promise<Totals> {
  return ((await meta.get('totals')) as Totals | undefined) ?? TOTALS;
}

export async function addToTotals(meta: Table, stories: number, bytes: number): Promise<Totals> {
  const current = await readTotals(meta);
  const next = { ...current, stories: current.stories + stories, bytes: current.bytes + bytes };
  await meta.put(next);
  return next;
}
