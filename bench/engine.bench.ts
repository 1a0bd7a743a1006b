import { execFileSync } from 'node:child_process';
import { resolve } from 'node:path';
import { addStoriesInParallel } from '../cli/parallel-index.ts';
import type { Story } from '../lib/corpus/story.ts';
import { Matcher } from '../lib/engine/matcher.ts';
import { prepareArticle } from '../lib/engine/prepare.ts';
import { extractFromHtml } from '../lib/extract/html.ts';
import { adversarialTextRows } from './adversarial-text.ts';
import { hostilePageRows } from './hostile-pages.ts';
import { type BenchLanguage, rewriteIn, storyIn } from './in-language.ts';
import { measure, measureAsync, median } from './measure.ts';
import { Random, rewrittenPage, syntheticStory } from './synthetic.ts';
import { printTable, rateRow } from './table.ts';

/**
 * `npm run bench`: medians on this machine for the engine's hot paths, next to
 * the targets. Sizes can be cut for a quick look: BENCH_SIZES=1000,10000.
 * BENCH_SMOKE=1 runs every part once at toy sizes (the tests do, so the bench cannot silently break).
 */
const SMOKE = process.env.BENCH_SMOKE === '1';
const SIZES = (process.env.BENCH_SIZES ?? (SMOKE ? '200' : '1000,10000,100000')).split(',').map(Number);
const PAGE_WORDS = 1500;
const STORY_WORDS = 600;
const QUERIES = SMOKE ? 2 : 60;

const random = new Random(20261123);
const originals = Array.from({ length: 8 }, (_, i) => syntheticStory(random, 1_000_000 + i, PAGE_WORDS));
const pages = originals.map((story) => rewrittenPage(random, story));
const largest = Math.max(...SIZES);
const corpus: Story[] = [...originals];
while (corpus.length < largest) corpus.push(syntheticStory(random, corpus.length, STORY_WORDS));

const rows: string[][] = [['measure', 'median', 'p95', 'target', 'median / target']];
const extract = measure(QUERIES, (run) =>
  prepareArticle(extractFromHtml(pages[run % pages.length] as string)),
);
rows.push(timeRow('extract + fingerprint, 1,500-word page', extract, 10));
const articles = pages.map((html) => extractFromHtml(html));

const serialCount = Math.min(largest, 10_000);
const serialStart = performance.now();
const serial = new Matcher();
for (const story of corpus.slice(0, serialCount)) serial.addStory(story);
rows.push(
  rateRow('index build, one thread', serialCount / ((performance.now() - serialStart) / 1000), 5_000),
);

const matcher = new Matcher();
let buildSeconds = 0;
for (const size of SIZES) {
  const start = performance.now();
  await addStoriesInParallel(matcher, corpus.slice(matcher.size, size));
  buildSeconds += (performance.now() - start) / 1000;
  const match = await measureAsync(QUERIES, async (run) => {
    const result = await matcher.match(articles[run % articles.length] as (typeof articles)[number]);
    if (result.status !== 'judged' || result.explanation.verdict === 'unrelated')
      throw new Error('page not matched');
  });
  rows.push(timeRow(`match + align at ${size.toLocaleString('en')} stories`, match, 30));
}
rows.push(
  rateRow(
    `index build, worker threads (${matcher.size.toLocaleString('en')} stories)`,
    matcher.size / buildSeconds,
    5_000,
  ),
);

corpus.length = 0;
global.gc?.();
const memory = process.memoryUsage();
rows.push([
  `memory at ${matcher.size.toLocaleString('en')} stories, texts included`,
  `${mb(memory.heapUsed)} heap`,
  `${mb(memory.rss)} rss`,
  '',
  '',
]);
printTable(rows);
console.log('');
printTable(startupRows());
console.log('');
printTable(await languageRows());
console.log('');
printTable(hostilePageRows(SMOKE ? 1 : undefined));
console.log('');
printTable(await adversarialTextRows(SMOKE ? 20_000 : 200_000, SMOKE ? 1 : 3));

/**
 * The command line's start: `wiretrace --version` loads every command, as
 * any run does, compiled (dist/, what `npm ci` builds) and from the
 * TypeScript sources, beside Node starting with nothing to load.
 */
