import Dexie, { type EntityTable } from 'dexie';
import type { Story } from '../../lib/corpus/story.ts';
import type { MatchResult } from '../../lib/engine/judge.ts';

/** A wire story as stored: the story, its fingerprint features (a multi-entry index: the inverted index). */
export interface StoredStory extends Story {
  key?: number;
  features: number[];
  addedAt: number;
}

/** The story itself, without what storage added to it. */
export function storyOf({ key: _key, features: _features, addedAt: _addedAt, ...story }: StoredStory): Story {
  return story;
}

/** In how many stored stories a feature occurs: the rarity every match weighs words by. */
export interface TermCount {
  feature: number;
  stories: number;
}

/** The latest judgement of a page, by URL: what the reader saw, kept for when the page is opened again. */
export interface PageRecord {
  url: string;
  judgedAt: number;
  result: MatchResult;
}

/**
 * The extension's database, opened only by the background worker (a content
 * script would open the page origin's database). Schema versions are declared
 * here, each kept, so every stored story migrates when the schema changes.
 */
export class WiretraceDatabase extends Dexie {
  stories!: EntityTable<StoredStory, 'key'>;
  terms!: EntityTable<TermCount, 'feature'>;
  pages!: EntityTable<PageRecord, 'url'>;

  constructor(name = 'wiretrace') {
    super(name);
    this.version(1).stores({
      stories: '++key, &id, *features, source, published, addedAt',
      terms: 'feature',
      pages: 'url, judgedAt',
    });
  }
}
