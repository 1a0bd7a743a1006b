import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { readMeta } from './schema.ts';
import type { SqlClient } from './sql-client.ts';

export interface CorpusStats {
  where: string;
  schema: number;
  fingerprint: number;
  stories: number;
  languages: { language: string; stories: number }[];
  sources: { source: string; stories: number }[];
  postings: number;
  terms: number;
  /** The postings' partitions, and the server each lives on ("here" for this one). */
  partitions: { name: string; server: string }[];
  bytes: number;
}

/** What a corpus database holds, for `wiretrace db stats`. */
export async function corpusStats(db: SqlClient, folder: string | null): Promise<CorpusStats | null> {
  const meta = await readMeta(db);
  if (!meta) return null;
  const count = async (sql: string) => Number((await db.query<{ n: string }>(sql))[0]?.n ?? 0);
  const languages = await db.query<{ language: string; stories: number }>(
    `SELECT language, stories FROM language_counts ORDER BY stories DESC, language`,
  );
  const sources = await db.query<{ source: string; stories: string }>(
    `SELECT source, count(*)::text AS stories FROM stories GROUP BY source ORDER BY count(*) DESC, source LIMIT 20`,
  );
  const partitions = await db.query<{ name: string; server: string | null }>(
    `SELECT c.relname AS name, s.srvname AS server
     FROM pg_inherits i JOIN pg_class c ON c.oid = i.inhrelid
     LEFT JOIN pg_foreign_table f ON f.ftrelid = c.oid LEFT JOIN pg_foreign_server s ON s.oid = f.ftserver
     WHERE i.inhparent = 'postings'::regclass ORDER BY c.relname`,
  );
  return {
    where: db.where,
    schema: meta.schema,
    fingerprint: meta.fingerprint,
    stories: meta.stories,
    languages: languages.map((l) => ({ language: l.language, stories: Number(l.stories) })),
    sources: sources.map((s) => ({ source: s.source, stories: Number(s.stories) })),
    postings: await count('SELECT count(*)::text AS n FROM postings'),
    terms: await count('SELECT count(*)::text AS n FROM term_counts'),
    partitions: partitions.map((p) => ({ name: p.name, server: p.server ?? 'here' })),
    bytes: folder
      ? folderBytes(folder)
      : await count('SELECT pg_database_size(current_database())::text AS n'),
  };
}

function folderBytes(folder: string): number {
  let total = 0;
  for (const entry of readdirSync(folder, { withFileTypes: true })) {
    const path = join(folder, entry.name);
    total += entry.isDirectory() ? folderBytes(path) : entry.isFile() ? statSync(path).size : 0;
  }
  return total;
}
