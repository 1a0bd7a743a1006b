import { FINGERPRINT_VERSION } from '../../lib/fingerprint/version.ts';
import { ALL_PARTITIONS, POSTING_PARTITIONS, partitionsOf } from './partitions.ts';
import { placeShards } from './shards.ts';
import { CorpusDbError, type SqlQueries } from './sql-client.ts';

/** The tables' layout; a change to it comes with a migration from every earlier one. */
export const SCHEMA_VERSION = 1;

/**
 * One schema for PGlite and every server. `stories` holds each story once,
 * keyed in the order it was added (the order the in-memory index gives keys,
 * so ties rank alike); `postings` the sampled and lede features, as the
 * in-memory index keeps them; `term_counts` and `language_counts` what
 * weights and language checks read; `corpus_meta` the counts, the next key
 * and the fingerprint version that built the postings.
 */
export function tableStatements(localPartitions: readonly number[] = ALL_PARTITIONS): string[] {
  return [
    `CREATE TABLE IF NOT EXISTS corpus_meta (name text PRIMARY KEY, value bigint NOT NULL)`,
    `CREATE TABLE IF NOT EXISTS stories (
       key integer PRIMARY KEY,
       source text NOT NULL,
       id text NOT NULL,
       language text NOT NULL,
       story json NOT NULL,
       UNIQUE (source, id))`,
    `CREATE TABLE IF NOT EXISTS postings (feature integer NOT NULL, story integer NOT NULL) PARTITION BY HASH (feature)`,
    ...localPartitions.map(
      (i) =>
        `CREATE TABLE IF NOT EXISTS postings_${i} PARTITION OF postings FOR VALUES WITH (MODULUS ${POSTING_PARTITIONS}, REMAINDER ${i})`,
    ),
    `CREATE TABLE IF NOT EXISTS term_counts (term integer PRIMARY KEY, stories integer NOT NULL)`,
    `CREATE TABLE IF NOT EXISTS language_counts (language text PRIMARY KEY, stories integer NOT NULL)`,
  ];
}

/** The postings' index, made on the partitioned table once any foreign partition is in: it covers the local ones. */
const POSTINGS_INDEX = `CREATE INDEX IF NOT EXISTS postings_by_feature ON postings (feature, story)`;

export interface CorpusMeta {
  schema: number;
  fingerprint: number;
  stories: number;
  nextKey: number;
}

const META_DEFAULTS = (): Record<string, number> => ({
  schema: SCHEMA_VERSION,
  fingerprint: FINGERPRINT_VERSION,
  stories: 0,
  next_key: 0,
});

/** Creates the tables where they are missing; an existing corpus is left as it is. */
export async function createSchema(db: SqlQueries, shardUrls: readonly string[] = []): Promise<void> {
  const local = shardUrls.length ? partitionsOf(0, shardUrls.length + 1) : ALL_PARTITIONS;
  for (const statement of tableStatements(local)) await db.query(statement);
  if (shardUrls.length) await placeShards(db, shardUrls);
  await db.query(POSTINGS_INDEX);
  const defaults = META_DEFAULTS();
  await db.query(
    `INSERT INTO corpus_meta (name, value) SELECT * FROM unnest($1::text[], $2::bigint[]) ON CONFLICT (name) DO NOTHING`,
    [Object.keys(defaults), Object.values(defaults)],
  );
}

export async function readMeta(db: SqlQueries): Promise<CorpusMeta | null> {
  let rows: { name: string; value: string }[];
  try {
    rows = await db.query(`SELECT name, value::text AS value FROM corpus_meta`);
  } catch (error) {
    if ((error as { code?: string }).code === '42P01') return null; // no such table: not a corpus yet
    throw error;
  }
  const value = (name: string) => Number(rows.find((r) => r.name === name)?.value ?? Number.NaN);
  return {
    schema: value('schema'),
    fingerprint: value('fingerprint'),
    stories: value('stories'),
    nextKey: value('next_key'),
  };
}

export async function writeMeta(db: SqlQueries, values: Partial<Record<string, number>>): Promise<void> {
  await db.query(
    `UPDATE corpus_meta AS m SET value = v.value FROM unnest($1::text[], $2::bigint[]) AS v(name, value) WHERE m.name = v.name`,
    [Object.keys(values), Object.values(values)],
  );
}

/**
 * The corpus's meta, checked: it is one, its layout is this one, and its
 * postings were built by this fingerprint (else its candidates would be
 * another tokenizer's, silently wrong).
 */
export async function checkedMeta(db: SqlQueries, where: string): Promise<CorpusMeta> {
  const meta = await readMeta(db);
  if (!meta) throw new CorpusDbError(`${where} holds no corpus yet: add stories with wiretrace index --db`);
  if (meta.schema !== SCHEMA_VERSION)
    throw new CorpusDbError(
      `${where} has corpus layout ${meta.schema}; this wiretrace reads ${SCHEMA_VERSION}`,
    );
  if (meta.fingerprint !== FINGERPRINT_VERSION)
    throw new CorpusDbError(
      `${where} was indexed by fingerprint version ${meta.fingerprint}; this wiretrace fingerprints by version ${FINGERPRINT_VERSION}: run wiretrace index --db ${where} --reindex`,
    );
  return meta;
}
