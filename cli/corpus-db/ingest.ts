import type { Story } from '../../lib/corpus/story.ts';
import type { Fingerprint } from '../../lib/fingerprint/fingerprint.ts';
import { storyLanguage } from '../../lib/language/language-of.ts';
import { storedFeatures } from '../../lib/retrieve/sample.ts';
import { signed } from './postgres-story-index.ts';
import { checkedMeta, writeMeta } from './schema.ts';
import type { SqlClient, SqlQueries } from './sql-client.ts';

/** One writer at a time: an ingest takes this lock for each batch it commits. */
const WRITER_LOCK = 727_001;

/**
 * Adds a batch of stories in one transaction: all of it or none. A story
 * already there (same source and id) is left as it is, so an ingest run again
 * after a kill adds only what it had not committed. Returns how many were new.
 */
export async function addBatch(
  db: SqlClient,
  batch: readonly { story: Story; fingerprint: Fingerprint }[],
): Promise<number> {
  if (batch.length === 0) return 0;
  return db.transaction(async (tx) => {
    await tx.query(`SELECT pg_advisory_xact_lock(${WRITER_LOCK})`);
    const meta = await checkedMeta(tx, db.where);
    const fresh = await notYetStored(tx, batch, (b) => b.story);
    if (fresh.length === 0) return 0;
    const keys = fresh.map((_, i) => meta.nextKey + i);
    await insertStories(tx, fresh, keys);
    await insertPostings(tx, fresh, keys);
    await addCounts(tx, fresh);
    await writeMeta(tx, { stories: meta.stories + fresh.length, next_key: meta.nextKey + fresh.length });
    return fresh.length;
  });
}

/** The items whose story the corpus does not hold yet (by source and id), each once. */
export async function notYetStored<T>(
  tx: SqlQueries,
  batch: readonly T[],
  storyOf: (item: T) => Story,
): Promise<T[]> {
  if (batch.length === 0) return [];
  const rows = await tx.query<{ source: string; id: string }>(
    `SELECT s.source, s.id FROM stories s
     JOIN unnest($1::text[], $2::text[]) AS b(source, id) ON s.source = b.source AND s.id = b.id`,
    [batch.map((b) => storyOf(b).source), batch.map((b) => storyOf(b).id)],
  );
  const stored = new Set(rows.map((r) => `${r.source}\u0000${r.id}`));
  const seen = new Set<string>();
  return batch.filter((item) => {
    const story = storyOf(item);
    const name = `${story.source}\u0000${story.id}`;
    if (stored.has(name) || seen.has(name)) return false;
    seen.add(name);
    return true;
  });
}

async function insertStories(
  tx: SqlQueries,
  fresh: readonly { story: Story }[],
  keys: readonly number[],
): Promise<void> {
  await tx.query(
    `INSERT INTO stories (key, source, id, language, story)
     SELECT * FROM unnest($1::integer[], $2::text[], $3::text[], $4::text[], $5::json[])`,
    [
      keys,
      fresh.map((f) => f.story.source),
      fresh.map((f) => f.story.id),
      fresh.map((f) => storyLanguage(f.story)),
      fresh.map((f) => JSON.stringify(f.story)),
    ],
  );
}

export async function insertPostings(
  tx: SqlQueries,
  fresh: readonly { fingerprint: Fingerprint }[],
  keys: readonly number[],
): Promise<void> {
  const rows: [number, number][] = [];
  fresh.forEach(({ fingerprint }, i) => {
    for (const feature of storedFeatures(fingerprint)) rows.push([signed(feature), keys[i] as number]);
  });
  // In the index's order: each insert lands beside the last, not at a random page of the index.
  rows.sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  const features = rows.map((row) => row[0]);
  const stories = rows.map((row) => row[1]);
  await tx.query(`INSERT INTO postings (feature, story) SELECT * FROM unnest($1::integer[], $2::integer[])`, [
    features,
    stories,
  ]);
}

export async function addCounts(
  tx: SqlQueries,
  fresh: readonly { story: Story; fingerprint: Fingerprint }[],
  withLanguages = true,
): Promise<void> {
  const terms = new Map<number, number>();
  for (const { fingerprint } of fresh)
    for (const term of fingerprint.terms) terms.set(signed(term), (terms.get(signed(term)) ?? 0) + 1);
  const sorted = [...terms.keys()].sort((a, b) => a - b);
  await tx.query(
    `INSERT INTO term_counts (term, stories) SELECT * FROM unnest($1::integer[], $2::integer[])
     ON CONFLICT (term) DO UPDATE SET stories = term_counts.stories + excluded.stories`,
    [sorted, sorted.map((term) => terms.get(term) as number)],
  );
  if (!withLanguages) return;
  const languages = new Map<string, number>();
  for (const { story } of fresh) {
    const language = storyLanguage(story);
    languages.set(language, (languages.get(language) ?? 0) + 1);
  }
  await tx.query(
    `INSERT INTO language_counts (language, stories) SELECT * FROM unnest($1::text[], $2::integer[])
     ON CONFLICT (language) DO UPDATE SET stories = language_counts.stories + excluded.stories`,
    [[...languages.keys()], [...languages.values()]],
  );
}
