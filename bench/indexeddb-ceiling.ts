import type { Page } from 'playwright-core';

/**
 * What IndexedDB itself does in the options page's origin, with nothing of
 * Wiretrace's around it: story records as large as the bundle's written
 * `batch` a transaction, and a match's worth of them read back by
 * random key. A scratch database, deleted after.
 */
export async function rawIndexedDb(
  page: Page,
  options: { records: number; batch: number; text: string; candidates: number },
): Promise<{ writesPerSecond: number; candidateReadMs: number }> {
  return page.evaluate(async ({ records, batch, text, candidates }) => {
    const request = indexedDB.open('wiretrace-bench-ceiling', 1);
    request.onupgradeneeded = () => request.result.createObjectStore('stories', { keyPath: 'key' });
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    // No named functions in here: the bench runs through tsx, whose helpers for names the page does not have.
    const start = performance.now();
    for (let first = 0; first < records; first += batch) {
      const tx = db.transaction('stories', 'readwrite');
      const store = tx.objectStore('stories');
      for (let key = first; key < Math.min(records, first + batch); key++)
        store.put({ key, id: `ceiling-${key}`, source: 'Bench', title: `Story ${key}`, text });
      await new Promise<void>((resolve, reject) => {
        tx.oncomplete = () => resolve();
        tx.onerror = () => reject(tx.error);
      });
    }
    const writesPerSecond = (records / (performance.now() - start)) * 1000;
    const reads: number[] = [];
    for (let run = 0; run < 50; run++) {
      const begin = performance.now();
      const tx = db.transaction('stories', 'readonly');
      const store = tx.objectStore('stories');
      for (let i = 0; i < candidates; i++) store.get(Math.floor(Math.random() * records));
      await new Promise<void>((resolve, reject) => {
        tx.oncomplete = () => resolve();
        tx.onerror = () => reject(tx.error);
      });
      reads.push(performance.now() - begin);
    }
    db.close();
    await new Promise((resolve) => {
      const deleting = indexedDB.deleteDatabase('wiretrace-bench-ceiling');
      deleting.onsuccess = deleting.onerror = resolve;
    });
    reads.sort((a, b) => a - b);
    return { writesPerSecond, candidateReadMs: reads[Math.floor(reads.length / 2)] as number };
  }, options);
}
