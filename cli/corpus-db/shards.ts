import { POSTING_PARTITIONS, partitionsOf } from './partitions.ts';
import { CorpusDbError, type SqlQueries } from './sql-client.ts';

/**
 * Postings across machines with PostgreSQL's own sharding: partition i of
 * the postings lives on place i mod (1 + shards), the coordinator being place
 * 0, and each remote partition is a postgres_fdw foreign table there. The
 * stories and counts stay on the coordinator; a match reads the shards'
 * partitions through it, and gives the answers one server gives.
 */
export async function placeShards(coordinator: SqlQueries, shardUrls: readonly string[]): Promise<void> {
  const places = shardUrls.length + 1;
  await coordinator.query('CREATE EXTENSION IF NOT EXISTS postgres_fdw');
  for (const [s, url] of shardUrls.entries()) {
    const server = `wiretrace_shard_${s + 1}`;
    const mine = partitionsOf(s + 1, places);
    await createShardTables(url, mine);
    const { host, port, dbname, user, password } = connectionOf(url);
    await coordinator.query(`DROP SERVER IF EXISTS ${server} CASCADE`);
    await coordinator.query(
      `CREATE SERVER ${server} FOREIGN DATA WRAPPER postgres_fdw OPTIONS (${options({ host, port, dbname })})`,
    );
    await coordinator.query(
      `CREATE USER MAPPING FOR CURRENT_USER SERVER ${server} OPTIONS (${options({ user, password })})`,
    );
    for (const i of mine)
      await coordinator.query(
        `CREATE FOREIGN TABLE postings_${i} PARTITION OF postings FOR VALUES WITH (MODULUS ${POSTING_PARTITIONS}, REMAINDER ${i}) SERVER ${server} OPTIONS (table_name 'postings_${i}')`,
      );
  }
}

async function createShardTables(url: string, partitions: readonly number[]): Promise<void> {
  const { connectToServer } = await import('./server-client.ts');
  const shard = await connectToServer(url);
  try {
    for (const i of partitions) {
      await shard.query(
        `CREATE TABLE IF NOT EXISTS postings_${i} (feature integer NOT NULL, story integer NOT NULL)`,
      );
      await shard.query(
        `CREATE INDEX IF NOT EXISTS postings_${i}_by_feature ON postings_${i} (feature, story)`,
      );
    }
  } finally {
    await shard.close();
  }
}

function connectionOf(url: string): Record<string, string | undefined> {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    throw new CorpusDbError(`not a database URL: ${url}`);
  }
  return {
    host: parsed.searchParams.get('host') ?? (decodeURIComponent(parsed.hostname) || 'localhost'),
    port: parsed.port || '5432',
    dbname: decodeURIComponent(parsed.pathname.slice(1)) || 'postgres',
    user: decodeURIComponent(parsed.username) || undefined,
    password: decodeURIComponent(parsed.password) || undefined,
  };
}

/** postgres_fdw's OPTIONS list, each value quoted as a literal. */
function options(values: Record<string, string | undefined>): string {
  return Object.entries(values)
    .filter(([, value]) => value !== undefined)
    .map(([name, value]) => `${name} '${(value as string).replaceAll("'", "''")}'`)
    .join(', ');
}
