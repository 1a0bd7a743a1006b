import { mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Page } from 'playwright-core';
import { storiesToJsonl } from '../lib/corpus/jsonl.ts';
import type { Story } from '../lib/corpus/story.ts';
import { BROWSER_FLAGS, BUILD_DIR } from '../tests/e2e/driver.ts';
import { Random, rewrittenPage, syntheticStory } from './synthetic.ts';

declare const chrome: {
  runtime: {
    sendMessage(message: unknown): Promise<{ ok: boolean; error?: string; value?: { verdict?: string } }>;
  };
};

/**
 * `npm run bench:browser`: the built extension in Debian's Chromium, filled
 * through its options page as a reader fills it (a bundle file chosen), then asked to judge 1,500-word pages (HTML,
 * extracted in the worker) the way a tab asks, one page at a time. Prints import rate, match + align latency (warm and just after
 * the worker was stopped), IndexedDB bytes per story and worker memory at each
 * size. Sizes can be cut for a quick look: BENCH_SIZES=1000,10000.
 */
const SIZES = (process.env.BENCH_SIZES ?? '1000,10000,100000').split(',').map(Number);
const PAGE_WORDS = 1500;
const STORY_WORDS = 600;
const QUERIES = 200;
/** Pages reach the worker one at a time, as tabs load: each is judged once the last one's bookkeeping is done. */
const PAUSE_BETWEEN_PAGES_MS = 50;
const IMPORT_BATCH = 5_000;

const random = new Random(20261123);
const originals = Array.from({ length: 8 }, (_, i) => syntheticStory(random, 1_000_000 + i, PAGE_WORDS));
const pages: string[] = originals.map((story) => rewrittenPage(random, story));

const profile = mkdtempSync(join(tmpdir(), 'wiretrace-bench-'));
const extension = join(BUILD_DIR, 'chrome-mv3');
const context = await chromium.launchPersistentContext(profile, {
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  headless: true,
  args: [...BROWSER_FLAGS, `--disable-extensions-except=${extension}`, `--load-extension=${extension}`],
});
const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
const page = await context.newPage();
await page.goto(`chrome-extension://${new URL(worker.url()).host}/options.html`);

const rows: string[][] = [
  [
    'stories',
    'import rate',
    'match p50',
    'p95',
    'cold',
    'IDB bytes/story',
    'bundle bytes/story',
    'worker heap',
  ],
];
let stored = 0;
let importMs = 0;
let textBytes = 0;
let serial = 0;
await importStories(originals);
for (const size of SIZES) {
  while (stored < size) {
    const batch: Story[] = [];
    while (batch.length < IMPORT_BATCH && stored + batch.length < size)
      batch.push(syntheticStory(random, serial++, STORY_WORDS));
    await importStories(batch);
  }
  const times = await judgeAll();
  const cold = await coldJudge();
  const bytes = indexedDbBytes();
  rows.push([
    size.toLocaleString('en'),
    `${Math.round((stored / importMs) * 1000).toLocaleString('en')}/s`,
    `${times.median.toFixed(1)} ms`,
    `${times.p95.toFixed(1)} ms`,
    `${cold.toFixed(1)} ms`,
    `${Math.round(bytes / stored).toLocaleString('en')} B`,
    `${Math.round(textBytes / stored).toLocaleString('en')} B`,
    await workerHeap(),
  ]);
  console.error(rows.at(-1)?.join(' | '));
}
await context.close();
printTable(rows);
console.log(
  '\ntargets at 100,000: import >= 5,000/s, match p95 < 50 ms, index <= 2 KB a story beyond the text (IDB bytes minus bundle bytes)',
);

