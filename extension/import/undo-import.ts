import type { WiretraceDatabase } from '../db/database.ts';
import { StoryCache } from '../db/story-cache.ts';

/**
 * Takes an import back: the stories and versions it wrote go (stories it only
 * saw again were there before it, and stay); the record of it goes too.
 */
export async function undoImport(db: WiretraceDatabase, id: number): Promise<{ removed: number }> {
  return { removed: await new StoryCache(db).rollBack(id) };
}
