import type { StorySelection } from './remove-stories.ts';
import type { StoredStory } from './rows.ts';

/**
 * The stories longest in the cache (only those that entered it before
 * `before`, and that `which` picks, if given), whenever they were published: an archive the reader
 * imports today is as new to the cache as today's feed. Blocks are read in
 * order of their earliest arrival until no unread block can hold a story
 * that came earlier than the ones picked.
 */
export function longestCached(
  before = Number.POSITIVE_INFINITY,
  which: (story: StoredStory) => boolean = () => true,
): StorySelection {
  return async (db, limit) => {
    const picked: StoredStory[] = [];
    await db.storyBlocks
      .where('entered')
      .below(before)
      .until((block) => picked.filter((s) => s.addedAt < block.entered).length >= limit)
      .each((block) => {
        for (const story of block.stories) if (story.addedAt < before && which(story)) picked.push(story);
      });
    return picked
      .sort((a, b) => a.addedAt - b.addedAt || (a.key as number) - (b.key as number))
      .slice(0, limit);
  };
}

/** The stories an import wrote, a block at a time. */
export function storiesOfImport(importId: number): StorySelection {
  return async (db, limit) => {
    const picked: StoredStory[] = [];
    await db.storyBlocks
      .where('importId')
      .equals(importId)
      .until(() => picked.length >= limit)
      .each((block) => {
        picked.push(...block.stories);
      });
    return picked;
  };
}

/** Stories a test of each stored story picks (reads every block: for small caches and tests). */
export function storiesWhere(test: (story: StoredStory) => boolean): StorySelection {
  return async (db, limit) => {
    const picked: StoredStory[] = [];
    await db.storyBlocks
      .orderBy('block')
      .until(() => picked.length >= limit)
      .each((block) => {
        for (const story of block.stories) if (picked.length < limit && test(story)) picked.push(story);
      });
    return picked;
  };
}
