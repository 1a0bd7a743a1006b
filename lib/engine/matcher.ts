import { termWeightsFrom } from '../align/term-weights.ts';
import type { Story } from '../corpus/story.ts';
import { type Article, hasEnoughText } from '../extract/article.ts';
import type { Fingerprint } from '../fingerprint/fingerprint.ts';
import type { AnalyzedText } from '../normalize/analyze.ts';
import { MemoryStoryIndex } from '../retrieve/memory-index.ts';
import { strongCandidates } from '../retrieve/story-index.ts';
import { judgeCandidates, type MatchResult, tooShort } from './judge.ts';
import { fingerprintStory, prepareArticle, prepareStory } from './prepare.ts';

export type { MatchResult } from './judge.ts';

/** Candidates the retrieval step hands to alignment; alignment picks the original among them. */
export const CANDIDATES_ALIGNED = 6;
const CACHED_STORY_TEXTS = 256;

/** The engine in memory: finds the original of a page among indexed stories and explains what changed. */
export class Matcher {
  private readonly stories: Story[] = [];
  private readonly index = new MemoryStoryIndex();
  private readonly storyTexts = new Map<number, AnalyzedText>();

  get size(): number {
    return this.stories.length;
  }

  addStory(story: Story, fingerprint: Fingerprint = fingerprintStory(story)): void {
    this.index.add(this.stories.length, fingerprint);
    this.stories.push(story);
  }

  match(article: Article): MatchResult {
    if (!hasEnoughText(article)) return tooShort(article);
    const page = prepareArticle(article);
    const candidates = strongCandidates(
      this.index.candidates(page.fingerprint, CANDIDATES_ALIGNED),
      CANDIDATES_ALIGNED,
    ).map(({ key }) => ({ story: this.stories[key] as Story, text: this.storyText(key) }));
    return judgeCandidates(article, page, candidates, termWeightsFrom(this.index));
  }

  private storyText(key: number): AnalyzedText {
    let text = this.storyTexts.get(key);
    if (!text) {
      text = prepareStory(this.stories[key] as Story).text;
      if (this.storyTexts.size >= CACHED_STORY_TEXTS)
        this.storyTexts.delete(this.storyTexts.keys().next().value as number);
      this.storyTexts.set(key, text);
    }
    return text;
  }
}

/** Compares a page with one given original, as `wiretrace diff` does. */
export function compareWith(article: Article, story: Story): MatchResult {
  if (!hasEnoughText(article)) return tooShort(article);
  const prepared = prepareStory(story);
  const index = new MemoryStoryIndex();
  index.add(0, prepared.fingerprint);
  return judgeCandidates(
    article,
    prepareArticle(article),
    [{ story, text: prepared.text }],
    termWeightsFrom(index),
  );
}
