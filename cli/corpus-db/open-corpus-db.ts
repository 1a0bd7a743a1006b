import { openEmbedded } from './embedded-client.ts';
import { connectToServer } from './server-client.ts';
import type { SqlClient } from './sql-client.ts';

/** `--db`: a postgres:// URL is a server; anything else is a folder holding an embedded corpus. */
export function openCorpusDb(db: string): Promise<SqlClient> {
  return /^postgres(?:ql)?:\/\//i.test(db) ? connectToServer(db) : openEmbedded(db);
}
