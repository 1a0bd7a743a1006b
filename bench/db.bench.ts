import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { CorpusDb } from '../cli/corpus-db/corpus-db.ts';
import { ingestStories } from '../cli/corpus-db/ingest-stories.ts';
import { addStoriesInParallel, FingerprintPool } from '../cli/parallel-index.ts';
import type { Story } from '../lib/corpus/story.ts';
import { matchArticle } from '../lib/engine/match-article.ts';
import { Matcher } from '../lib/engine/matcher.ts';
import { extractFromHtml } from '../lib/extract/html.ts';
import type { Fingerprint } from '../lib/fingerprint/fingerprint.ts';
import { PostgresCluster, postgresBin } from '../tests/support/postgres-cluster.ts';
import { measureAsync } from './measure.ts';
import { madeUpWord, Random, rewrittenPage, syntheticStory } from './synthetic.ts';
import { printTable, rateRow } from './table.ts';

/**
 * `npm run bench:db`: the team corpus on PostgreSQL beside the in-memory
 * index, measured in the same run: ingest rates into a throwaway server and
 * into PGlite, match medians and p95 at each size against memory's at
 * 100,000, the command line's peak memory during `match --db`, and the size on
 * disk. Sizes: DB_BENCH_SIZES=100000,1000000 (the default); BENCH_SMOKE=1
 * runs it all at toy sizes (the tests do).
 */
const SMOKE = process.env.BENCH_SMOKE === '1';
const SIZES = (process.env.DB_BENCH_SIZES ?? (SMOKE ? '300,600' : '100000,1000000')).split(',').map(Number);
const MEMORY_SIZE = Math.min(100_000, SIZES[0] as number);
const PGLITE_SIZE = SMOKE ? 300 : 20_000;
const STORY_WORDS = 400;
const QUERIES = SMOKE ? 3 : 60;
const BATCH = 2_000;
/** Names of its own each story carries (people, places, figures). */
const OWN_NAMES = 12;

const bin = postgresBin();
if (!bin) throw new Error('bench:db needs PostgreSQL (Debian: apt-get install postgresql)');

const random = new Random(20261207);
const originals = Array.from({ length: 8 }, (_, i) =>
  withOwnNames(syntheticStory(random, 2_000_000 + i, 1_500), 2_000_000 + i),
);
const articles = originals.map((story) => extractFromHtml(rewrittenPage(random, story)));

/** The corpus in order, generated a batch at a time: a million stories never sit in memory. */
function* storiesUpTo(from: number, to: number): Generator<Story[]> {
  for (let start = from; start < to; start += BATCH) {
    const batch: Story[] = [];
    for (let id = start; id < Math.min(to, start + BATCH); id++)
      batch.push(id < originals.length ? (originals[id] as Story) : storyNumber(id));
    yield batch;
  }
}

/** Story `id` is the same text whichever run or index asks for it (its seed mixed, so neighbours differ). */
function storyNumber(id: number): Story {
  let seed = id + 0x9e3779b9;
  seed = Math.imul(seed ^ (seed >>> 16), 0x85ebca6b);
  seed = Math.imul(seed ^ (seed >>> 13), 0xc2b2ae35);
  return withOwnNames(syntheticStory(new Random((seed ^ (seed >>> 16)) >>> 0), id, STORY_WORDS), id);
}

/**
 * Names of the story's own, as real stories have them: without them every
 * made-up word is in thousands of a million stories, and no page shares
 * anything rare with its original.
 */
function withOwnNames(story: Story, id: number): Story {
  const names = Array.from({ length: OWN_NAMES }, (_, k) => {
    const word = madeUpWord(50_000 + id * OWN_NAMES + k);
    return `${word[0]?.toUpperCase()}${word.slice(1)}`;
  });
  const paragraphs = story.text
    .split('\n\n')
    .map((p, i) => `${p} ${names[(2 * i) % OWN_NAMES]} and ${names[(2 * i + 1) % OWN_NAMES]} said so.`);
  return { ...story, text: paragraphs.join('\n\n') };
}

const rows: string[][] = [['measure', 'median', 'p95', 'target', 'ratio']];
const cluster = PostgresCluster.start(bin);
const work = mkdtempSync(join(tmpdir(), 'wiretrace-db-bench-'));
try {
  const server = await CorpusDb.open(cluster.url, { create: true });
  let stored = 0;
  let ingestSeconds = 0;
  let memoryP95 = 0;
  for (const size of SIZES) {
    const start = performance.now();
    await ingestStories(server, storiesUpTo(stored, size));
    ingestSeconds += (performance.now() - start) / 1000;
    stored = size;
    let found = 0;
    // A few matches first: the connections, plans and caches warm, as in a long batch.
    for (const article of articles.slice(0, 3)) await server.reading((index) => matchArticle(article, index));
    const match = await measureAsync(QUERIES, async (run) => {
      const article = articles[run % articles.length] as (typeof articles)[number];
      const result = await server.reading((index) => matchArticle(article, index));
      if (
        result.status === 'judged' &&
        result.explanation.original.id === originals[run % originals.length]?.id
      )
        found++;
    });
    if (size === SIZES[0]) memoryP95 = await memoryReference(rows);
    rows.push([
      `match --db, server, ${size.toLocaleString('en')} stories (${found} of ${QUERIES} found)`,
      `${match.median.toFixed(1)} ms`,
      `${match.p95.toFixed(1)} ms`,
      `p95 ≤ 2 × memory's at ${MEMORY_SIZE.toLocaleString('en')}`,
      `${(match.p95 / memoryP95).toFixed(2)} × memory`,
    ]);
  }
  rows.push(
    rateRow(
      `ingest into the server (${stored.toLocaleString('en')} stories)`,
      stored / ingestSeconds,
      10_000,
    ),
  );
  const bytes = Number(
    (await server.client.query<{ n: string }>('SELECT pg_database_size(current_database())::text AS n'))[0]
      ?.n,
  );
  rows.push(['server size on disk a 1,000 stories', `${(bytes / stored / 1000).toFixed(2)} MB`, '', '', '']);
  await server.close();
  rows.push(...(await ingestPartsRows(cluster.url)));
  rows.push(await peakMemoryRow(cluster.url, stored));
  rows.push(await pgliteRow());
} finally {
  cluster.stop();
  rmSync(work, { recursive: true, force: true });
}
printTable(rows);

