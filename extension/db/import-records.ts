import type { Table } from 'dexie';

/** An import that ended: which file, when, how many stories it wrote (the ones an undo takes away). */
export interface ImportRecord {
  id: number;
  file: string;
  at: number;
  stories: number;
}

interface ImportsRow {
  name: 'imports';
  list: ImportRecord[];
}

const ROW = 'imports';
/** Imports remembered, newest first: enough to undo a recent one and name where a story came from. */
const KEPT = 100;

export async function importRecords(meta: Table): Promise<ImportRecord[]> {
  return ((await meta.get(ROW)) as ImportsRow | undefined)?.list ?? [];
}

export async function recordImport(meta: Table, record: ImportRecord): Promise<void> {
  const list = [record, ...(await importRecords(meta)).filter((r) => r.id !== record.id)].slice(0, KEPT);
  await meta.put({ name: ROW, list } satisfies ImportsRow);
}

export async function forgetImport(meta: Table, id: number): Promise<void> {
  await meta.put({
    name: ROW,
    list: (await importRecords(meta)).filter((r) => r.id !== id),
  } satisfies ImportsRow);
}
