// A worker thread that fingerprints stories for a parallel index build (the compiled command line's).
import { parentPort } from 'node:worker_threads';
import type { Story } from '../lib/corpus/story.ts';
import { fingerprintStory } from '../lib/fingerprint/story-fingerprint.ts';

parentPort?.on('message', ({ id, stories }: { id: number; stories: Story[] }) => {
  const fingerprints = stories.map((story) => fingerprintStory(story));
  parentPort?.postMessage(
    { id, fingerprints },
    fingerprints.flatMap((f) => [f.features.buffer, f.terms.buffer, f.lead.buffer] as ArrayBuffer[]),
  );
});
