import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { ADVERSARIAL_TEXTS } from '../bench/adversarial-text.ts';
import { postgresBin } from './support/postgres-cluster.ts';

describe('npm run bench', () => {
  it('runs every part at toy sizes (BENCH_SMOKE=1) and prints every table, so it cannot silently break', () => {
    const output = execFileSync(
      process.execPath,
      ['--expose-gc', '--import', 'tsx', 'bench/engine.bench.ts'],
      {
        env: { ...process.env, BENCH_SMOKE: '1' },
        encoding: 'utf8',
        timeout: 110_000,
      },
    );
    for (const heading of [
      'match + align at 200 stories',
      'wiretrace --version, compiled',
      '1,500-word page',
      'hostile page',
      'adversarial text',
    ])
      expect(output).toContain(heading);
    for (const name of Object.keys(ADVERSARIAL_TEXTS))
      expect(output).toMatch(new RegExp(`^${escapeRegExp(name)}\\s+\\d+ ms`, 'm'));
  }, 120_000);
});

describe.skipIf(!postgresBin())('npm run bench:db', () => {
  it('runs every part at toy sizes against a throwaway server and PGlite', () => {
    const output = execFileSync(process.execPath, ['--import', 'tsx', 'bench/db.bench.ts'], {
      env: { ...process.env, BENCH_SMOKE: '1' },
      encoding: 'utf8',
      timeout: 170_000,
    });
    for (const heading of [
      'match, memory, 300 stories (reference',
      'match --db, server, 600 stories',
      'ingest into the server',
      'fingerprinting alone',
      'database writes alone',
      'server size on disk',
      'match --db peak memory',
      'ingest into PGlite',
    ])
      expect(output).toContain(heading);
  }, 180_000);
});

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
