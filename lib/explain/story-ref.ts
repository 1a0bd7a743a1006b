import type { Story, StoryOrigin } from '../corpus/story.ts';

/** A story as the reader is told of it: which one, from whom, where, when, and how the cache got it. */
export interface StoryRef {
  id: string;
  source: string;
  title: string;
  url: string | null;
  published: string | null;
  /** Where the cache got it (the extension's cache says; a command-line corpus does not). */
  origin?: StoryOrigin;
}

export function storyRef(story: Story, origin?: StoryOrigin): StoryRef {
  return {
    id: story.id,
    source: story.source,
    title: story.title,
    url: story.url ?? null,
    published: story.published ?? null,
    ...(origin ? { origin } : {}),
  };
}
