import type { SqlClient } from './sql-client.ts';

/**
 * `--db`: a postgres:// URL is a server; anything else is a folder holding an
 * embedded corpus. Each client is loaded when asked for: a run with no
 * database loads neither.
 */
export async function openCorpusDb(db: string): Promise<SqlClient> {
  if (/^postgres(?:ql)?:\/\//i.test(db)) return (await import('./server-client.ts')).connectToServer(db);
  return (await import('./embedded-client.ts')).openEmbedded(db);
}
