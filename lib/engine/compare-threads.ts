import { type Alignment, alignTexts } from '../align/align.ts';
import { type AlignmentMeasures, measureAlignment } from '../align/alignment-measures.ts';
import { type TermWeights, termWeightsFrom } from '../align/term-weights.ts';
import { type ThreadText, threadText } from '../corpus/thread-text.ts';
import { groupIntoThreads, type Thread } from '../corpus/threads.ts';
import { termFeature } from '../fingerprint/feature-hash.ts';
import type { AnalyzedText } from '../normalize/analyze.ts';
import type { StoryIndex } from '../retrieve/story-index.ts';
import { type ReuseFeatures, reuseFeatures, withMargins } from '../verdict/features.ts';
import { Deadline } from './deadline.ts';
import type { PreparedText } from './prepare.ts';

/** Candidate stories fetched for a page: enough for the takes of the likely threads. */
export const CANDIDATES_RETRIEVED = 12;
/** Threads a page is aligned with: alignment is the costly step. */
export const THREADS_COMPARED = 4;
/** A thread sharing less than this share of the best one's rarity is never the original when that one is there. */
const WEAK_THREAD_SHARE = 0.25;

/** A candidate thread, aligned with the page and measured. */
export interface ComparedThread {
  thread: Thread;
  text: ThreadText;
  alignment: Alignment;
  /** What the verdict and the explanation both read of the alignment. */
  measures: AlignmentMeasures;
  features: ReuseFeatures;
}

/**
 * The engine's retrieval and comparison, the same for every index: the page's
 * candidate stories, grouped into threads, each thread aligned with the page
 * and measured, with term weights from the index's counts.
 */
export async function compareThreads(
  page: PreparedText,
  index: StoryIndex,
  deadline: Deadline = Deadline.none(),
): Promise<{ threads: ComparedThread[]; weights: TermWeights }> {
  const ranked = await index.candidates(page.fingerprint, CANDIDATES_RETRIEVED);
  const scoreOf = new Map(ranked.map((c) => [c.key, c.score]));
  const stories = await index.stories(ranked.map((c) => c.key));
  const threads = strongThreads(groupIntoThreads(stories), (key) => scoreOf.get(key) ?? 0);
  const texts: ThreadText[] = [];
  for (const thread of threads) {
    texts.push(threadTextOf(thread));
    await deadline.checkpoint();
  }
  const weights = termWeightsFrom(
    await index.size(),
    await index.documentFrequencies(termsOf([page.text, ...texts.map((t) => t.text)])),
  );
  const aligned = [];
  for (const [i, thread] of threads.entries()) {
    const text = texts[i] as ThreadText;
    const alignment = alignTexts(page.text, text.text, weights);
    const measures = measureAlignment(page.text, text.text, alignment);
    const features = reuseFeatures(page.text, text.text, alignment, weights, measures);
    aligned.push({
      thread,
      text,
      alignment,
      measures,
      features: { ...features, takes: Math.log(thread.takes.length) },
    });
    await deadline.checkpoint();
  }
  const margins = withMargins(aligned.map((a) => a.features));
  return { threads: aligned.map((a, i) => ({ ...a, features: margins[i] as ReuseFeatures })), weights };
}

function strongThreads(threads: Thread[], scoreOf: (key: number) => number): Thread[] {
  const score = (thread: Thread) => Math.max(...thread.takes.map((t) => scoreOf(t.key)));
  const best = threads.reduce((max, t) => Math.max(max, score(t)), 0);
  return threads.filter((t) => score(t) >= best * WEAK_THREAD_SHARE).slice(0, THREADS_COMPARED);
}

function termsOf(texts: readonly AnalyzedText[]): Set<number> {
  const terms = new Set<number>();
  for (const text of texts)
    for (const sentence of text.sentences)
      for (const token of sentence.tokens) if (token.content) terms.add(termFeature(token.stem));
  return terms;
}

// Analysed thread texts, by their takes' stories: the same stories come back match after match.
const CACHED_THREADS = 256;
const cache = new Map<string, ThreadText>();
const storyIds = new WeakMap<object, number>();
let nextStoryId = 0;

function threadTextOf(thread: Thread): ThreadText {
  const key = thread.takes
    .map(({ story }) => {
      let id = storyIds.get(story);
      if (id === undefined) {
        id = nextStoryId++;
        storyIds.set(story, id);
      }
      return id;
    })
    .join(',');
  let text = cache.get(key);
  if (!text) {
    text = threadText(thread);
    if (cache.size >= CACHED_THREADS) cache.delete(cache.keys().next().value as string);
    cache.set(key, text);
  }
  return text;
}
