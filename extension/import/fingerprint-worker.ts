/// <reference lib="webworker" />
import type { Story } from '../../lib/corpus/story.ts';
import { fingerprintStory } from '../../lib/fingerprint/story-fingerprint.ts';
import { packFingerprints } from './packed-fingerprints.ts';

/**
 * A Web Worker of the options page that fingerprints the stories of an
 * import, so that the page's own thread only reads the bundle and passes
 * chunks on: fingerprinting is most of an import's work.
 */
const scope = self as unknown as DedicatedWorkerGlobalScope;

scope.onmessage = (event: MessageEvent<{ id: number; stories: Story[] }>) => {
  const { id, stories } = event.data;
  const packed = packFingerprints(stories.map(fingerprintStory));
  scope.postMessage(
    { id, packed },
    Object.values(packed).map((array) => array.buffer),
  );
};
