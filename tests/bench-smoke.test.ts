import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { ADVERSARIAL_TEXTS } from '../bench/adversarial-text.ts';

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
      '1,500-word page',
      'hostile page',
      'adversarial text',
    ])
      expect(output).toContain(heading);
    for (const name of Object.keys(ADVERSARIAL_TEXTS))
      expect(output).toMatch(new RegExp(`^${escapeRegExp(name)}\\s+\\d+ ms`, 'm'));
  }, 120_000);
});

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
