import Dexie, { type Table } from 'dexie';
import { groupBy } from './group-by.ts';
import { cachePerTable } from './read-cache.ts';
import type { TermCountRow } from './rows.ts';
import { indexInSorted } from './sorted-lookup.ts';
import type { TermTally } from './term-tally.ts';

/**
 * In how many stored stories each content term occurs: the rarity that term
 * weights come from. Kept in a fixed number of rows, each two sorted typed
 * arrays, so a batch of stories updates a few hundred rows instead of a row per
 * term, and a lookup reads only the buckets its terms fall in.
 */
const TERM_BUCKETS = 128;

function bucketOf(term: number): number {
  return (Math.imul(term, 0x85ebca6b) >>> 0) % TERM_BUCKETS;
}

/**
 * Adds a batch's tally to the counts of terms (a negative count takes stories
 * away). The rows it writes are kept in memory once their transaction has
 * committed: the next batch starts from them instead of reading them back.
 */
export async function addTermCounts(table: Table, tally: TermTally): Promise<void> {
  const { terms, counts } = tally.sorted();
  // Terms in order, so each bucket's changes come out in order too.
  const byBucket = groupBy(terms.keys(), (i) => bucketOf(terms[i] as number));
  const buckets = [...byBucket.keys()];
  const rows = await rowsOf(table, buckets);
  const updated = buckets.map((bucket) => {
    const changed = byBucket.get(bucket) ?? [];
    return mergeCounts(
      bucket,
      rows.get(bucket) ?? null,
      changed.map((at) => terms[at] as number),
      changed.map((at) => counts[at] as number),
    );
  });
  await table.bulkPut(updated);
  const cache = rowCache(table);
  cache.forget();
  whenCommitted(() => {
    cache.forget();
    for (const row of updated) cache.value.set(row.bucket, row);
  });
}

/** Rows of the given buckets, from memory where this worker has them; rows read are kept (unless a write came between). */
async function rowsOf(table: Table, buckets: Iterable<number>): Promise<Map<number, TermCountRow | null>> {
  const cache = rowCache(table);
  const rows = new Map<number, TermCountRow | null>();
  const missing: number[] = [];
  for (const bucket of buckets) {
    const row = cache.value.get(bucket);
    if (row === undefined) missing.push(bucket);
    else rows.set(bucket, row);
  }
  const keep = cache.reading();
  const read = (await table.bulkGet(missing)) as (TermCountRow | undefined)[];
  for (const [i, bucket] of missing.entries()) rows.set(bucket, read[i] ?? null);
  keep(() => {
    for (const bucket of missing) cache.value.set(bucket, rows.get(bucket) ?? null);
  });
  return rows;
}

/** Runs once the current transaction has committed (at once outside one); never if it aborts. */
function whenCommitted(run: () => void): void {
  const transaction = Dexie.currentTransaction;
  if (transaction) transaction.on('complete', run);
  else run();
}

/** The counts of the given terms (0 for a term no story has). */
export async function readTermCounts(table: Table, terms: Iterable<number>): Promise<Map<number, number>> {
  const byBucket = groupBy(terms, bucketOf);
  const rows = await rowsOf(table, byBucket.keys());
  const counts = new Map<number, number>();
  for (const [bucket, bucketTerms] of byBucket) {
    const row = rows.get(bucket);
    for (const term of bucketTerms) counts.set(term, row ? countIn(row, term) : 0);
  }
  return counts;
}

/** Merges a bucket's sorted terms with sorted changed terms and their changes; terms counted down to zero go. */
function mergeCounts(
  bucket: number,
  row: TermCountRow | null,
  changed: readonly number[],
  changes: readonly number[],
): TermCountRow {
  const oldTerms = row?.terms ?? new Uint32Array(0);
  const oldCounts = row?.counts ?? new Uint32Array(0);
  const terms = new Uint32Array(oldTerms.length + changed.length);
  const counts = new Uint32Array(terms.length);
  let i = 0;
  let j = 0;
  let n = 0;
  const emit = (term: number, count: number) => {
    if (count <= 0) return;
    terms[n] = term;
    counts[n++] = count;
  };
  while (i < oldTerms.length || j < changed.length) {
    const a = i < oldTerms.length ? (oldTerms[i] as number) : Number.POSITIVE_INFINITY;
    const b = j < changed.length ? (changed[j] as number) : Number.POSITIVE_INFINITY;
    if (a < b) emit(a, oldCounts[i++] as number);
    else if (b < a) emit(b, changes[j++] as number);
    else emit(a, (oldCounts[i++] as number) + (changes[j++] as number));
  }
  return { bucket, terms: terms.slice(0, n), counts: counts.slice(0, n) };
}

function countIn(row: TermCountRow, term: number): number {
  const at = indexInSorted(row.terms, term);
  return at < 0 ? 0 : (row.counts[at] as number);
}

// Rows read or written, kept per table: only this worker writes them.
const rowCache = cachePerTable(() => new Map<number, TermCountRow | null>());

/** Empties the counts (every story is going) and what this worker kept of them. */
export async function clearTermCounts(table: Table): Promise<void> {
  await table.clear();
  whenCommitted(() => rowCache(table).forget());
}
