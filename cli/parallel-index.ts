import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { Story } from '../lib/corpus/story.ts';
import type { Matcher } from '../lib/engine/matcher.ts';
import type { Fingerprint } from '../lib/fingerprint/fingerprint.ts';
import { fingerprintStory } from '../lib/fingerprint/story-fingerprint.ts';

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
  if (stories.length < BATCH * 4 || FingerprintPool.threads() < 2) {
    for (const story of stories) matcher.addStory(story);
    return;
  }
  const pool = FingerprintPool.start();
  try {
    const batches: Promise<Fingerprint[]>[] = [];
    for (let start = 0; start < stories.length; start += BATCH)
      batches.push(pool.fingerprint(stories.slice(start, start + BATCH)));
    for (const [batch, promise] of batches.entries()) {
      for (const [i, fingerprint] of (await promise).entries())
        matcher.addStory(stories[batch * BATCH + i] as Story, fingerprint);
    }
  } finally {
    await pool.stop();
  }
}

/** Worker threads that fingerprint stories, a batch to each in turn; on one core, the main thread does it. */
export class FingerprintPool {
  private next = 0;

  private constructor(private readonly workers: ReturnType<typeof fingerprinter>[]) {}

  static threads(): number {
    return Math.min(availableParallelism(), 8);
  }

  static start(): FingerprintPool {
    const threads = FingerprintPool.threads();
    return new FingerprintPool(threads < 2 ? [] : Array.from({ length: threads }, () => fingerprinter()));
  }

  /** The stories' fingerprints, in their order. */
  fingerprint(stories: readonly Story[]): Promise<Fingerprint[]> {
    const worker = this.workers[this.next++ % Math.max(1, this.workers.length)];
    return worker ? worker.fingerprint(this.next, stories) : Promise.resolve(stories.map(fingerprintStory));
  }

  /** A batch cut into a piece for each worker, fingerprinted at once. */
  async fingerprintAcross(stories: readonly Story[]): Promise<Fingerprint[]> {
    const pieces = Math.max(1, this.workers.length);
    const size = Math.ceil(stories.length / pieces);
    const parts = [];
    for (let start = 0; start < stories.length; start += size)
      parts.push(this.fingerprint(stories.slice(start, start + size)));
    return (await Promise.all(parts)).flat();
  }

  async stop(): Promise<void> {
    await Promise.all(this.workers.map((w) => w.stop()));
  }
}

/** Compiled (dist/main.mjs), the thread is compiled beside it; from the sources, tsx runs it. */
const WORKER_FILE = import.meta.url.endsWith('.ts') ? './fingerprint-worker.mjs' : './fingerprint-thread.mjs';

function fingerprinter() {
  const worker = new Worker(new URL(WORKER_FILE, import.meta.url));
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
    fingerprint(id: number, stories: readonly Story[]): Promise<Fingerprint[]> {
      return new Promise((resolve, reject) => {
        pending.set(id, { resolve, reject });
        worker.postMessage({ id, stories });
      });
    },
    stop: () => worker.terminate(),
  };
}
