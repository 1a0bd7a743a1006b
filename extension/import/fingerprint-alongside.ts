import type { Story } from '../../lib/corpus/story.ts';
import type { Fingerprint } from '../../lib/fingerprint/fingerprint.ts';
import { fingerprintStory } from '../../lib/fingerprint/story-fingerprint.ts';

/** Stories fingerprinted between two turns of the event loop: ~10 ms of work. */
const SLICE = 40;

/**
 * Fingerprints stories in slices, letting the event loop run between them:
 * where an import is fingerprinted on the thread that also sends or writes it
 * (a page without Web Workers, the tests' in-thread import), the other work's
 * events are handled between slices instead of waiting for the whole chunk.
 */
export async function fingerprintAlongside(stories: readonly Story[]): Promise<Fingerprint[]> {
  const fingerprints: Fingerprint[] = [];
  for (let start = 0; start < stories.length; start += SLICE) {
    for (const story of stories.slice(start, start + SLICE)) fingerprints.push(fingerprintStory(story));
    await nextTask();
  }
  return fingerprints;
}

/** Yields to the event loop (a timer would be clamped to 4 ms once nested). */
function nextTask(): Promise<void> {
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      resolve();
    };
    channel.port2.postMessage(null);
  });
}
