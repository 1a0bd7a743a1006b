import { readMeta, writeMeta } from './meta-rows.ts';
import type { ImportRecord, MetaTable } from './rows.ts';

/** Imports remembered, newest first: enough to undo a recent one and name where a story came from. */
const KEPT = 100;

export async function importRecords(meta: MetaTable): Promise<ImportRecord[]> {
  return (await readMeta(meta, 'imports'))?.list ?? [];
}

export async function recordImport(meta: MetaTable, record: ImportRecord): Promise<void> {
  const list = [record, ...(await importRecords(meta)).filter((r) => r.id !== record.id)].slice(0, KEPT);
  await writeMeta(meta, { name: 'imports', list });
}

export async function forgetImport(meta: MetaTable, id: number): Promise<void> {
  await writeMeta(meta, { name: 'imports', list: (await importRecords(meta)).filter((r) => r.id !== id) });
}
