import { closeSync, mkdirSync, openSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { beginStatement, CorpusDbError, type SqlClient } from './sql-client.ts';

const LOCK = 'wiretrace.lock';

/**
 * A corpus in a folder, through PGlite (PostgreSQL compiled to WebAssembly):
 * no server, no install. One process at a time opens a folder: PGlite is one
 * connection, and two of them on one folder would corrupt it, so a lock file
 * says who has it.
 */
export async function openEmbedded(folder: string): Promise<SqlClient> {
  const where = resolve(folder);
  try {
    mkdirSync(where, { recursive: true });
  } catch (error) {
    throw new CorpusDbError(`cannot open the corpus folder ${where}: ${(error as Error).message}`);
  }
  const unlock = lockFolder(where);
  let db: PGlite;
  try {
    db = await PGlite.create(join(where, 'pgdata'));
  } catch (error) {
    unlock();
    throw new CorpusDbError(`cannot open the corpus in ${where}: ${(error as Error).message}`);
  }
  return {
    where,
    async query<Row>(text: string, params: readonly unknown[] = []) {
      return (await db.query<Row>(text, params as unknown[])).rows;
    },
    async transaction(work, options) {
      // PGlite is one connection: a transaction is the whole client's while it runs.
      return db.transaction(async (tx) => {
        if (options?.snapshot) await tx.query(beginStatement(true).replace('BEGIN', 'SET TRANSACTION'));
        return work({
          async query<Row>(text: string, params: readonly unknown[] = []) {
            return (await tx.query<Row>(text, params as unknown[])).rows;
          },
        });
      });
    },
    async close() {
      try {
        await db.close();
      } finally {
        unlock();
      }
    },
  };
}

function lockFolder(folder: string): () => void {
  const path = join(folder, LOCK);
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      const fd = openSync(path, 'wx');
      writeFileSync(fd, String(process.pid));
      closeSync(fd);
      return () => rmSync(path, { force: true });
    } catch (error) {
      if ((error as { code?: string }).code !== 'EEXIST') throw error;
      const holder = Number(readFileSync(path, 'utf8'));
      if (isAlive(holder)) throw new CorpusDbError(`the corpus in ${folder} is in use by process ${holder}`);
      rmSync(path, { force: true });
    }
  }
  throw new CorpusDbError(`cannot lock the corpus in ${folder}`);
}

function isAlive(pid: number): boolean {
  if (!Number.isInteger(pid) || pid <= 0) return false;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as { code?: string }).code === 'EPERM';
  }
}