function startupRows(): string[][] {
  const bin = resolve(import.meta.dirname, '../bin/wiretrace.mjs');
  const runs = SMOKE ? 1 : 15;
  const time = (args: string[], env: NodeJS.ProcessEnv = process.env) => {
    const times: number[] = [];
    for (let run = 0; run < runs; run++) {
      const start = performance.now();
      execFileSync(process.execPath, args, { env, stdio: 'ignore' });
      times.push(performance.now() - start);
    }
    return median(times);
  };
  const node = time(['-e', '']);
  const compiled = time([bin, '--version']);
  const sources = time([bin, '--version'], { ...process.env, WIRETRACE_FROM_SOURCES: '1' });
  const fixtures = resolve(import.meta.dirname, '../tests/fixtures');
  const onePage = time([
    bin,
    'match',
    '--corpus',
    `${fixtures}/stories.jsonl`,
    `${fixtures}/pages/flood-light-edit.txt`,
  ]);
  return [
    ['command line start', 'median', 'target', '× node alone'],
    ['node alone', `${node.toFixed(0)} ms`, '', '1.00'],
    ['wiretrace --version, compiled', `${compiled.toFixed(0)} ms`, '< 300 ms', (compiled / node).toFixed(2)],
    ['wiretrace --version, from sources (tsx)', `${sources.toFixed(0)} ms`, '', (sources / node).toFixed(2)],
    [
      'wiretrace match, one text page, 11 stories, compiled',
      `${onePage.toFixed(0)} ms`,
      '',
      (onePage / node).toFixed(2),
    ],
  ];
}

/**
 * A 1,500-word page in English, Chinese and Arabic, judged against 2,000
 * stories in its language: each language's medians and their ratio to
 * English's. The languages take turns, page by page, so that the machine's
 * changes of speed fall on all three alike (the target: within 1.5×).
 */
async function languageRows(): Promise<string[][]> {
  const languages: BenchLanguage[] = ['en', 'zh', 'ar'];
  const benches = languages.map(languageBench);
  const extractTimes = languages.map((): number[] => []);
  const matchTimes = languages.map((): number[] => []);
  for (let run = 0; run < QUERIES; run++) {
    for (const [i, bench] of benches.entries()) {
      const html = bench.html[run % bench.html.length] as string;
      let start = performance.now();
      const article = extractFromHtml(html);
      prepareArticle(article);
      extractTimes[i]?.push(performance.now() - start);
      start = performance.now();
      const result = await bench.index.match(article);
      matchTimes[i]?.push(performance.now() - start);
      if (
        result.status !== 'judged' ||
        result.explanation.original.id !== bench.wanted[run % bench.wanted.length]?.id
      )
        throw new Error(`${languages[i]}: page not matched to its story`);
    }
  }
  const extract = extractTimes.map(median);
  const match = matchTimes.map(median);
  const table = [['1,500-word page', 'extract + fingerprint', '× English', 'match + align', '× English']];
  for (const [i, language] of languages.entries())
    table.push([
      language,
      `${(extract[i] as number).toFixed(2)} ms`,
      ((extract[i] as number) / (extract[0] as number)).toFixed(2),
      `${(match[i] as number).toFixed(2)} ms`,
      ((match[i] as number) / (match[0] as number)).toFixed(2),
    ]);
  return table;
}

function languageBench(language: BenchLanguage) {
  const random = new Random(20261201);
  const wanted = Array.from({ length: 8 }, (_, i) => storyIn(language, random, i, PAGE_WORDS));
  const html = wanted.map((story) => rewriteIn(language, random, story));
  const index = new Matcher();
  for (const story of wanted) index.addStory(story);
  for (let i = 0; i < (SMOKE ? 50 : 2_000); i++)
    index.addStory(storyIn(language, random, 100 + i, STORY_WORDS));
  return { wanted, html, index };
}

function timeRow(name: string, times: { median: number; p95: number }, target: number): string[] {
  return [
    name,
    `${times.median.toFixed(2)} ms`,
    `${times.p95.toFixed(2)} ms`,
    `< ${target} ms`,
    (times.median / target).toFixed(2),
  ];
}

function mb(bytes: number): string {
  return `${Math.round(bytes / 2 ** 20)} MB`;
}
