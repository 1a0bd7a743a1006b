import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';

/** Runs a bench once at toy sizes (BENCH_SMOKE=1), as `npm run bench:*` would, and gives what it printed. */
function smokeRun(bench: string): string {
  return execFileSync(process.execPath, ['--import', 'tsx', bench], {
    env: { ...process.env, BENCH_SMOKE: '1' },
    encoding: 'utf8',
    timeout: 240_000,
  });
}

// The browser benches drive Debian's Chromium (and the built extension: `npm test` builds it first). Figures are
// not held to anything here: they go in docs/engineering.md. These runs only fail when a bench breaks.
describe('the browser benches, at toy sizes', () => {
  it('npm run bench:browser imports through the options page and judges pages from a web page’s tab', () => {
    const output = smokeRun('bench/browser.bench.ts');
    expect(output).toMatch(
      /^stories\s+import rate\s+of raw IDB writes\s+match p50\s+p95\s+in raw candidate reads/m,
    );
    expect(output).toMatch(/^200\s+[\d,]+\/s\s+[\d.]+×\s+[\d.]+ ms\s+[\d.]+ ms\s+[\d.]+×\s+[\d.]+ ms/m);
    expect(output).toMatch(/the ceiling, in the same browser: IndexedDB writes [\d,]+ story records\/s/);
  }, 250_000);

  it('npm run bench:idb writes every layout', () => {
    const output = smokeRun('bench/indexeddb-writes.bench.ts');
    for (const layout of ['bare record', '+ 5 scalar indexes', 'blocks of 50 stories'])
      expect(output).toContain(layout);
  }, 250_000);
});
