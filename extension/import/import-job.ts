import type { WiretraceDatabase } from '../db/database.ts';
import { STORY_INDEXES, storyTables } from '../db/indexes.ts';
import { removeStories } from '../db/remove-stories.ts';
import { storiesOfImport } from '../db/story-selections.ts';

/** The import under way, kept in the database: the stories it wrote carry its id until it ends. */
export interface ImportJob {
  name: 'import';
  id: number;
  startedAt: number;
  file: string;
}

/** Removes what an import that never finished wrote (the worker was stopped, a write failed, the page went away). */
export async function rollBackUnfinishedImport(db: WiretraceDatabase): Promise<number> {
  const job = (await db.meta.get('import')) as ImportJob | undefined;
  if (!job) return 0;
  const removed = await removeStories(db, storiesOfImport(job.id));
  await db.transaction('rw', storyTables(db), async () => {
    for (const index of STORY_INDEXES) await index.forget(db, [], job.id);
    await db.meta.delete('import');
  });
  return removed;
}
