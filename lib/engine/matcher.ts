import { type Alignment, alignTexts } from '../align/align.ts';
import { type TermWeights, termWeightsFrom } from '../align/term-weights.ts';
import type { Story } from '../corpus/story.ts';
import { type Explanation, explain } from '../explain/explanation.ts';
import { summarize } from '../explain/summary.ts';
import { derivationStrength } from '../explain/verdict.ts';
import { type Article, hasEnoughText, MIN_ARTICLE_WORDS } from '../extract/article.ts';
import type { Fingerprint } from '../fingerprint/fingerprint.ts';
import type { AnalyzedText } from '../normalize/analyze.ts';
import { MemoryStoryIndex } from '../retrieve/memory-index.ts';
import { fingerprintStory, type PreparedText, prepareArticle, prepareStory } from './prepare.ts';

export type MatchResult =
  | { status: 'judged'; explanation: Explanation }
  | { status: 'no-match'; candidates: number }
  | { status: 'too-short'; words: number; reason: string };

/** Candidates the retrieval step hands to alignment; alignment picks the original among them. */
export const CANDIDATES_ALIGNED = 6;
const CACHED_STORY_TEXTS = 256;

/** The engine: finds the original of a page among indexed stories and explains what changed. */
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
    const candidates = this.index.candidates(page.fingerprint, CANDIDATES_ALIGNED);
    const weights = termWeightsFrom(this.index);
    let best: (Aligned & { story: Story }) | null = null;
    for (const candidate of candidates) {
      const aligned = alignWith(page, this.storyText(candidate.key), weights);
      if (!best || aligned.strength > best.strength)
        best = { ...aligned, story: this.stories[candidate.key] as Story };
    }
    if (!best) return { status: 'no-match', candidates: 0 };
    return { status: 'judged', explanation: explain({ article, pageText: page.text, ...best }) };
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
  const page = prepareArticle(article);
  const aligned = alignWith(page, prepared.text, termWeightsFrom(index));
  return { status: 'judged', explanation: explain({ article, pageText: page.text, story, ...aligned }) };
}

interface Aligned {
  storyText: AnalyzedText;
  alignment: Alignment;
  strength: number;
}

function alignWith(page: PreparedText, storyText: AnalyzedText, weights: TermWeights): Aligned {
  const alignment = alignTexts(page.text, storyText, weights);
  return { storyText, alignment, strength: derivationStrength(summarize(page.text, alignment)) };
}

function tooShort(article: Article): MatchResult {
  return {
    status: 'too-short',
    words: article.words,
    reason: `only ${article.words} words of article text were found; at least ${MIN_ARTICLE_WORDS} are needed to judge`,
  };
}
