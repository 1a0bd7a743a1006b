import type { WiretraceDatabase } from '../db/database.ts';
import { forgetImport } from '../db/import-records.ts';
import { removeStories } from '../db/remove-stories.ts';
import { storiesOfImport } from '../db/story-selections.ts';

/**
 * Takes an import back: the stories and versions it wrote go (stories it only
 * saw again were there before it, and stay); the record of it goes too.
 */
export async function undoImport(db: WiretraceDatabase, id: number): Promise<{ removed: number }> {
  const removed = await removeStories(db, storiesOfImport(id));
  await forgetImport(db.meta, id);
  return { removed };
}
