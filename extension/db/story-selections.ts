import type { StorySelection } from './remove-stories.ts';
import type { StoredStory } from './story-record.ts';

/**
 * The oldest stories by publication time (only those published before
 * `before`, if given). Blocks are read in order of their oldest story until
 * no unread block can hold a story older than the ones picked.
 */
export function oldestStories(before = Number.POSITIVE_INFINITY): StorySelection {
  return async (db, limit) => {
    const picked: StoredStory[] = [];
    let olderThanRest = 0;
    await db.storyBlocks
      .where('oldest')
      .below(before)
      .until((block) => {
        olderThanRest = picked.filter((s) => s.time < block.oldest).length;
        return olderThanRest >= limit;
      })
      .each((block) => {
        for (const story of block.stories) if (story.time < before) picked.push(story);
      });
    return picked.sort((a, b) => a.time - b.time || (a.key as number) - (b.key as number)).slice(0, limit);
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
