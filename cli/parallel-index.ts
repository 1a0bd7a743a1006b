import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { Story } from '../lib/corpus/story.ts';
import type { Matcher } from '../lib/engine/matcher.ts';
import type { Fingerprint } from '../lib/fingerprint/fingerprint.ts';

const BATCH = 500;

interface Pending {
  resolve: (fingerprints: Fingerprint[]) => void;
  reject: (error: unknown) => void;
}

/**
 * Adds many stories to a matcher, fingerprinting them on worker threads while
 * the main thread indexes: a large corpus loads as fast as the cores allow.
 * Stories keep their order. Small corpora are not worth the threads' start-up.
 */
export async function addStoriesInParallel(matcher: Matcher, stories: readonly Story[]): Promise<void> {
  const threads = Math.min(availableParallelism(), 8);
  if (stories.length < BATCH * 4 || threads < 2) {
    for (const story of stories) matcher.addStory(story);
    return;
  }
  const pool = Array.from({ length: threads }, () => fingerprinter());
  try {
    const batches: Promise<Fingerprint[]>[] = [];
    for (let start = 0; start < stories.length; start += BATCH) {
      const worker = pool[batches.length % threads] as ReturnType<typeof fingerprinter>;
      batches.push(worker.fingerprint(batches.length, stories.slice(start, start + BATCH)));
    }
    for (const [batch, promise] of batches.entries()) {
      for (const [i, fingerprint] of (await promise).entries())
        matcher.addStory(stories[batch * BATCH + i] as Story, fingerprint);
    }
  } finally {
    await Promise.all(pool.map((w) => w.stop()));
  }
}

function fingerprinter() {
  const worker = new Worker(new URL('./fingerprint-worker.mjs', import.meta.url));
  const pending = new Map<number, Pending>();
  worker.on('message', ({ id, fingerprints }: { id: number; fingerprints: Fingerprint[] }) => {
    pending.get(id)?.resolve(fingerprints);
    pending.delete(id);
  });
  worker.on('error', (error) => {
    for (const waiting of pending.values()) waiting.reject(error);
    pending.clear();
  });
  return {
    fingerprint(id: number, stories: Story[]): Promise<Fingerprint[]> {
      return new Promise((resolve, reject) => {
        pending.set(id, { resolve, reject });
        worker.postMessage({ id, stories });
      });
    },
    stop: () => worker.terminate(),
  };
}