/** Imports as a reader does: the bundle file chosen in the options page, timed until the page says it is done. */
async function importStories(stories: Story[]): Promise<void> {
  const jsonl = storiesToJsonl(stories);
  textBytes += Buffer.byteLength(jsonl);
  const name = `bundle-${serial}.jsonl`;
  const file = join(profile, name);
  writeFileSync(file, jsonl);
  const status = 'section[aria-labelledby=bundles] p[role=status]';
  const start = performance.now();
  await page.setInputFiles('input[type=file]', file);
  const said = await page.waitForFunction(
    ([selector, bundle]) => {
      const text = document.querySelector(selector)?.textContent ?? '';
      return (
        (text.includes(bundle) || /not imported|went away/.test(text)) &&
        !text.startsWith('Reading') &&
        !text.startsWith('Importing') &&
        text
      );
    },
    [status, name] as const,
    { polling: 5, timeout: 600_000 },
  );
  importMs += performance.now() - start;
  const text = await said.jsonValue();
  rmSync(file);
  if (!String(text).startsWith('Imported')) throw new Error(`import failed: ${text}`);
  stored += stories.length;
}

async function judge(target: Page, html: string): Promise<number> {
  return target.evaluate(async (pageHtml) => {
    const start = performance.now();
    const reply = await chrome.runtime.sendMessage({
      type: 'analyze-page',
      url: 'https://example.com/news/1',
      html: pageHtml,
    });
    if (!reply?.ok || !reply.value?.verdict || reply.value.verdict === 'unrelated')
      throw new Error(`page not matched: ${JSON.stringify(reply).slice(0, 200)}`);
    return performance.now() - start;
  }, html);
}

async function judgeAll(): Promise<{ median: number; p95: number }> {
  const times: number[] = [];
  for (let run = 0; run < QUERIES; run++) {
    times.push(await judge(page, pages[run % pages.length] as string));
    await new Promise((resolve) => setTimeout(resolve, PAUSE_BETWEEN_PAGES_MS));
  }
  times.sort((a, b) => a - b);
  return { median: quantile(times, 0.5), p95: quantile(times, 0.95) };
}

/** The first judgement after the worker was stopped: nothing of the index is in memory. */
async function coldJudge(): Promise<number> {
  const cdp = await context.newCDPSession(page);
  await cdp.send('ServiceWorker.enable');
  await cdp.send('ServiceWorker.stopAllWorkers');
  await cdp.detach();
  return judge(page, pages[1] as string);
}

/** The worker's JS heap in use, asked over the DevTools protocol (workers have no performance.memory). */
async function workerHeap(): Promise<string> {
  const cdp = await context.newCDPSession(page);
  try {
    const { targetInfos } = await cdp.send('Target.getTargets');
    const target = targetInfos.find(
      (t) => t.type === 'service_worker' && t.url.startsWith('chrome-extension://'),
    );
    if (!target) return 'n/a';
    const { sessionId } = await cdp.send('Target.attachToTarget', {
      targetId: target.targetId,
      flatten: false,
    });
    const answer = new Promise<string>((resolve) => {
      cdp.on('Target.receivedMessageFromTarget', (event) => {
        const message = JSON.parse(event.message) as { id?: number; result?: { usedSize: number } };
        if (message.id === 1) resolve(`${((message.result?.usedSize ?? 0) / 2 ** 20).toFixed(0)} MB`);
      });
    });
    await cdp.send('Target.sendMessageToTarget', {
      sessionId,
      message: JSON.stringify({ id: 1, method: 'Runtime.getHeapUsage' }),
    });
    return await answer;
  } finally {
    await cdp.detach();
  }
}

function indexedDbBytes(): number {
  const root = join(profile, 'Default', 'IndexedDB');
  return readdirSync(root)
    .filter((name) => name.startsWith('chrome-extension_'))
    .reduce((sum, name) => sum + directoryBytes(join(root, name)), 0);
}

function directoryBytes(path: string): number {
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.size;
  return readdirSync(path).reduce((sum, name) => sum + directoryBytes(join(path, name)), 0);
}

function quantile(sorted: number[], q: number): number {
  const position = (sorted.length - 1) * q;
  const low = Math.floor(position);
  const high = Math.ceil(position);
  return (sorted[low] as number) + ((sorted[high] as number) - (sorted[low] as number)) * (position - low);
}

function printTable(table: string[][]): void {
  const widths = table[0]?.map((_, c) => Math.max(...table.map((row) => row[c]?.length ?? 0))) ?? [];
  for (const row of table) console.log(row.map((cell, c) => cell.padEnd(widths[c] ?? 0)).join('  '));
}
