import { execFileSync } from 'node:child_process';
import { chmodSync, existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** Where Debian keeps PostgreSQL's programs: the newest version installed, or null. */
export function postgresBin(): string | null {
  const root = '/usr/lib/postgresql';
  if (!existsSync(root)) return null;
  const versions = readdirSync(root)
    .filter((v) => existsSync(join(root, v, 'bin', 'initdb')))
    .sort((a, b) => Number(b) - Number(a));
  return versions[0] ? join(root, versions[0], 'bin') : null;
}

/**
 * A throwaway PostgreSQL cluster in a temporary folder, reached by its Unix
 * socket only (no port to clash, nothing listening on the network). PostgreSQL
 * refuses to run as root; as root, the cluster runs as the `postgres` user.
 */
export class PostgresCluster {
  private constructor(
    readonly folder: string,
    private readonly bin: string,
  ) {}

  static start(bin: string): PostgresCluster {
    const folder = mkdtempSync(join(tmpdir(), 'wiretrace-pg-'));
    chmodSync(folder, 0o777);
    const cluster = new PostgresCluster(folder, bin);
    cluster.run('initdb', ['-D', cluster.data, '-A', 'trust', '-U', 'wiretrace', '--no-sync', '-E', 'UTF8']);
    cluster.run('pg_ctl', [
      '-D',
      cluster.data,
      '-l',
      join(folder, 'log'),
      '-o',
      `-k ${folder} -c listen_addresses='' -c fsync=off -c synchronous_commit=off -c full_page_writes=off`,
      '-w',
      'start',
    ]);
    return cluster;
  }

  private get data(): string {
    return join(this.folder, 'data');
  }

  /** A URL for `--db`: the socket's folder as the host. */
  get url(): string {
    return `postgres://wiretrace@${encodeURIComponent(this.folder)}/postgres`;
  }

  stop(): void {
    try {
      this.run('pg_ctl', ['-D', this.data, '-m', 'immediate', 'stop']);
    } finally {
      rmSync(this.folder, { recursive: true, force: true });
    }
  }

  private run(program: string, args: string[]): void {
    const path = join(this.bin, program);
    const asRoot = process.getuid?.() === 0;
    execFileSync(asRoot ? 'runuser' : path, asRoot ? ['-u', 'postgres', '--', path, ...args] : args, {
      stdio: 'pipe',
    });
  }
}
