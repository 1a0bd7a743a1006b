import { parseStory, type Story, StoryError } from './story.ts';

export class CorpusError extends Error {
  constructor(
    readonly line: number,
    readonly reason: string,
  ) {
    super(`line ${line}: ${reason}`);
  }
}

/**
 * Reads a JSONL bundle of stories: one JSON object a line, blank lines
 * allowed. All or nothing: the first bad line throws, naming its number.
 */
export function parseStoriesJsonl(text: string): Story[] {
  const stories: Story[] = [];
  const ids = new Set<string>();
  text.split('\n').forEach((raw, i) => {
    const line = raw.trim();
    if (!line) return;
    const story = parseStoryLine(line, i + 1);
    if (ids.has(story.id)) throw new CorpusError(i + 1, `duplicate id "${story.id}"`);
    ids.add(story.id);
    stories.push(story);
  });
  if (stories.length === 0) throw new CorpusError(1, 'no stories: a bundle has one JSON story a line');
  return stories;
}

/** One line of a JSONL bundle as a story, or a CorpusError naming the line. */
export function parseStoryLine(line: string, number: number): Story {
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch (error) {
    throw new CorpusError(number, `not valid JSON (${(error as Error).message})`);
  }
  try {
    return parseStory(value);
  } catch (error) {
    if (error instanceof StoryError) throw new CorpusError(number, error.message);
    throw error;
  }
}

export function storiesToJsonl(stories: readonly Story[]): string {
  return stories.map((s) => JSON.stringify(s)).join('\n') + (stories.length ? '\n' : '');
}
