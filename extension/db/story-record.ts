import type { Story } from '../../lib/corpus/story.ts';
import { FNV_OFFSET, FNV_PRIME } from '../../lib/fingerprint/hash.ts';
import { isWhiteSpace } from '../../lib/normalize/white-space.ts';
import type { StoredStory } from './rows.ts';

/** A story only the reader's reading brought (no feed or bundle has it): it counts against the captures' budget. */
export function isCapturedOnly(story: Pick<StoredStory, 'via'>): boolean {
  return story.via.every((via) => via === 'capture' || via === 'copy');
}

const STORAGE_FIELDS = ['key', 'thread', 'version', 'digest', 'via', 'time', 'addedAt', 'bytes'] as const;

/** The story itself, without what storage added to it. */
export function storyOf(stored: StoredStory): Story {
  const story: Record<string, unknown> = { ...stored };
  for (const field of STORAGE_FIELDS) delete story[field];
  return story as unknown as Story;
}

/**
 * hash32 of the text trimmed, with every run of white space as one space, in
 * one pass: building the evened-out string first cost more than the rest of
 * saving a story's record.
 */
export function storyDigest(text: string): number {
  let hash = FNV_OFFSET;
  let started = false;
  let spaceBefore = false;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (isWhiteSpace(code)) {
      spaceBefore = started;
      continue;
    }
    if (spaceBefore) hash = Math.imul(hash ^ SPACE, FNV_PRIME);
    hash = Math.imul(hash ^ code, FNV_PRIME);
    started = true;
    spaceBefore = false;
  }
  return hash >>> 0;
}

const SPACE = 32;

/** When a story (or a feed item) was published, or `fallback` when it does not say readably. */
export function storyTime(story: { published?: string | null }, fallback: number): number {
  const published = story.published ? Date.parse(story.published) : Number.NaN;
  return Number.isNaN(published) ? fallback : published;
}

const RECORD_OVERHEAD = 160;

export function storyBytes(story: Story): number {
  let bytes = RECORD_OVERHEAD;
  for (const value of Object.values(story)) if (typeof value === 'string') bytes += value.length;
  return bytes;
}
