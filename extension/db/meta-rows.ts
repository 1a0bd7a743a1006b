import type { Table } from 'dexie';
import type { Settings } from '../settings.ts';
import type { FingerprintState } from './fingerprint-state.ts';
import type { ImportJob, ImportsRow } from './import-records.ts';
import type { PostingsState } from './posting-store.ts';
import type { Totals } from './totals.ts';

/** Every kind of row the `meta` table holds, by its name. */
export interface MetaRows {
  totals: Totals;
  /** The next block number (block numbers are never reused). */
  'story-blocks': { name: 'story-blocks'; next: number };
  /** The last time the browser ran out of room and what that cost. */
  quota: { name: 'quota'; at: number; evicted: number };
  /** The import under way. */
  import: ImportJob;
  imports: ImportsRow;
  settings: { name: 'settings'; values: Settings };
  fingerprint: FingerprintState;
  /** The two generations of the feature index, and the name index. */
  postings: PostingsState;
  'postings-b': PostingsState;
  names: PostingsState;
}

export type MetaName = keyof MetaRows;
export type MetaRow = MetaRows[MetaName];
export type MetaTable = Table<MetaRow, MetaName>;

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
