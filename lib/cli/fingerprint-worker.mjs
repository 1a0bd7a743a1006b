// A worker thread that fingerprints stories for a parallel index build.
import { parentPort } from 'node:worker_threads';
import { register } from 'tsx/esm/api';

register();
const { fingerprintStory } = await import('../engine/prepare.ts');

parentPort.on('message', ({ id, stories }) => {
  const features = stories.map((story) => fingerprintStory(story).features);
  parentPort.postMessage(
    { id, features },
    features.map((f) => f.buffer),
  );
});
