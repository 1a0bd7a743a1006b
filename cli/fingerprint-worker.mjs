// A worker thread that fingerprints stories for a parallel index build.
import { parentPort } from 'node:worker_threads';
import { register } from 'tsx/esm/api';

register();
const { fingerprintStory } = await import('../lib/fingerprint/story-fingerprint.ts');

parentPort.on('message', ({ id, stories }) => {
  const fingerprints = stories.map((story) => fingerprintStory(story));
  parentPort.postMessage(
    { id, fingerprints },
    fingerprints.flatMap((f) => [f.features.buffer, f.terms.buffer, f.lead.buffer]),
  );
});
