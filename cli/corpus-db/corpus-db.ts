import type { Story } from '../../lib/corpus/story.ts';
import type { Fingerprint } from '../../lib/fingerprint/fingerprint.ts';
import { fingerprintStory } from '../../lib/fingerprint/story-fingerprint.ts';
import { FINGERPRINT_VERSION } from '../../lib/fingerprint/version.ts';
import type { StoryIndex } from '../../lib/retrieve/story-index.ts';
import { addBatch, addCounts, insertPostings, notYetStored } from './ingest.ts';
import { openCorpusDb } from './open-corpus-db.ts';
import { PostgresStoryIndex } from './postgres-story-index.ts';
import { type CorpusMeta, checkedMeta, createSchema, readMeta, writeMeta } from './schema.ts';
import { CorpusDbError, type SqlClient } from './sql-client.ts';

const REINDEX_PAGE = 2_000;

/** A corpus in PostgreSQL: what `index`, `match --db`, `eval --db` and `db stats` open. */
export class CorpusDb {
  private constructor(readonly client: SqlClient) {}

  /** Opens `--db`; `create` makes the tables of a new corpus (an ingest does, a match does not). */
  static async open(db: string, { create = false } = {}): Promise<CorpusDb> {
    const client = await openCorpusDb(db);
    try {
      if (create) await createSchema(client);
      return new CorpusDb(client);
    } catch (error) {
      await client.close();
      throw error;
    }
  }

  /** Makes the tables of a new corpus, its postings' partitions spread over `shards` (server URLs). */
  async init(shards: readonly string[]): Promise<void> {
    if (await readMeta(this.client)) throw new CorpusDbError(`${this.where} already holds a corpus`);
    if (shards.length && !this.where.startsWith('postgres'))
      throw new CorpusDbError('shards need a PostgreSQL server as the coordinator (--db postgres://…)');
    await this.client.transaction((tx) => createSchema(tx, shards));
  }

  get where(): string {
    return this.client.where;
  }

  meta(): Promise<CorpusMeta | null> {
    return readMeta(this.client);
  }

  /** Checks the corpus can be read by this wiretrace (its layout and fingerprint), saying why not. */
  async check(): Promise<CorpusMeta> {
    return checkedMeta(this.client, this.where);
  }

  /** Runs `work` against the corpus as one snapshot: an ingest committing meanwhile is not half seen. */
  reading<T>(work: (index: StoryIndex) => Promise<T>): Promise<T> {
    return this.client.transaction(
      async (tx) => work(new PostgresStoryIndex(tx, (await checkedMeta(tx, this.where)).stories)),
      { snapshot: true },
    );
  }

  /** The stories not in the corpus yet: what an ingest has left to fingerprint. */
  notYetStored(stories: readonly Story[]): Promise<Story[]> {
    return notYetStored(this.client, stories, (story) => story);
  }

  add(batch: readonly { story: Story; fingerprint: Fingerprint }[]): Promise<number> {
    return addBatch(this.client, batch);
  }

  /**
   * Builds the postings and term counts again from the stored stories with
   * this wiretrace's fingerprint, in one transaction: until it commits, the
   * corpus stays as it was.
   */
  async reindex(onProgress: (done: number, total: number) => void = () => {}): Promise<number> {
    return this.client.transaction(async (tx) => {
      const meta = await readMeta(tx);
      if (!meta) return 0;
      await tx.query('TRUNCATE postings, term_counts');
      let done = 0;
      for (let from = 0; ; ) {
        const rows = await tx.query<{ key: number; story: Story | string }>(
          `SELECT key, story FROM stories WHERE key >= $1 ORDER BY key LIMIT ${REINDEX_PAGE}`,
          [from],
        );
        if (rows.length === 0) break;
        const page = rows.map((row) => {
          const story = typeof row.story === 'string' ? (JSON.parse(row.story) as Story) : row.story;
          return { story, fingerprint: fingerprintStory(story) };
        });
        const keys = rows.map((row) => Number(row.key));
        await insertPostings(tx, page, keys);
        await addCounts(tx, page, false);
        done += rows.length;
        onProgress(done, meta.stories);
        from = (keys.at(-1) as number) + 1;
      }
      await writeMeta(tx, { fingerprint: FINGERPRINT_VERSION });
      return done;
    });
  }

  close(): Promise<void> {
    return this.client.close();
  }
}
