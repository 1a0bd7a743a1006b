import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Random, syntheticStory } from '../../bench/synthetic.ts';
import { storiesToJsonl } from '../../lib/corpus/jsonl.ts';
import { STORIES_JSONL } from '../support/fixtures.ts';
import { launchChromium } from './chromium-driver.ts';
import type { ExtensionBrowser, Tab } from './driver.ts';

/** A filesystem this small holds Chromium's profile and a few megabytes of stories, not a bundle of 40 MB. */
const DISK_MB = 48;
const FIXTURE_STORIES = 11;

/** Mounts a tmpfs of `megabytes` (root only); null, with the reason, where it cannot. */
function smallDisk(megabytes: number): { path: string } | { why: string } {
  if (process.getuid?.() !== 0) return { why: 'needs root to mount a small tmpfs (CI runs as root)' };
  const path = mkdtempSync(join(tmpdir(), 'wiretrace-small-disk-'));
  try {
    execFileSync('mount', ['-t', 'tmpfs', '-o', `size=${megabytes}m`, 'tmpfs', path], { stdio: 'pipe' });
    return { path };
  } catch (error) {
    rmSync(path, { recursive: true, force: true });
    return { why: `mounting a tmpfs failed: ${String(error).split('\n')[0]}` };
  }
}

// Root is checked here; the disk is mounted only when the test runs (a run that filters the test out mounts nothing).
const root = process.getuid?.() === 0;
if (!root)
  console.warn('Skipping the full-disk import test: it needs root to mount a small tmpfs (CI runs as root).');

describe.runIf(root)(`an import onto a full disk (Chromium, profile on a ${DISK_MB} MB tmpfs)`, () => {
  let disk: { path: string } | { why: string } = { why: 'not mounted yet' };
  let browser: ExtensionBrowser | undefined;
  let options: Tab;
  let bundleDir = '';

  beforeAll(async () => {
    disk = smallDisk(DISK_MB);
    if (!('path' in disk)) return;
    bundleDir = mkdtempSync(join(tmpdir(), 'wiretrace-big-bundle-'));
    // No page is opened: requests go to a port where nothing listens.
    browser = await launchChromium('127.0.0.1:9', disk.path);
    options = await browser.extensionTab();
  });

  afterAll(async () => {
    await browser?.close();
    if ('path' in disk) {
      execFileSync('umount', [disk.path]);
      rmSync(disk.path, { recursive: true, force: true });
    }
    if (bundleDir) rmSync(bundleDir, { recursive: true, force: true });
  });

  async function importFile(file: string): Promise<string> {
    await options.goto(`${(browser as ExtensionBrowser).extensionBase}options.html`);
    await options.waitFor('input[type=file]');
    await options.upload('input[type=file]', file);
    for (let attempt = 0; attempt < 600; attempt++) {
      const status = (await options.count('p[role=status]')) ? await options.text('p[role=status]') : '';
      if (
        /^(Imported|The disk is full|The bundle was not imported)/.test(status) ||
        /status-error/.test(await statusClass())
      )
        return status;
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
    throw new Error('the import never ended');
  }

  async function statusClass(): Promise<string> {
    return options.evaluate(() => document.querySelector('p[role=status]')?.className ?? '', null);
  }

  async function storyCount(): Promise<number> {
    return options.evaluate(async () => {
      const api = (globalThis as { chrome?: { runtime: { sendMessage(m: unknown): Promise<unknown> } } })
        .chrome;
      const reply = (await api?.runtime.sendMessage({ type: 'get-stats' })) as {
        value?: { stories: number };
      };
      return reply?.value?.stories ?? -1;
    }, null);
  }

  it('stops, evicts nothing, takes back only what it wrote and says exactly what the cache holds', async () => {
    expect(await importFile(STORIES_JSONL)).toContain(`Imported ${FIXTURE_STORIES} stories`);
    expect(await storyCount()).toBe(FIXTURE_STORIES);
    const random = new Random(20261207);
    const big = Array.from({ length: 8_000 }, (_, i) => syntheticStory(random, 500_000 + i, 4_000));
    const bundle = join(bundleDir, 'big.jsonl');
    writeFileSync(bundle, storiesToJsonl(big));
    const said = await importFile(bundle);
    expect(said).toMatch(
      new RegExp(
        `^The disk is full: the import stopped and took back the [\\d,]+ stories it had written\\. The cache holds ${FIXTURE_STORIES} stories, as before the import; nothing else was removed\\.`,
      ),
    );
    expect(await storyCount()).toBe(FIXTURE_STORIES);
  }, 600_000);
});
