import type { Story } from '../corpus/story.ts';
import type { Article } from '../extract/article.ts';
import type { Fingerprint } from '../fingerprint/fingerprint.ts';
import { MemoryStoryIndex } from '../retrieve/memory-index.ts';
import type { StoryIndex } from '../retrieve/story-index.ts';
import { DEFAULT_MODEL } from '../verdict/default-model.ts';
import type { VerdictModel } from '../verdict/model.ts';
import { type MatchResult, matchArticle } from './match-article.ts';

export type { MatchResult } from './judge.ts';

/** The engine over stories held in memory: what the command line and the tests match with. */
export class Matcher {
  readonly index = new MemoryStoryIndex();

  constructor(private readonly model: VerdictModel = DEFAULT_MODEL) {}

  get size(): number {
    return this.index.count;
  }

  addStory(story: Story, fingerprint?: Fingerprint): void {
    this.index.add(story, fingerprint);
  }

  match(article: Article): Promise<MatchResult> {
    return matchArticle(article, this.index, this.model);
  }
}

/** Compares a page with one given original, as `wiretrace diff` does: the original is the candidate, shared words or not. */
export function compareWith(article: Article, story: Story): Promise<MatchResult> {
  const index = new MemoryStoryIndex();
  const key = index.add(story);
  const onlyThis: StoryIndex = {
    size: () => index.size(),
    candidates: async () => [{ key, score: 1 }],
    stories: (keys) => index.stories(keys),
    documentFrequencies: (terms) => index.documentFrequencies(terms),
    languages: () => index.languages(),
  };
  return matchArticle(article, onlyThis);
}
