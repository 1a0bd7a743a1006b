import type { Fingerprint } from '../../lib/fingerprint/fingerprint.ts';
import {
  type Candidate,
  findCandidates,
  type IndexedStory,
  type StoryIndex,
} from '../../lib/retrieve/story-index.ts';
import type { WiretraceDatabase } from './database.ts';
import { importRecords } from './import-records.ts';
import { fingerprintState, readFeatures, storyTables, termCountsOf } from './indexes.ts';
import { readStoriesInBlocks } from './story-blocks.ts';
import { storyOf } from './story-record.ts';
import { readTermCounts } from './term-counts.ts';
import { readTotals } from './totals.ts';

/**
 * The stored stories as the engine looks them up: the page's rare sampled
 * features in the posting store (terms the counts say are common are not
 * looked up at all), ranked as the in-memory index ranks them. Only the rows
 * a page needs are read, so a worker that wakes up matches at once, whatever
 * the cache's size. During a re-index each story is found in the generation
 * that holds it.
 */
export class IndexedDbStoryIndex implements StoryIndex {
  constructor(private readonly db: WiretraceDatabase) {}

  async size(): Promise<number> {
    return (await readTotals(this.db.meta)).stories;
  }

  candidates(query: Fingerprint, limit: number): Promise<Candidate[]> {
    const db = this.db;
    return db.transaction('r', storyTables(db), async () => {
      const [size, state] = await Promise.all([
        readTotals(db.meta).then((t) => t.stories),
        fingerprintState(db),
      ]);
      return findCandidates(query, limit, {
        size,
        counts: (terms) => readTermCounts(termCountsOf(db, state.generation), terms),
        postings: (features) => readFeatures(db, state, features),
      });
    });
  }

  async stories(keys: readonly number[]): Promise<IndexedStory[]> {
    const [found, imports] = await Promise.all([
      readStoriesInBlocks(this.db, keys),
      importRecords(this.db.meta),
    ]);
    return found.map(({ story, importId }) => {
      const bundle = imports.find((i) => i.id === importId);
      return {
        key: story.key as number,
        story: storyOf(story),
        origin: {
          via: story.via,
          addedAt: story.addedAt,
          ...(bundle ? { bundle: { file: bundle.file, at: bundle.at } } : {}),
        },
      };
    });
  }

  /** From the generation in use, which counts every story (during a rebuild, partly by the old definition). */
  async documentFrequencies(terms: Iterable<number>): Promise<Map<number, number>> {
    const { generation } = await fingerprintState(this.db);
    return readTermCounts(termCountsOf(this.db, generation), terms);
  }

  async languages(): Promise<Map<string, number> | null> {
    const { languages } = await readTotals(this.db.meta);
    return languages ? new Map(Object.entries(languages)) : null;
  }
}
