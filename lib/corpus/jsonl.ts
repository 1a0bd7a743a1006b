import { parseStory, type Story, StoryError } from './story.ts';

export class CorpusError extends Error {
  constructor(
    readonly line: number,
    readonly reason: string,
  ) {
    // Line 0: the file as a whole.
    super(line > 0 ? `line ${line}: ${reason}` : reason);
  }
}

/**
 * Reads a JSONL bundle of stories: one JSON object a line, blank lines
 * allowed. All or nothing: the first bad line throws, naming its number.
 */
export function parseStoriesJsonl(text: string): Story[] {
  const shape = notJsonLines(text);
  if (shape) throw new CorpusError(0, shape);
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

const BUNDLE_FORM = 'a bundle is JSON Lines, one {"id", "source", "title", "text"} a line';

/**
 * What a file that is no bundle at all is, in words a reader can act on (a
 * JSON array, a CSV table, an empty file), instead of a parser's message
 * about its first line; null for a file that may be one.
 */
export function notJsonLines(text: string): string | null {
  const start = text.trimStart();
  if (start === '') return `the file is empty: ${BUNDLE_FORM}`;
  if (start.startsWith('['))
    return `this is one JSON array, not JSON Lines: ${BUNDLE_FORM} (jq -c '.[]' turns an array into one)`;
  const [first = ''] = start.split('\n', 1);
  if (!first.startsWith('{') && first.includes(',')) return `this looks like CSV: ${BUNDLE_FORM}`;
  return null;
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
