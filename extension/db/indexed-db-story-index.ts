import type { Fingerprint } from '../../lib/fingerprint/fingerprint.ts';
import {
  type Candidate,
  featuresToLookUp,
  type IndexedStory,
  maxUsefulFrequency,
  rankCandidates,
  type StoryIndex,
  sampledQuery,
} from '../../lib/retrieve/story-index.ts';
import type { WiretraceDatabase } from './database.ts';
import { importRecords } from './import-records.ts';
import { sampledFeatureIndex, storyTables } from './indexes.ts';
import { readStoriesInBlocks } from './story-blocks.ts';
import { storyOf } from './story-record.ts';
import { readTermCounts } from './term-counts.ts';
import { readTotals } from './totals.ts';

/**
 * The stored stories as the engine looks them up: the page's rare sampled
 * features in the posting store (terms the counts say are common are not
 * looked up at all), ranked as the in-memory index ranks them. Only the rows
 * a page needs are read, so a worker that wakes up matches at once, whatever
 * the cache's size.
 */
export class IndexedDbStoryIndex implements StoryIndex {
  constructor(private readonly db: WiretraceDatabase) {}

  async size(): Promise<number> {
    return (await readTotals(this.db.meta)).stories;
  }

  candidates(query: Fingerprint, limit: number): Promise<Candidate[]> {
    const db = this.db;
    return db.transaction('r', storyTables(db), async () => {
      const size = (await readTotals(db.meta)).stories;
      const ceiling = maxUsefulFrequency(size);
      const { sampled, terms } = sampledQuery(query);
      const lookups = featuresToLookUp(sampled, await readTermCounts(db.termCounts, terms), ceiling);
      const postings = await sampledFeatureIndex.read(db, lookups);
      return rankCandidates(postings.values(), size, ceiling, limit);
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

  documentFrequencies(terms: Iterable<number>): Promise<Map<number, number>> {
    return readTermCounts(this.db.termCounts, terms);
  }

  async languages(): Promise<Map<string, number> | null> {
    const { languages } = await readTotals(this.db.meta);
    return languages ? new Map(Object.entries(languages)) : null;
  }
}
