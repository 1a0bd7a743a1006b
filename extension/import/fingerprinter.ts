import type { Story } from '../../lib/corpus/story.ts';
import { fingerprintAlongside } from './fingerprint-alongside.ts';
import { type PackedFingerprints, packFingerprints } from './packed-fingerprints.ts';

/** Fingerprints a chunk of an import's stories, packed for the worker. */
export type Fingerprinter = (stories: readonly Story[]) => Promise<PackedFingerprints>;

/** On this thread, a slice at a time, letting other work run between slices. */
export const fingerprintHere: Fingerprinter = async (stories) =>
  packFingerprints(await fingerprintAlongside(stories));

/**
 * On a Web Worker of the page, where there are Web Workers (extension pages);
 * on this thread otherwise. Close it when the import is over.
 */
export function openFingerprinter(): { fingerprint: Fingerprinter; close(): void } {
  if (typeof Worker === 'undefined') return { fingerprint: fingerprintHere, close: () => {} };
  const worker = new Worker(new URL('./fingerprint-worker.ts', import.meta.url), { type: 'module' });
  const waiting = new Map<
    number,
    { resolve(packed: PackedFingerprints): void; reject(error: Error): void }
  >();
  let next = 0;
  let failed: Error | null = null;
  worker.onmessage = (event: MessageEvent<{ id: number; packed: PackedFingerprints }>) => {
    waiting.get(event.data.id)?.resolve(event.data.packed);
    waiting.delete(event.data.id);
  };
  worker.onerror = (event) => {
    failed = new Error(`Fingerprinting failed: ${event.message}`);
    for (const request of waiting.values()) request.reject(failed);
    waiting.clear();
  };
  return {
    fingerprint: (stories) =>
      new Promise((resolve, reject) => {
        if (failed) return reject(failed);
        const id = next++;
        waiting.set(id, { resolve, reject });
        worker.postMessage({ id, stories });
      }),
    close: () => worker.terminate(),
  };
}
