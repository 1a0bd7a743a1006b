import type { Story } from '../../lib/corpus/story.ts';
import type { Fingerprint } from '../../lib/fingerprint/fingerprint.ts';
import type { StoryIndex } from '../../lib/retrieve/story-index.ts';
import type { WiretraceDatabase } from './database.ts';
import { forgetImport } from './import-records.ts';
import { IndexedDbStoryIndex } from './indexed-db-story-index.ts';
import { STORY_INDEXES, storyTables } from './indexes.ts';
import { readMeta } from './meta-rows.ts';
import { type ReindexProgress, reindexStep } from './reindex.ts';
import { removeStories, type StorySelection } from './remove-stories.ts';
import { applyRetention, withoutEvicting, withRoomToWrite } from './retention.ts';
import type { RetentionLimits } from './retention-limits.ts';
import type { Arrival } from './rows.ts';
import { type SaveReport, saveStories } from './save-stories.ts';
import { storiesOfImport } from './story-selections.ts';
import { type CacheStats, cacheStats, clearStories, exportBundle } from './story-store.ts';

/**
 * The stored wire stories, as everything outside `extension/db/` sees them:
 * stories go in and out only through here, so that the blocks, the posting
 * stores, the term counts, the totals and the index generations always change
 * together, in one transaction.
 */
export class StoryCache {
  constructor(readonly db: WiretraceDatabase) {}

  /**
   * Stores stories. Where the browser's quota refuses them, a feed's make
   * room by evicting the stories longest in the cache; an import's and a
   * capture's never do (what the reader brought is not traded for them): the
   * write is refused whole, and said to be.
   */
  save(
    stories: readonly Story[],
    via: Arrival,
    options: { importId?: number; fingerprints?: readonly Fingerprint[] } = {},
  ): Promise<SaveReport> {
    const write = () => saveStories(this.db, stories, via, options.importId, options.fingerprints);
    return via === 'feed' ? withRoomToWrite(this.db, write) : withoutEvicting(write);
  }

  /** Removes what a selection picks; returns how many stories went. */
  remove(selection: StorySelection, limit?: number): Promise<number> {
    return removeStories(this.db, selection, limit);
  }

  clear(): Promise<{ removed: number }> {
    return clearStories(this.db);
  }

  /** What the engine retrieves from: `matchArticle(article, cache.index())`. */
  index(): StoryIndex {
    return new IndexedDbStoryIndex(this.db);
  }

  stats(): Promise<CacheStats> {
    return cacheStats(this.db);
  }

  export(): Promise<{ jsonl: string; stories: number }> {
    return exportBundle(this.db);
  }

  /** Evicts what is past the reader's limits. */
  applyRetention(limits: RetentionLimits, now?: number): Promise<number> {
    return applyRetention(this.db, limits, now);
  }

  /** Takes back everything an import wrote: its stories and versions, its index rows, the record of it. */
  async rollBack(importId: number): Promise<number> {
    const removed = await this.remove(storiesOfImport(importId));
    await this.db.transaction('rw', storyTables(this.db), async () => {
      for (const index of STORY_INDEXES) await index.forget(this.db, [], importId);
      await forgetImport(this.db.meta, importId);
    });
    return removed;
  }

  /** The import under way, if the worker stopped in the middle of one. */
  async unfinishedImport(): Promise<number | null> {
    return (await readMeta(this.db.meta, 'import'))?.id ?? null;
  }

  /** One step of re-indexing for today's fingerprint; null when the index is current. */
  reindexStep(): Promise<ReindexProgress | null> {
    return reindexStep(this.db);
  }
}
