import type { Story } from '../../lib/corpus/story.ts';
import { hash32 } from '../../lib/fingerprint/hash.ts';
import type { WiretraceDatabase } from './database.ts';
import { storyNameIndex } from './indexes.ts';
import type { StoredStory } from './rows.ts';
import { readStories } from './story-blocks.ts';

/**
 * What a stored story can be found by when the same story arrives again: its
 * id and its thread (the id of its first version) under one name, and its URL.
 * Names are hashed into the name index; a hit is checked against the story itself.
 */
export function storyNames(story: { id: string; thread?: string; url?: string }): number[] {
  const names = new Set([nameHash('story', story.id)]);
  if (story.thread) names.add(nameHash('story', story.thread));
  if (story.url) names.add(nameHash('url', story.url));
  return [...names];
}

function nameHash(kind: string, value: string): number {
  return hash32(value, hash32(`${kind}:`)) & 0x7fffffff;
}

/** Stored stories whose id or thread is one of `ids`, or whose URL is one of `urls`. */
export async function storiesNamed(
  db: WiretraceDatabase,
  ids: readonly string[],
  urls: readonly string[],
): Promise<StoredStory[]> {
  const hashes = [...ids.map((id) => nameHash('story', id)), ...urls.map((url) => nameHash('url', url))];
  if (hashes.length === 0) return [];
  const found = await storyNameIndex.read(db, hashes);
  const keys = new Set<number>();
  for (const list of found.values()) for (const key of list) keys.add(key);
  if (keys.size === 0) return [];
  const idSet = new Set(ids);
  const urlSet = new Set(urls);
  return (await readStories(db, [...keys])).filter(
    (s) => idSet.has(s.id) || idSet.has(s.thread) || (s.url !== undefined && urlSet.has(s.url)),
  );
}

/** Every stored version of every story that shares an id, a thread or a URL with the ones given. */
export async function storedVersions(
  db: WiretraceDatabase,
  stories: readonly Story[],
): Promise<StoredStory[]> {
  const urls = stories.flatMap((s) => (s.url ? [s.url] : []));
  const hits = await storiesNamed(
    db,
    stories.map((s) => s.id),
    urls,
  );
  const threads = [...new Set(hits.map((s) => s.thread))];
  const versions = await storiesNamed(db, threads, []);
  const byKey = new Map([...hits, ...versions].map((s) => [s.key, s]));
  return [...byKey.values()];
}
