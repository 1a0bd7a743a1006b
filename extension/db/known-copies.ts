import type { WiretraceDatabase } from './database.ts';

/** The door to the known copies: a site seen to credit a wire story and reproduce it, by story and site only. */
export async function rememberKnownCopy(db: WiretraceDatabase, story: string, site: string): Promise<void> {
  await db.copies.put({ key: `${story}|${site}`, story, site });
}
