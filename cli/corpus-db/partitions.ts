/**
 * The postings table is cut into this many partitions by a hash of the
 * feature: a query's features spread over them, and they can live on other
 * servers (postgres_fdw, or Citus distributing by `feature`).
 */
export const POSTING_PARTITIONS = 8;

export const ALL_PARTITIONS: readonly number[] = Array.from({ length: POSTING_PARTITIONS }, (_, i) => i);

/** The partitions place `place` of `places` holds: the coordinator is place 0, the shards 1 onwards. */
export function partitionsOf(place: number, places: number): number[] {
  return ALL_PARTITIONS.filter((i) => i % places === place);
}
