import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';
import { CorpusError, notJsonLines, parseStoryLine } from '../lib/corpus/jsonl.ts';
import type { Story } from '../lib/corpus/story.ts';
import { InputError } from './input-error.ts';

/** Stories of a batch, with the number of the last line read. */
export interface StoryBatch {
  stories: Story[];
  lastLine: number;
}

/**
 * A JSONL file of stories read as a stream, a batch at a time: a corpus of
 * millions never sits in memory whole. A bad line stops the reading with its
 * line number before its batch is given, so none of that batch is written.
 */
export async function* storyBatches(path: string, size: number): AsyncGenerator<StoryBatch> {
  const input = createReadStream(path, { encoding: 'utf8' });
  const opened = new Promise<void>((resolve, reject) => {
    input.once('open', () => resolve());
    input.once('error', (error) => reject(new InputError(`${path}: ${error.message}`)));
  });
  await opened;
  let stories: Story[] = [];
  let number = 0;
  let seenLine = false;
  for await (const raw of createInterface({ input, crlfDelay: Number.POSITIVE_INFINITY })) {
    number++;
    const line = raw.trim();
    if (!line) continue;
    // The first line says whether the file is a bundle at all (a JSON array, a CSV table).
    const shape = seenLine ? null : notJsonLines(line);
    if (shape) throw new InputError(`${path}: ${shape}`);
    seenLine = true;
    try {
      stories.push(parseStoryLine(line, number));
    } catch (error) {
      if (error instanceof CorpusError) throw new InputError(`${path}: ${error.message}`);
      throw error;
    }
    if (stories.length >= size) {
      yield { stories, lastLine: number };
      stories = [];
    }
  }
  if (stories.length) yield { stories, lastLine: number };
}
