import type { WiretraceDatabase } from './database.ts';
import { groupBy } from './group-by.ts';
import { readMeta, writeMeta } from './meta-rows.ts';
import type { StoredStory, StoryBlock } from './rows.ts';
import { BLOCK_SLOTS, blockOf } from './story-keys.ts';

/** A block closes at this much text, so a candidate read never pulls megabytes. */
const BLOCK_CHARS = 256_000;
/** The meta row that holds the next block number. */
export const BLOCK_COUNTER = 'story-blocks' as const;

/** Packs new records into blocks numbered on from the last block ever written, giving each its key. */
export async function packIntoBlocks(
  db: WiretraceDatabase,
  records: readonly StoredStory[],
  importId?: number,
): Promise<StoryBlock[]> {
  const counter = (await readMeta(db.meta, BLOCK_COUNTER)) ?? { next: 1 };
  const blocks = blocksFrom(records, counter.next, importId);
  // Block numbers are never reused: a removed story's postings may outlive it until the next merge.
  await writeMeta(db.meta, { name: BLOCK_COUNTER, next: counter.next + blocks.length });
  return blocks;
}

/** Blocks numbered from `first` holding the records, each given its key. */
export function blocksFrom(records: readonly StoredStory[], first: number, importId?: number): StoryBlock[] {
  return groupBySize(records).map((stories, i) => {
    stories.forEach((story, slot) => {
      story.key = (first + i) * BLOCK_SLOTS + slot;
    });
    return blockOfStories(first + i, stories, importId);
  });
}

/** The stored stories with these keys, in the keys' order; keys no longer stored are left out. */
export async function readStories(db: WiretraceDatabase, keys: readonly number[]): Promise<StoredStory[]> {
  return (await readStoriesInBlocks(db, keys)).map(({ story }) => story);
}

/** The same, each with the import that wrote its block (none for feeds and captures). */
export async function readStoriesInBlocks(
  db: WiretraceDatabase,
  keys: readonly number[],
): Promise<{ story: StoredStory; importId?: number }[]> {
  const numbers = [...new Set(keys.map(blockOf))];
  const blocks = await db.storyBlocks.bulkGet(numbers);
  const byKey = new Map<number, { story: StoredStory; importId?: number }>();
  for (const block of blocks)
    for (const story of block?.stories ?? [])
      byKey.set(story.key as number, {
        story,
        ...(block?.importId === undefined ? {} : { importId: block.importId }),
      });
  return keys.flatMap((key) => byKey.get(key) ?? []);
}

/** Every stored story, in key order. */
export async function allStories(db: WiretraceDatabase): Promise<StoredStory[]> {
  return (await db.storyBlocks.orderBy('block').toArray()).flatMap((block) => block.stories);
}

/** Writes back stories changed in place (another arrival noted, a missing field filled). */
export async function rewriteStories(db: WiretraceDatabase, changed: readonly StoredStory[]): Promise<void> {
  await updateBlocks(db, changed, (block, mine) =>
    block.stories.map((story) => mine.find((s) => s.key === story.key) ?? story),
  );
}

/** Takes stories out of their blocks; a block left empty is deleted. */
export async function deleteStories(db: WiretraceDatabase, gone: readonly StoredStory[]): Promise<void> {
  await updateBlocks(db, gone, (block, mine) => {
    const keys = new Set(mine.map((s) => s.key));
    return block.stories.filter((story) => !keys.has(story.key));
  });
}

async function updateBlocks(
  db: WiretraceDatabase,
  stories: readonly StoredStory[],
  update: (block: StoryBlock, mine: StoredStory[]) => StoredStory[],
): Promise<void> {
  const byBlock = groupBy(stories, (story) => blockOf(story.key as number));
  const blocks = (await db.storyBlocks.bulkGet([...byBlock.keys()])).filter((b) => b !== undefined);
  const kept = blocks.map((block) => ({ block, stories: update(block, byBlock.get(block.block) ?? []) }));
  await db.storyBlocks.bulkDelete(kept.filter((b) => b.stories.length === 0).map((b) => b.block.block));
  await db.storyBlocks.bulkPut(
    kept
      .filter((b) => b.stories.length > 0)
      .map((b) => blockOfStories(b.block.block, b.stories, b.block.importId)),
  );
}

function blockOfStories(block: number, stories: StoredStory[], importId?: number): StoryBlock {
  let oldest = Number.POSITIVE_INFINITY;
  let newest = Number.NEGATIVE_INFINITY;
  let entered = Number.POSITIVE_INFINITY;
  for (const { time, addedAt } of stories) {
    oldest = Math.min(oldest, time);
    newest = Math.max(newest, time);
    entered = Math.min(entered, addedAt);
  }
  return { block, stories, oldest, newest, entered, ...(importId === undefined ? {} : { importId }) };
}

function groupBySize(records: readonly StoredStory[]): StoredStory[][] {
  const groups: StoredStory[][] = [];
  let chars = 0;
  for (const record of records) {
    const last = groups.at(-1);
    if (!last || last.length === BLOCK_SLOTS || chars + record.text.length > BLOCK_CHARS) {
      groups.push([record]);
      chars = record.text.length;
    } else {
      last.push(record);
      chars += record.text.length;
    }
  }
  return groups;
}
