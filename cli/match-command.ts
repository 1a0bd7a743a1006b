import { parseArgs } from 'node:util';
import { type MatchResult, matchArticle } from '../lib/engine/match-article.ts';
import type { Article } from '../lib/extract/article.ts';
import { parseModel, type VerdictModel } from '../lib/verdict/model.ts';
import { csvHeader, csvRow } from './csv-row.ts';
import { InputError } from './input-error.ts';
import { readPage, readText } from './inputs.ts';
import { errorRecord, jsonRecord } from './json-record.ts';
import { pageFiles } from './page-files.ts';
import { printable, printableData } from './printable.ts';
import { Progress } from './progress.ts';
import { openStorySource } from './story-source.ts';
import { summaryLine } from './summary.ts';
import { USAGE } from './usage.ts';

const FORMATS = ['text', 'jsonl', 'csv'] as const;
type Format = (typeof FORMATS)[number];

/**
 * `wiretrace match`: each page (files, or folders of them) judged against a
 * corpus, a line a page in the format asked for, a tally of the verdicts on
 * standard error at the end, and progress on a terminal.
 */
export async function matchCommand(args: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    options: {
      corpus: { type: 'string' },
      db: { type: 'string' },
      json: { type: 'boolean', default: false },
      format: { type: 'string' },
      model: { type: 'string' },
    },
    allowPositionals: true,
  });
  if ((!values.corpus && !values.db) || positionals.length === 0)
    throw new InputError(`match needs --corpus (or --db) and at least one FILE or FOLDER\n${USAGE}`);
  const format = formatOf(values.format, values.json);
  const files = pageFiles(positionals);
  if (files.length === 0) throw new InputError('no page files (.html, .htm, .txt) in the folders given');
  const model = readModel(values.model);
  const source = await openStorySource(values, 'match');
  try {
    return await matchFiles(files, format, (article) =>
      source.read((index) => matchArticle(article, index, model)),
    );
  } finally {
    await source.close();
  }
}

async function matchFiles(
  files: readonly string[],
  format: Format,
  match: (article: Article) => Promise<MatchResult>,
): Promise<number> {
  const progress = new Progress(files.length, process.stderr);
  const tally = new Map<string, number>();
  if (format === 'csv') process.stdout.write(`${csvHeader()}\n`);
  let failed = 0;
  for (const file of files) {
    progress.at(file);
    const name = printable(file);
    // One unreadable page must not cost the answers for the others: it gets a line saying why.
    let record: Record<string, unknown>;
    let text: string;
    try {
      // What a page or the corpus says is printed as data: no control character reaches the terminal.
      const result = printableData(await match(readPage(file)));
      record = jsonRecord(name, result);
      text = `${name}: ${summaryLine(result)}`;
    } catch (error) {
      failed++;
      const reason = printable(error instanceof Error ? error.message : String(error));
      record = errorRecord(name, reason);
      text = `${name}: error: ${reason}`;
    }
    const verdict = String(record.verdict);
    tally.set(verdict, (tally.get(verdict) ?? 0) + 1);
    process.stdout.write(
      `${format === 'jsonl' ? JSON.stringify(record) : format === 'csv' ? csvRow(record) : text}\n`,
    );
  }
  progress.done();
  process.stderr.write(`${tallyLine(files.length, tally)}\n`);
  return failed > 0 ? 1 : 0;
}

function formatOf(given: string | undefined, json: boolean): Format {
  if (given === undefined) return json ? 'jsonl' : 'text';
  if (!(FORMATS as readonly string[]).includes(given))
    throw new InputError(`--format must be one of ${FORMATS.join(', ')}, not ${JSON.stringify(given)}`);
  if (json && given !== 'jsonl') throw new InputError('--json is --format jsonl: give one of them');
  return given as Format;
}

/** The verdicts in the words of the JSON records, in the order a reader weighs them. */
const TALLIED = ['syndicated', 'rewritten', 'partial', 'same-story', 'unrelated', 'insufficient', 'error'];

/** "12 pages: 3 syndicated, 2 rewritten, …": every verdict given, none left out. */
export function tallyLine(pages: number, tally: ReadonlyMap<string, number>): string {
  const named = [...TALLIED, ...[...tally.keys()].filter((v) => !TALLIED.includes(v))];
  const parts = named.filter((v) => tally.has(v)).map((v) => `${tally.get(v)} ${v}`);
  return `${pages} ${pages === 1 ? 'page' : 'pages'}: ${parts.join(', ')}`;
}

/** The model in a file given on the command line, checked; the built-in one when none is given. */
export function readModel(path: string | undefined): VerdictModel | undefined {
  if (!path) return undefined;
  try {
    return parseModel(JSON.parse(readText(path)));
  } catch (error) {
    if (error instanceof InputError) throw error;
    throw new InputError(`${path}: not a verdict model (${(error as Error).message})`);
  }
}
