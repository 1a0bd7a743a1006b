import type { Story } from '../../lib/corpus/story.ts';
import type { Fingerprint } from '../../lib/fingerprint/fingerprint.ts';
import {
  type Candidate,
  type IndexedStory,
  planLookup,
  type StoryIndex,
} from '../../lib/retrieve/story-index.ts';
import type { SqlQueries } from './sql-client.ts';

/** Features are unsigned 32-bit hashes; an `integer` column holds them as their signed twins. */
export const signed = (feature: number): number => feature | 0;
const unsigned = (value: number): number => value >>> 0;

/**
 * The rarity ranking of `rankCandidates`, as one query: each feature's list
 * length (read no further than the ceiling), its frequency the greater of that
 * and its term count, its weight ln(1 + (N + 1) / (frequency + 0.5)), and the
 * stories by the sum of their features' weights, to nine decimals, ties by key.
 */
const RANK_CANDIDATES = `
WITH wanted AS (
  SELECT feature, known FROM unnest($1::integer[], $2::integer[]) AS w(feature, known)
), lists AS (
  SELECT w.feature, greatest(w.known, l.length) AS frequency
  FROM wanted w
  CROSS JOIN LATERAL (
    SELECT count(*)::integer AS length
    FROM (SELECT 1 FROM postings p WHERE p.feature = w.feature LIMIT $4::integer + 1) AS capped
  ) AS l
  WHERE l.length > 0
), weights AS (
  SELECT feature, ln(1 + ($3::float8 + 1) / (greatest(1, frequency)::float8 + 0.5)) AS weight
  FROM lists WHERE frequency <= $4::integer
)
SELECT p.story AS key, round(sum(w.weight)::numeric, 9)::float8 AS score
FROM weights w JOIN postings p ON p.feature = w.feature
GROUP BY p.story
ORDER BY score DESC, key
LIMIT $5::integer`;

/**
 * The story index in PostgreSQL (a server, or PGlite in a folder): the same
 * candidates, stories, counts and languages as the in-memory index and the
 * extension's, read through one connection or one snapshot.
 */
export class PostgresStoryIndex implements StoryIndex {
  constructor(
    private readonly db: SqlQueries,
    private readonly storyCount: number,
  ) {}

  async size(): Promise<number> {
    return this.storyCount;
  }

  async candidates(query: Fingerprint, limit: number): Promise<Candidate[]> {
    const lookup = await planLookup(query, this.storyCount, (terms) => this.documentFrequencies(terms));
    if (lookup.features.length === 0) return [];
    const rows = await this.db.query<{ key: number; score: number }>(RANK_CANDIDATES, [
      lookup.features.map(signed),
      lookup.features.map((f) => lookup.counts.get(f) ?? 0),
      this.storyCount,
      lookup.ceiling,
      limit,
    ]);
    return rows.map((row) => ({ key: Number(row.key), score: Number(row.score) }));
  }

  async stories(keys: readonly number[]): Promise<IndexedStory[]> {
    if (keys.length === 0) return [];
    const rows = await this.db.query<{ key: number; story: Story | string }>(
      `SELECT key, story FROM stories WHERE key = ANY($1::integer[])`,
      [[...keys]],
    );
    const byKey = new Map(rows.map((row) => [Number(row.key), storyOf(row.story)]));
    return keys.flatMap((key) => {
      const story = byKey.get(key);
      return story ? [{ key, story }] : [];
    });
  }

  async documentFrequencies(terms: Iterable<number>): Promise<Map<number, number>> {
    const wanted = [...new Set(terms)];
    const counts = new Map(wanted.map((term) => [term, 0]));
    if (wanted.length === 0) return counts;
    const rows = await this.db.query<{ term: number; stories: number }>(
      `SELECT term, stories FROM term_counts WHERE term = ANY($1::integer[])`,
      [wanted.map(signed)],
    );
    for (const row of rows) counts.set(unsigned(Number(row.term)), Number(row.stories));
    return counts;
  }

  async languages(): Promise<Map<string, number>> {
    const rows = await this.db.query<{ language: string; stories: number }>(
      `SELECT language, stories FROM language_counts ORDER BY language`,
    );
    return new Map(rows.map((row) => [row.language, Number(row.stories)]));
  }
}

function storyOf(value: Story | string): Story {
  return typeof value === 'string' ? (JSON.parse(value) as Story) : value;
}
