import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { Random, rewrittenPage, syntheticStory } from '../../bench/synthetic.ts';
import { CorpusDb } from '../../cli/corpus-db/corpus-db.ts';
import { WiretraceDatabase } from '../../extension/db/database.ts';
import { IndexedDbStoryIndex } from '../../extension/db/indexed-db-story-index.ts';
import { storiesToJsonl } from '../../lib/corpus/jsonl.ts';
import type { Story } from '../../lib/corpus/story.ts';
import { matchArticle } from '../../lib/engine/match-article.ts';
import { prepareArticle } from '../../lib/engine/prepare.ts';
import type { Article } from '../../lib/extract/article.ts';
import { extractFromHtml } from '../../lib/extract/html.ts';
import { extractFromText } from '../../lib/extract/plain-text.ts';
import type { Fingerprint } from '../../lib/fingerprint/fingerprint.ts';
import { fingerprintStory } from '../../lib/fingerprint/story-fingerprint.ts';
import { MemoryStoryIndex } from '../../lib/retrieve/memory-index.ts';
import type { StoryIndex } from '../../lib/retrieve/story-index.ts';
import { fixturePages, loadFixtureStories, readFixturePage } from '../support/fixtures.ts';
import { importBundle } from '../support/import-bundle.ts';
import { PostgresCluster, postgresBin } from '../support/postgres-cluster.ts';

/**
 * One contract for every StoryIndex: on the fixtures and a generated corpus
 * of 10,000 stories, the extension's IndexedDB, PGlite in a folder, a
 * PostgreSQL server and a server whose postings partly live on a second one
 * give the in-memory index's candidates, scores and verdicts exactly.
 */
const GENERATED = 10_000;
const random = new Random(20261207);
const generated = Array.from({ length: GENERATED }, (_, i) => syntheticStory(random, i, 400));
const corpus: Story[] = [...loadFixtureStories(), ...generated];
const fingerprints = corpus.map((story) => fingerprintStory(story));

const pages: { name: string; article: Article }[] = [
  ...fixturePages().map((name) => ({
    name,
    article: name.endsWith('.txt')
      ? extractFromText(readFixturePage(name))
      : extractFromHtml(readFixturePage(name)),
  })),
  ...[3, 1_777, 5_021, 9_998].map((i) => ({
    name: `rewrite of story-${i}`,
    article: extractFromHtml(rewrittenPage(random, generated[i] as Story)),
  })),
  ...[42, 6_500].map((i) => ({
    name: `brief of story-${i}`,
    article: extractFromText((generated[i] as Story).text.split(' ').slice(0, 45).join(' ')),
  })),
];

const memory = new MemoryStoryIndex();
for (const [i, story] of corpus.entries()) memory.add(story, fingerprints[i]);

interface Answers {
  /** Each page's candidates by story id (keys are each index's own), with their scores. */
  candidates: { id: string; score: number }[][];
  verdicts: unknown[];
}

async function answersOf(read: <T>(work: (index: StoryIndex) => Promise<T>) => Promise<T>): Promise<Answers> {
  const answers: Answers = { candidates: [], verdicts: [] };
  for (const { article } of pages) {
    const query = prepareArticle(article).fingerprint;
    answers.candidates.push(await read((index) => candidatesOf(index, query)));
    const result = await read((index) => matchArticle(article, index));
    answers.verdicts.push(result.status === 'judged' ? withoutOrigin(result.explanation) : result);
  }
  return answers;
}

async function candidatesOf(index: StoryIndex, query: Fingerprint): Promise<{ id: string; score: number }[]> {
  const found = await index.candidates(query, 12);
  const stories = await index.stories(found.map((c) => c.key));
  return found.map((c, i) => ({ id: stories[i]?.story.id ?? '(missing)', score: c.score }));
}

/** The cache alone knows how a story came to it; the rest of a verdict is the same everywhere. */
function withoutOrigin(explanation: { original: object }): unknown {
  const { origin: _, ...original } = explanation.original as { origin?: unknown };
  return { ...explanation, original };
}

