/** An original wire story, as a corpus line, a bundle or a feed gives it. */
export interface Story {
  id: string;
  source: string;
  title: string;
  text: string;
  url?: string;
  published?: string;
  byline?: string;
  /** The language it is written in (BCP 47, "en", "pt-BR"); detected from the text when not given. */
  language?: string;
}

/** Where a stored story came from, as the extension's cache knows it (the command line's corpus says nothing). */
export interface StoryOrigin {
  /**
   * Every way it arrived: an imported bundle, a feed, a page read on the
   * wire's own site (`capture`), a wire's copy read on another site (`copy`).
   */
  via: ('bundle' | 'feed' | 'capture' | 'copy')[];
  /** When it entered the cache (ms). */
  addedAt: number;
  /** The bundle that brought it, when one did. */
  bundle?: { file: string; at: number };
}

export class StoryError extends Error {}

const REQUIRED = ['id', 'source', 'title', 'text'] as const;
const OPTIONAL = ['url', 'published', 'byline', 'language'] as const;

/** Longest value each field may have: a wire story is tens of kilobytes, a longer one is not a story. */
export const FIELD_LIMITS: Record<(typeof REQUIRED)[number] | (typeof OPTIONAL)[number], number> = {
  id: 1_000,
  source: 100,
  title: 1_000,
  text: 500_000,
  url: 2_000,
  published: 100,
  byline: 1_000,
  language: 35,
};

/** Checks that a parsed value is a story; throws a StoryError saying what is wrong. */
export function parseStory(value: unknown): Story {
  if (!value || typeof value !== 'object' || Array.isArray(value))
    throw new StoryError('a story must be a JSON object');
  const record = value as Record<string, unknown>;
  for (const field of REQUIRED) {
    if (typeof record[field] !== 'string' || !(record[field] as string).trim()) {
      throw new StoryError(`"${field}" must be a non-empty string`);
    }
  }
  const story: Story = {
    id: record.id as string,
    source: record.source as string,
    title: record.title as string,
    text: record.text as string,
  };
  for (const field of OPTIONAL) {
    const optional = record[field];
    if (optional === undefined || optional === null) continue;
    if (typeof optional !== 'string') throw new StoryError(`"${field}" must be a string when present`);
    story[field] = optional;
  }
  for (const [field, limit] of Object.entries(FIELD_LIMITS)) {
    const length = story[field as keyof Story]?.length ?? 0;
    if (length > limit)
      throw new StoryError(`"${field}" is longer than ${limit.toLocaleString('en')} characters`);
  }
  if (story.url && !isHttpUrl(story.url)) throw new StoryError('"url" must be an http(s) URL');
  if (story.published && Number.isNaN(Date.parse(story.published)))
    throw new StoryError('"published" must be a date');
  if (story.language && !/^[a-z]{2,3}(?:-[A-Za-z0-9]{2,8})*$/i.test(story.language))
    throw new StoryError('"language" must be a language tag, like "en" or "pt-BR"');
  if (story.language) story.language = story.language.split('-')[0]?.toLowerCase() as string;
  return story;
}

/** A story as an index holds it: under its key, with where the cache got it. */
export interface IndexedStory {
  key: number;
  story: Story;
  origin?: StoryOrigin;
}

/** Whether an address is an http(s) one: the only kind a story links to. */
export function isHttpUrl(value: string): boolean {
  return /^https?:\/\//i.test(value);
}
