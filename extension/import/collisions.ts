import type { WiretraceDatabase } from '../db/database.ts';
import type { StoredStory } from '../db/rows.ts';
import { cameFromTheWire } from '../db/save-stories.ts';
import { storedVersions } from '../db/story-names.ts';

/** A bundle's story as the collision check needs it: what names it, and a digest of its text. */
export interface IncomingStory {
  id: string;
  url?: string;
  digest: number;
}

/** What importing a bundle would do to stories already stored under its stories' ids or addresses. */
export interface Collisions {
  /** Stored with the same text: seen again, nothing changes. */
  same: number;
  /** A different text for a story that came from a feed or a wire site: the stored one stays, the bundle's is not kept. */
  fromTheWire: number;
  /** A different text for a story an earlier bundle brought: the bundle's becomes a new version beside it. */
  fromBundles: number;
}

/** Names the collisions before anything is written, so that the reader can be asked. */
export async function bundleCollisions(
  db: WiretraceDatabase,
  stories: readonly IncomingStory[],
): Promise<Collisions> {
  const stored = await storedVersions(
    db,
    stories.map((s) => ({ ...s, source: '', title: '', text: '' })),
  );
  const collisions: Collisions = { same: 0, fromTheWire: 0, fromBundles: 0 };
  for (const story of stories) {
    const versions = threadOf(stored, story);
    if (versions.length === 0) continue;
    if (versions.some((v) => v.digest === story.digest)) collisions.same++;
    else if (versions.some(cameFromTheWire)) collisions.fromTheWire++;
    else collisions.fromBundles++;
  }
  return collisions;
}

function threadOf(stored: readonly StoredStory[], story: IncomingStory): StoredStory[] {
  const named = stored.filter(
    (s) => s.id === story.id || s.thread === story.id || (story.url && s.url === story.url),
  );
  const threads = new Set(named.map((s) => s.thread));
  return stored.filter((s) => threads.has(s.thread));
}
