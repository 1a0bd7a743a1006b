import type { MetaName, MetaRows, MetaTable } from './rows.ts';

// Dexie's own promises are returned as they are: a native one awaited inside a transaction may let it commit early.

/** The row of that name, typed by its name: rows are written only through `writeMeta`. */
export function readMeta<N extends MetaName>(meta: MetaTable, name: N): PromiseLike<MetaRows[N] | undefined> {
  return meta.get(name) as PromiseLike<MetaRows[N] | undefined>;
}

export function writeMeta<N extends MetaName>(
  meta: MetaTable,
  row: MetaRows[N] & { name: N },
): PromiseLike<MetaName> {
  return meta.put(row);
}
