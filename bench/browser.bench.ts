import { mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type CDPSession, chromium } from 'playwright-core';
import { storiesToJsonl } from '../lib/corpus/jsonl.ts';
import type { Story } from '../lib/corpus/story.ts';
import { CANDIDATES_RETRIEVED } from '../lib/engine/compare-threads.ts';
import { BROWSER_FLAGS, BUILD_DIR } from '../tests/e2e/driver.ts';
import { rawIndexedDb } from './indexeddb-ceiling.ts';
import { Random, rewrittenPage, syntheticStory } from './synthetic.ts';
import { printTable } from './table.ts';

declare const chrome: {
  runtime: { sendMessage(message: unknown): Promise<unknown> };
  tabs: { query(q: object): Promise<{ id?: number }[]>; getCurrent(): Promise<{ id?: number } | undefined> };
};

/**
 * `npm run bench:browser`: the built extension in Debian's Chromium, filled
 * through its options page as a reader fills it (a bundle file chosen), then asked to judge 1,500-word pages (HTML,
 * extracted in the worker) as a tab asks: from the content script of a web page's tab, one page at a time (the
 * worker answers page requests from pages only), the reader's "Check this page now" granting each past the tab's
 * few a minute. Prints import rate, match + align latency (warm and just after
 * the worker was stopped), IndexedDB bytes per story and worker memory at each
 * size, and each against the ceiling measured in the same run: IndexedDB's own
 * write rate for story records as large, and its time to read a match's
 * candidates by key. Sizes can be cut for a quick look: BENCH_SIZES=1000,10000; BENCH_SMOKE=1 runs it once at toy size (a test
 * does, so that it cannot break unseen).
 */
const SMOKE = process.env.BENCH_SMOKE === '1';
const SIZES = (process.env.BENCH_SIZES ?? (SMOKE ? '200' : '1000,10000,100000')).split(',').map(Number);
const PAGE_WORDS = 1500;
const STORY_WORDS = 600;
const QUERIES = SMOKE ? 3 : 200;
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
const page = context.pages()[0] ?? (await context.newPage());
await page.goto(`chrome-extension://${new URL(worker.url()).host}/options.html`);
const reader = await readerTab();

const rows: string[][] = [
  [
    'stories',
    'import rate',
    'of raw IDB writes',
    'match p50',
    'p95',
    'in raw candidate reads',
    'cold',
    'IDB bytes/story',
    'bundle bytes/story',
    'worker heap',
  ],
];
const measured: { importRate: number; p50: number }[] = [];
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
  const importRate = (stored / importMs) * 1000;
  measured.push({ importRate, p50: times.median });
  rows.push([
    size.toLocaleString('en'),
    `${Math.round(importRate).toLocaleString('en')}/s`,
    '',
    `${times.median.toFixed(1)} ms`,
    `${times.p95.toFixed(1)} ms`,
    '',
    `${cold.toFixed(1)} ms`,
    `${Math.round(bytes / stored).toLocaleString('en')} B`,
    `${Math.round(textBytes / stored).toLocaleString('en')} B`,
    await workerHeap(),
  ]);
  console.error(rows.at(-1)?.join(' | '));
}
// The ceiling, last, so that its scratch database never counts in the store's bytes.
const ceiling = await rawIndexedDb(page, {
  records: SMOKE ? 200 : 20_000,
  batch: IMPORT_BATCH,
  text: syntheticStory(random, 9_000_000, STORY_WORDS).text,
  candidates: CANDIDATES_RETRIEVED,
});
measured.forEach(({ importRate, p50 }, i) => {
  const row = rows[i + 1] as string[];
  row[2] = `${(importRate / ceiling.writesPerSecond).toFixed(2)}×`;
  row[5] = `${(p50 / ceiling.candidateReadMs).toFixed(1)}×`;
});
await context.close();
reader.server.close();
rmSync(profile, { recursive: true, force: true });
printTable(rows);
console.log(
  `\nthe ceiling, in the same browser: IndexedDB writes ${Math.round(ceiling.writesPerSecond).toLocaleString('en')} story records/s ` +
    `(${IMPORT_BATCH.toLocaleString('en')} a transaction, as large as the bundle's), and reads ${CANDIDATES_RETRIEVED} of them by key ` +
    `in ${ceiling.candidateReadMs.toFixed(2)} ms (median): a match reads at least its candidates`,
);
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

/**
 * A web page's tab, its content script's world reached over the DevTools
 * protocol: what it sends, the worker takes from a page, as from a reader's
 * tab. The page is not an article, so its content script judges nothing by itself.
 */
async function readerTab(): Promise<{
  cdp: CDPSession;
  world: number;
  tabId: number;
  server: ReturnType<typeof createServer>;
}> {
  const server = createServer((_request, response) => {
    response.setHeader('content-type', 'text/html; charset=utf-8');
    response.end('<!doctype html><html><body><p>Reader tab</p></body></html>');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const tab = await context.newPage();
  const cdp = await context.newCDPSession(tab);
  const worlds: { id: number; name: string }[] = [];
  cdp.on('Runtime.executionContextCreated', (event) => worlds.push(event.context));
  await cdp.send('Runtime.enable');
  await tab.goto(`http://127.0.0.1:${(server.address() as { port: number }).port}/reader.html`);
  for (let wait = 0; wait < 100 && !worlds.some((w) => w.name === 'Wiretrace'); wait++)
    await new Promise((resolve) => setTimeout(resolve, 100));
  const world = worlds.filter((w) => w.name === 'Wiretrace').at(-1)?.id;
  if (world === undefined) throw new Error("the content script's world never appeared in the reader tab");
  // The options page's tab and the reader's are the only tabs: the reader's is the other one.
  const tabId = await page.evaluate(async () => {
    const own = (await chrome.tabs.getCurrent())?.id;
    return (await chrome.tabs.query({})).find((t) => t.id !== own)?.id ?? -1;
  });
  return { cdp, world, tabId, server };
}

async function judge(html: string): Promise<number> {
  // The reader's "Check this page now": one more judgement for the tab, past its few a minute.
  await page.evaluate((id) => chrome.runtime.sendMessage({ type: 'judge-tab', tabId: id }), reader.tabId);
  const { result, exceptionDetails } = await reader.cdp.send('Runtime.evaluate', {
    contextId: reader.world,
    awaitPromise: true,
    returnByValue: true,
    expression: `(async () => {
      const start = performance.now();
      const reply = await chrome.runtime.sendMessage({ type: 'analyze-page', url: location.href, html: ${JSON.stringify(html)} });
      return { ms: performance.now() - start, reply };
    })()`,
  });
  if (exceptionDetails) throw new Error(`judging failed: ${exceptionDetails.text}`);
  const { ms, reply } = result.value as { ms: number; reply: { ok?: boolean; value?: { verdict?: string } } };
  if (!reply?.ok || !reply.value?.verdict || reply.value.verdict === 'unrelated')
    throw new Error(`page not matched: ${JSON.stringify(reply).slice(0, 200)}`);
  return ms;
}

async function judgeAll(): Promise<{ median: number; p95: number }> {
  const times: number[] = [];
  for (let run = 0; run < QUERIES; run++) {
    times.push(await judge(pages[run % pages.length] as string));
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
  return judge(pages[1] as string);
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
