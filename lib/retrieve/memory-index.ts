import type { Story } from '../corpus/story.ts';
import type { Fingerprint } from '../fingerprint/fingerprint.ts';
import { fingerprintStory } from '../fingerprint/story-fingerprint.ts';
import { storyLanguage } from '../language/language-of.ts';
import { storedFeatures } from './sample.ts';
import { type Candidate, findCandidates, type IndexedStory, type StoryIndex } from './story-index.ts';

interface PostingList {
  keys: Uint32Array;
  length: number;
}

/**
 * The story index in memory, for the command line and the tests: the sampled
 * features' posting lists in typed arrays and every term's count, as the
 * extension keeps them in IndexedDB, so both find the same candidates.
 */
export class MemoryStoryIndex implements StoryIndex {
  private readonly postings = new Map<number, PostingList>();
  private readonly termCounts = new Map<number, number>();
  private readonly stored: Story[] = [];
  private readonly languageCounts = new Map<string, number>();

  /** Adds a story and returns its key. */
  add(story: Story, fingerprint: Fingerprint = fingerprintStory(story)): number {
    const key = this.stored.length;
    this.stored.push(story);
    const language = storyLanguage(story);
    this.languageCounts.set(language, (this.languageCounts.get(language) ?? 0) + 1);
    for (const feature of storedFeatures(fingerprint)) this.post(feature, key);
    for (const term of fingerprint.terms) this.termCounts.set(term, (this.termCounts.get(term) ?? 0) + 1);
    return key;
  }

  get count(): number {
    return this.stored.length;
  }

  async size(): Promise<number> {
    return this.stored.length;
  }

  candidates(query: Fingerprint, limit: number): Promise<Candidate[]> {
    return findCandidates(query, limit, {
      size: this.stored.length,
      counts: (terms) => this.documentFrequencies(terms),
      postings: async (features) =>
        features.flatMap((feature) => {
          const list = this.postings.get(feature);
          return list ? [[feature, list.keys.subarray(0, list.length)] as const] : [];
        }),
    });
  }

  async stories(keys: readonly number[]): Promise<IndexedStory[]> {
    return keys.flatMap((key) => {
      const story = this.stored[key];
      return story ? [{ key, story }] : [];
    });
  }

  async documentFrequencies(terms: Iterable<number>): Promise<Map<number, number>> {
    return new Map([...terms].map((term) => [term, this.termCounts.get(term) ?? 0]));
  }

  async languages(): Promise<Map<string, number>> {
    return new Map(this.languageCounts);
  }

  private post(feature: number, key: number): void {
    let list = this.postings.get(feature);
    if (!list) {
      list = { keys: new Uint32Array(2), length: 0 };
      this.postings.set(feature, list);
    } else if (list.length === list.keys.length) {
      const grown = new Uint32Array(list.keys.length * 2);
      grown.set(list.keys);
      list.keys = grown;
    }
    list.keys[list.length++] = key;
  }
}
