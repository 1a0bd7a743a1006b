import { Matcher } from '../lib/engine/matcher.ts';
import type { StoryIndex } from '../lib/retrieve/story-index.ts';
import { CorpusDb } from './corpus-db/corpus-db.ts';
import { InputError } from './input-error.ts';
import { readCorpus } from './inputs.ts';
import { addStoriesInParallel } from './parallel-index.ts';

/** Where a command's wire stories are: a JSONL corpus read into memory, or a corpus database. */
export interface StorySource {
  /** Stories it holds. */
  stories: number;
  /** Runs `work` against the stories; a database gives one consistent snapshot for it. */
  read<T>(work: (index: StoryIndex) => Promise<T>): Promise<T>;
  close(): Promise<void>;
}

/** `--corpus FILE` or `--db DB`, exactly one of them. */
export async function openStorySource(
  options: { corpus?: string; db?: string },
  command: string,
): Promise<StorySource> {
  if (options.corpus && options.db) throw new InputError(`${command} takes --corpus or --db, not both`);
  if (options.db) return openDatabase(options.db);
  if (!options.corpus) throw new InputError(`${command} needs --corpus FILE or --db DB`);
  return inMemory(readCorpus(options.corpus));
}

export async function inMemory(stories: Parameters<typeof addStoriesInParallel>[1]): Promise<StorySource> {
  const matcher = new Matcher();
  await addStoriesInParallel(matcher, stories);
  return { stories: matcher.size, read: (work) => work(matcher.index), close: async () => {} };
}

async function openDatabase(db: string): Promise<StorySource> {
  const corpus = await CorpusDb.open(db);
  try {
    const meta = await corpus.check();
    return { stories: meta.stories, read: (work) => corpus.reading(work), close: () => corpus.close() };
  } catch (error) {
    await corpus.close();
    throw error;
  }
}
