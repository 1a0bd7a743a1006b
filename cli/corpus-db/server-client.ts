import pg from 'pg';
import { beginStatement, CorpusDbError, type SqlClient, type SqlQueries } from './sql-client.ts';

/** A PostgreSQL server, through a small pool of connections. */
export async function connectToServer(url: string): Promise<SqlClient> {
  const where = withoutPassword(url);
  const pool = new pg.Pool({ connectionString: url, max: 4, connectionTimeoutMillis: 10_000 });
  // An idle connection the server drops must not crash the command: the next query reconnects.
  pool.on('error', () => {});
  try {
    await pool.query('SELECT 1');
  } catch (error) {
    await pool.end().catch(() => {});
    throw new CorpusDbError(`cannot reach the database at ${where}: ${reasonOf(error)}`);
  }
  const queries = (runner: { query: pg.Pool['query'] }): SqlQueries => ({
    async query<Row>(text: string, params: readonly unknown[] = []) {
      const result = await runner.query(text, params as unknown[]);
      return result.rows as Row[];
    },
  });
  return {
    where,
    ...queries(pool),
    async transaction(work, options) {
      const client = await pool.connect();
      try {
        await client.query(beginStatement(options?.snapshot));
        const result = await work(queries(client));
        await client.query('COMMIT');
        return result;
      } catch (error) {
        await client.query('ROLLBACK').catch(() => {});
        throw error;
      } finally {
        client.release();
      }
    },
    close: () => pool.end(),
  };
}

function withoutPassword(url: string): string {
  try {
    const parsed = new URL(url);
    if (parsed.password) parsed.password = '***';
    return parsed.toString();
  } catch {
    return 'the database URL given';
  }
}

function reasonOf(error: unknown): string {
  const { code, message } = error as { code?: string; message?: string };
  if (code === 'ECONNREFUSED') return 'connection refused (is the server running?)';
  if (code === 'ENOTFOUND') return 'no such host';
  if (code === 'ENOENT') return 'no server socket there (is the server running?)';
  return (message ?? String(error)).split('\n')[0] as string;
}