let expected: Answers;
beforeAll(async () => {
  expected = await answersOf((work) => work(memory));
  // Nearly every page finds candidates, so the comparison is of real answers, not of empty lists.
  expect(expected.candidates.filter((c) => c.length > 0).length).toBeGreaterThan(pages.length - 3);
  expect(expected.candidates.slice(-6).every((c) => c[0] !== undefined)).toBe(true);
}, 120_000);

async function addAll(corpusDb: CorpusDb): Promise<void> {
  for (let start = 0; start < corpus.length; start += 2_000) {
    const batch = corpus.slice(start, start + 2_000).map((story, i) => ({
      story,
      fingerprint: fingerprints[start + i] as (typeof fingerprints)[number],
    }));
    await corpusDb.add(batch);
  }
}

async function expectSameAnswers(corpusDb: CorpusDb): Promise<void> {
  await addAll(corpusDb);
  expect((await corpusDb.check()).stories).toBe(corpus.length);
  const got = await answersOf((work) => corpusDb.reading(work));
  expect(got.candidates).toEqual(expected.candidates);
  expectSameVerdicts(got);
}

function expectSameVerdicts(got: Answers): void {
  for (const [i, { name }] of pages.entries()) expect(got.verdicts[i], name).toEqual(expected.verdicts[i]);
}

describe('every StoryIndex answers alike', () => {
  it('IndexedDB in the extension', async () => {
    fakeBrowser.reset();
    const db = new WiretraceDatabase('contract');
    expect(await importBundle(db, storiesToJsonl(corpus), undefined, 'contract.jsonl')).toMatchObject({
      added: corpus.length,
    });
    const index = new IndexedDbStoryIndex(db);
    const got = await answersOf((work) => work(index));
    expect(got.candidates).toEqual(expected.candidates);
    expectSameVerdicts(got);
    db.close();
  }, 600_000);

  it('PGlite in a folder', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'wiretrace-pglite-'));
    try {
      const corpusDb = await CorpusDb.open(folder, { create: true });
      try {
        await expectSameAnswers(corpusDb);
      } finally {
        await corpusDb.close();
      }
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  }, 600_000);
});

const bin = postgresBin();
if (!bin)
  console.warn(
    'PostgreSQL is not installed here: the server contract tests are skipped (npm test installs it).',
  );

describe.skipIf(!bin)('every StoryIndex answers alike, on PostgreSQL servers', () => {
  const clusters: PostgresCluster[] = [];
  beforeAll(() => {
    clusters.push(PostgresCluster.start(bin as string), PostgresCluster.start(bin as string));
  }, 120_000);
  afterAll(() => {
    for (const cluster of clusters) cluster.stop();
  });

  it('one server', async () => {
    const corpusDb = await CorpusDb.open((clusters[0] as PostgresCluster).url, { create: true });
    try {
      await expectSameAnswers(corpusDb);
    } finally {
      await corpusDb.close();
    }
  }, 600_000);

  it('a coordinator whose postings are partly on a second server (postgres_fdw)', async () => {
    const [first, second] = clusters as [PostgresCluster, PostgresCluster];
    const url = first.url.replace(/\/postgres$/, '/sharded');
    const admin = await CorpusDb.open(first.url);
    await admin.client.query('CREATE DATABASE sharded');
    await admin.close();
    const corpusDb = await CorpusDb.open(url);
    try {
      await corpusDb.init([second.url]);
      await expectSameAnswers(corpusDb);
      const remote = await corpusDb.client.query<{ n: string }>(
        `SELECT count(*)::text AS n FROM pg_foreign_table f JOIN pg_class c ON c.oid = f.ftrelid WHERE c.relname LIKE 'postings_%'`,
      );
      expect(Number(remote[0]?.n)).toBe(4);
    } finally {
      await corpusDb.close();
    }
  }, 600_000);
});
