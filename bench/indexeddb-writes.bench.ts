import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { BROWSER_FLAGS } from '../tests/e2e/driver.ts';

/**
 * `npm run bench:idb`: what IndexedDB itself costs in Debian's Chromium, apart
 * from Wiretrace: writing 5,000 story-sized records (4 KB of text) in one
 * transaction, bare, with the scalar indexes the store had, with 25 or 50
 * multi-entry feature keys a record, and as the store keeps them now, 50 to a
 * record. Medians of five rounds, in microseconds a story: the ceiling an
 * import through each layout can reach. BENCH_SMOKE=1 runs one small round
 * of each (a test does, so that it cannot break unseen).
 */
const SMOKE = process.env.BENCH_SMOKE === '1';
const RECORDS = SMOKE ? 100 : 5_000;
const ROUNDS = SMOKE ? 1 : 5;
const LAYOUTS = [
  { name: 'bare record', scalarIndexes: false, features: 0, perRecord: 1 },
  { name: '+ 5 scalar indexes', scalarIndexes: true, features: 0, perRecord: 1 },
  { name: '+ 25 multi-entry features', scalarIndexes: true, features: 25, perRecord: 1 },
  { name: '+ 50 multi-entry features', scalarIndexes: true, features: 50, perRecord: 1 },
  { name: 'blocks of 50 stories', scalarIndexes: false, features: 0, perRecord: 50 },
];

const server = createServer((_, response) =>
  response.writeHead(200, { 'content-type': 'text/html' }).end('<p>bench'),
);
await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
const profile = mkdtempSync(join(tmpdir(), 'wiretrace-idb-'));
const context = await chromium.launchPersistentContext(profile, {
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  headless: true,
  args: BROWSER_FLAGS,
});
const page = await context.newPage();
await page.goto(`http://127.0.0.1:${(server.address() as AddressInfo).port}/`);

for (const layout of LAYOUTS) {
  const times: number[] = [];
  for (let round = 0; round < ROUNDS; round++) times.push(await writeRecords(layout));
  times.sort((a, b) => a - b);
  const median = times[Math.floor(ROUNDS / 2)] as number;
  console.log(
    `${layout.name.padEnd(28)} ${median.toFixed(0).padStart(5)} µs a story  (${Math.round(1e6 / median)} stories/s)`,
  );
}
await context.close();
server.close();
rmSync(profile, { recursive: true, force: true });

function writeRecords(layout: (typeof LAYOUTS)[number]): Promise<number> {
  return page.evaluate(
    async ({ layout, records }) => {
      const name = `bench-${Math.random()}`;
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const request = indexedDB.open(name, 1);
        request.onupgradeneeded = () => {
          const store = request.result.createObjectStore('stories', { keyPath: 'key', autoIncrement: true });
          if (layout.scalarIndexes) {
            store.createIndex('id', 'id', { unique: true });
            for (const index of ['url', 'thread', 'time', 'importId']) store.createIndex(index, index);
          }
          if (layout.features > 0) store.createIndex('sample', 'sample', { multiEntry: true });
        };
        request.onsuccess = () => resolve(request.result);
        request.onerror = () => reject(request.error);
      });
      const text = 'lorem ipsum dolor sit amet '.repeat(160);
      const stories = Array.from({ length: records }, (_, i) => ({
        id: `s${i}`,
        url: `https://wire.example/${i}`,
        thread: `s${i}`,
        time: i,
        importId: 1,
        text: `${text}${i}`,
        sample: Array.from({ length: layout.features }, (_, j) => (i * 7919 + j * 104_729) % 2_147_483_647),
      }));
      // esbuild would name a helper function here, and the page has no __name: no functions but callbacks.
      const rows =
        layout.perRecord === 1
          ? stories
          : Array.from({ length: records / layout.perRecord }, (_, b) => ({
              stories: stories.slice(b * layout.perRecord, (b + 1) * layout.perRecord),
            }));
      const start = performance.now();
      await new Promise((resolve, reject) => {
        const tx = db.transaction('stories', 'readwrite');
        for (const row of rows) tx.objectStore('stories').add(row);
        tx.oncomplete = resolve;
        tx.onerror = () => reject(tx.error);
      });
      const micros = ((performance.now() - start) / records) * 1000;
      db.close();
      indexedDB.deleteDatabase(name);
      return micros;
    },
    { layout, records: RECORDS },
  );
}
