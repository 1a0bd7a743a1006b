import type { Fingerprint } from '../fingerprint/fingerprint.ts';
import {
  type Candidate,
  inverseFrequency,
  maxUsefulFrequency,
  QUERY_FEATURES,
  type StoryIndex,
} from './story-index.ts';

interface Postings {
  keys: Uint32Array;
  length: number;
}

/** An inverted index from feature to story keys, held in typed arrays. */
export class MemoryStoryIndex implements StoryIndex {
  private readonly postings = new Map<number, Postings>();
  private stories = 0;
  private scratch = new Float64Array(0);

  get size(): number {
    return this.stories;
  }

  /** Adds a story; keys are dense small integers chosen by the caller, each added once. */
  add(key: number, fingerprint: Fingerprint): void {
    for (const feature of fingerprint.features) {
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
    this.stories++;
  }

  documentFrequency(feature: number): number {
    return this.postings.get(feature)?.length ?? 0;
  }

  candidates(query: Fingerprint, limit: number): Candidate[] {
    const lookups = this.rarestFeatures(query);
    const scores = this.scoresFor(lookups);
    const touched: number[] = [];
    for (const { list, weight } of lookups) {
      for (let i = 0; i < list.length; i++) {
        const key = list.keys[i] as number;
        if (scores[key] === 0) touched.push(key);
        scores[key] = (scores[key] as number) + weight;
      }
    }
    const ranked = touched.map((key) => ({ key, score: scores[key] as number }));
    for (const key of touched) scores[key] = 0;
    return ranked.sort((a, b) => b.score - a.score || a.key - b.key).slice(0, limit);
  }

  private rarestFeatures(query: Fingerprint): { list: Postings; weight: number }[] {
    const ceiling = maxUsefulFrequency(this.stories);
    const found: Postings[] = [];
    for (const feature of query.features) {
      const list = this.postings.get(feature);
      if (list && list.length <= ceiling) found.push(list);
    }
    found.sort((a, b) => a.length - b.length);
    return found
      .slice(0, QUERY_FEATURES)
      .map((list) => ({ list, weight: inverseFrequency(this.stories, list.length) }));
  }

  private scoresFor(lookups: { list: Postings }[]): Float64Array {
    let maxKey = 0;
    for (const { list } of lookups)
      for (let i = 0; i < list.length; i++) maxKey = Math.max(maxKey, list.keys[i] as number);
    if (this.scratch.length <= maxKey)
      this.scratch = new Float64Array(Math.max(maxKey + 1, this.scratch.length * 2));
    return this.scratch;
  }
}