/** The in-memory index at MEMORY_SIZE, the reference the database's times are read against. */
async function memoryReference(table: string[][]): Promise<number> {
  const matcher = new Matcher();
  for (const batch of storiesUpTo(0, MEMORY_SIZE)) await addStoriesInParallel(matcher, batch);
  let found = 0;
  for (const article of articles.slice(0, 3)) await matcher.match(article);
  const match = await measureAsync(QUERIES, async (run) => {
    const result = await matcher.match(articles[run % articles.length] as (typeof articles)[number]);
    if (
      result.status === 'judged' &&
      result.explanation.original.id === originals[run % originals.length]?.id
    )
      found++;
  });
  table.push([
    `match, memory, ${MEMORY_SIZE.toLocaleString('en')} stories (reference; ${found} of ${QUERIES} found)`,
    `${match.median.toFixed(1)} ms`,
    `${match.p95.toFixed(1)} ms`,
    '',
    '1.00',
  ]);
  return match.p95;
}

/**
 * Where an ingest's time goes: fingerprinting alone on the worker threads,
 * and the database writes alone (fingerprints made beforehand) into a new
 * database on the same server.
 */
async function ingestPartsRows(url: string): Promise<string[][]> {
  const stories = [...storiesUpTo(0, PGLITE_SIZE)];
  const pool = FingerprintPool.start();
  let start = performance.now();
  const fingerprints: Fingerprint[][] = [];
  for (const batch of stories) fingerprints.push(await pool.fingerprintAcross(batch));
  const fingerprintSeconds = (performance.now() - start) / 1000;
  await pool.stop();
  const admin = await CorpusDb.open(url);
  await admin.client.query('CREATE DATABASE writes_alone');
  await admin.close();
  const corpus = await CorpusDb.open(url.replace(/\/postgres$/, '/writes_alone'), { create: true });
  start = performance.now();
  try {
    for (const [b, batch] of stories.entries())
      await corpus.add(
        batch.map((story, i) => ({ story, fingerprint: fingerprints[b]?.[i] as Fingerprint })),
      );
  } finally {
    await corpus.close();
  }
  const writeSeconds = (performance.now() - start) / 1000;
  return [
    rateRow(
      `fingerprinting alone, worker threads (${PGLITE_SIZE.toLocaleString('en')})`,
      PGLITE_SIZE / fingerprintSeconds,
      10_000,
    ),
    rateRow(
      `database writes alone, server (${PGLITE_SIZE.toLocaleString('en')})`,
      PGLITE_SIZE / writeSeconds,
      10_000,
    ),
  ];
}

/** The command line's peak resident memory while it matches the pages against the server. */
async function peakMemoryRow(url: string, stories: number): Promise<string[]> {
  const files = articles.map((article, i) => {
    const file = join(work, `page-${i}.txt`);
    writeFileSync(file, [article.title, ...article.paragraphs].join('\n\n'));
    return file;
  });
  const child = spawn(
    process.execPath,
    [resolve(import.meta.dirname, '../bin/wiretrace.mjs'), 'match', '--db', url, ...files],
    { stdio: 'ignore' },
  );
  let peak = 0;
  const poll = setInterval(() => {
    try {
      const status = readFileSync(`/proc/${child.pid}/status`, 'utf8');
      peak = Math.max(peak, Number(/VmHWM:\s+(\d+)/.exec(status)?.[1] ?? 0) * 1024);
    } catch {
      // Gone already.
    }
  }, 20);
  const code = await new Promise<number | null>((done) => child.on('exit', done));
  clearInterval(poll);
  if (code !== 0) throw new Error(`match --db exited with ${code}`);
  return [
    `match --db peak memory (${stories.toLocaleString('en')} stories)`,
    `${Math.round(peak / 2 ** 20)} MB rss`,
    '',
    '≤ 300 MB',
    (peak / 2 ** 20 / 300).toFixed(2),
  ];
}

async function pgliteRow(): Promise<string[]> {
  const corpus = await CorpusDb.open(join(work, 'pglite'), { create: true });
  const start = performance.now();
  try {
    await ingestStories(corpus, storiesUpTo(0, PGLITE_SIZE));
  } finally {
    await corpus.close();
  }
  return rateRow(
    `ingest into PGlite (${PGLITE_SIZE.toLocaleString('en')} stories)`,
    PGLITE_SIZE / ((performance.now() - start) / 1000),
    10_000,
  );
}
