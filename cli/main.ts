import { readFileSync, writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import type { Story } from '../lib/corpus/story.ts';
import { compareWith, Matcher } from '../lib/engine/matcher.ts';
import { FEATURE_NAMES, type FeatureName } from '../lib/verdict/features.ts';
import { parseModel, type VerdictModel } from '../lib/verdict/model.ts';
import { calibrate, calibrationReport } from './calibrate.ts';
import { diffReport } from './diff-report.ts';
import { evaluate, evaluationReport } from './evaluate.ts';
import { extractRecord, extractReport } from './extract-record.ts';
import { evaluateExtraction, extractionReport } from './extraction-eval.ts';
import { InputError, readCorpus, readOriginal, readPage, readText } from './inputs.ts';
import { errorRecord, jsonRecord } from './json-record.ts';
import { pairChanges, parsePairs } from './pair-changes.ts';
import { addStoriesInParallel } from './parallel-index.ts';
import { printable, printableData } from './printable.ts';
import { styleFor } from './style.ts';
import { summaryLine } from './summary.ts';

const USAGE = `Usage:
  wiretrace --version | --help
  wiretrace match --corpus STORIES.jsonl [--json] [--model MODEL.json] FILE...
      Finds the wire original of each page (HTML or plain text) among the corpus stories.
  wiretrace diff [--source NAME] ORIGINAL PAGE
      Explains, sentence by sentence, what PAGE changed from ORIGINAL.
  wiretrace diff --corpus STORIES.jsonl --id ID PAGE
      The same, against the corpus story with that id.
  wiretrace diff --pairs PAIRS.jsonl [--json]
      The changes of each sentence pair ({"id", "original", "page"} a line), one line a pair.
  wiretrace extract [--json] FILE...
      Prints what the extension would take from each page: title, byline, date, site, canonical
      URL, language, paragraphs and credit lines, or why it found no article.
  wiretrace extract-eval DIR...
      Scores extraction on folders of pages with hand-made truth (DIR/pages/, DIR/truth.jsonl)
      beside plain Readability, with pages refused and time a page.
  wiretrace eval [--model MODEL.json] DIR
      Judges a labelled set (DIR/stories.jsonl, DIR/labels.csv, DIR/pages/) and scores the
      verdicts beside the naive reference.
  wiretrace calibrate [--out MODEL.json] [--features a,b,c | --select-features] [--penalty N] [--folds N] DIR
      Fits the verdict model to a labelled set, cross-validated by story; writes it to MODEL.json.
`;

type Command = (args: string[]) => Promise<number>;

/** The version package.json gives. */
function version(): string {
  const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as {
    version?: string;
  };
  return pkg.version ?? 'unknown';
}

const COMMANDS: Record<string, Command> = {
  match: matchCommand,
  diff: diffCommand,
  extract: extractCommand,
  eval: evalCommand,
  'extract-eval': extractEvalCommand,
  calibrate: calibrateCommand,
};

/** Runs the command line; returns the exit code. */
export async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  if (command === '--help' || command === '-h' || command === 'help') {
    process.stdout.write(USAGE);
    return 0;
  }
  if (command === '--version' || command === '-v') {
    process.stdout.write(`wiretrace ${version()}\n`);
    return 0;
  }
  // No command is a mistake a script must see: the usage on standard error, and exit 2.
  if (command === undefined) {
    process.stderr.write(`wiretrace: no command given\n${USAGE}`);
    return 2;
  }
  const run = Object.hasOwn(COMMANDS, command) ? COMMANDS[command] : undefined;
  if (!run) {
    process.stderr.write(`wiretrace: unknown command "${command}"\n${USAGE}`);
    return 2;
  }
  if (rest.includes('--help') || rest.includes('-h')) {
    process.stdout.write(USAGE);
    return 0;
  }
  try {
    return await run(rest);
  } catch (error) {
    if (error instanceof InputError || (error as { code?: string }).code?.startsWith('ERR_PARSE_ARGS')) {
      process.stderr.write(`wiretrace: ${(error as Error).message}\n`);
      return 2;
    }
    throw error;
  }
}

async function matchCommand(args: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    options: {
      corpus: { type: 'string' },
      json: { type: 'boolean', default: false },
      model: { type: 'string' },
    },
    allowPositionals: true,
  });
  if (!values.corpus || positionals.length === 0)
    throw new InputError(`match needs --corpus and at least one FILE\n${USAGE}`);
  const matcher = new Matcher(readModel(values.model));
  await addStoriesInParallel(matcher, readCorpus(values.corpus));
  let failed = 0;
  for (const file of positionals) {
    // One unreadable page must not cost the answers for the others: it gets a line saying why.
    try {
      // What a page or the corpus says is printed as data: no control character reaches the terminal.
      const result = printableData(await matcher.match(readPage(file)));
      const name = printable(file);
      process.stdout.write(
        `${values.json ? JSON.stringify(jsonRecord(name, result)) : `${name}: ${summaryLine(result)}`}\n`,
      );
    } catch (error) {
      failed++;
      const reason = printable(error instanceof Error ? error.message : String(error));
      process.stdout.write(
        `${values.json ? JSON.stringify(errorRecord(printable(file), reason)) : `${printable(file)}: error: ${reason}`}\n`,
      );
    }
  }
  return failed > 0 ? 1 : 0;
}

async function diffCommand(args: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    options: {
      source: { type: 'string', default: 'the wire' },
      pairs: { type: 'string' },
      json: { type: 'boolean', default: false },
      corpus: { type: 'string' },
      id: { type: 'string' },
    },
    allowPositionals: true,
  });
  if (values.pairs !== undefined) {
    if (positionals.length > 0) throw new InputError(`diff --pairs takes no other files\n${USAGE}`);
    return diffPairs(values.pairs, values.json);
  }
  const original = values.corpus !== undefined ? storyFrom(values.corpus, values.id) : null;
  const [originalPath, pagePath] = original ? [null, ...positionals] : positionals;
  if ((!original && !originalPath) || !pagePath || positionals.length > (original ? 1 : 2))
    throw new InputError(`diff needs ORIGINAL and PAGE, or --corpus, --id and PAGE\n${USAGE}`);
  const story = original ?? readOriginal(originalPath as string, values.source);
  const result = printableData(await compareWith(readPage(pagePath), story));
  if (result.status !== 'judged') {
    process.stdout.write(`${summaryLine(result)}\n`);
    return 1;
  }
  process.stdout.write(diffReport(result.explanation, styleFor(process.stdout)));
  return 0;
}

/** The story of a corpus with that id; an unknown id is refused with a few the corpus has. */
function storyFrom(corpus: string, id: string | undefined): Story {
  if (id === undefined)
    throw new InputError(`diff --corpus needs --id ID: which story to compare with\n${USAGE}`);
  const stories = readCorpus(corpus);
  const story = stories.find((s) => s.id === id);
  if (story) return story;
  const some = stories.slice(0, 3).map((s) => s.id);
  throw new InputError(
    `${corpus} has no story with the id ${JSON.stringify(id)}${some.length ? ` (it has ${some.map((s) => JSON.stringify(s)).join(', ')}${stories.length > 3 ? ', …' : ''})` : ''}`,
  );
}

function diffPairs(path: string, json: boolean): number {
  for (const pair of parsePairs(readText(path))) {
    const record = printableData(pairChanges(pair));
    const changes = record.changes as { kind: string; original: string; page: string }[];
    process.stdout.write(
      json
        ? `${JSON.stringify(record)}\n`
        : `${record.id}: ${changes.length === 0 ? 'no changes' : changes.map((c) => `${c.original} → ${c.page} (${c.kind})`).join('; ')}\n`,
    );
  }
  return 0;
}

async function extractCommand(args: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    options: { json: { type: 'boolean', default: false } },
    allowPositionals: true,
  });
  if (positionals.length === 0) throw new InputError(`extract needs at least one FILE\n${USAGE}`);
  let failed = 0;
  for (const file of positionals) {
    try {
      const article = printableData(readPage(file));
      process.stdout.write(
        values.json ? `${JSON.stringify(extractRecord(file, article))}\n` : extractReport(file, article),
      );
    } catch (error) {
      failed++;
      const reason = error instanceof Error ? error.message : String(error);
      process.stdout.write(
        values.json ? `${JSON.stringify({ file, error: reason })}\n` : `== ${file}\nerror: ${reason}\n`,
      );
    }
  }
  return failed > 0 ? 1 : 0;
}

async function extractEvalCommand(args: string[]): Promise<number> {
  const { positionals } = parseArgs({ args, options: {}, allowPositionals: true });
  if (positionals.length === 0) throw new InputError(`extract-eval needs at least one DIR\n${USAGE}`);
  for (const dir of positionals) process.stdout.write(extractionReport(dir, evaluateExtraction(dir)));
  return 0;
}

async function evalCommand(args: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    options: { model: { type: 'string' } },
    allowPositionals: true,
  });
  const [dir] = positionals;
  if (!dir || positionals.length > 1) throw new InputError(`eval needs one DIR\n${USAGE}`);
  process.stdout.write(evaluationReport(await evaluate(dir, readModel(values.model)), dir));
  return 0;
}

async function calibrateCommand(args: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    options: {
      out: { type: 'string' },
      features: { type: 'string' },
      'select-features': { type: 'boolean', default: false },
      penalty: { type: 'string', default: '30' },
      folds: { type: 'string', default: '5' },
      name: { type: 'string' },
    },
    allowPositionals: true,
  });
  const [dir] = positionals;
  if (!dir || positionals.length > 1) throw new InputError(`calibrate needs one DIR\n${USAGE}`);
  const features = values['select-features'] ? 'select' : featureList(values.features);
  const calibration = await calibrate(dir, {
    features,
    select: 'termPairs',
    penalty: positiveNumber(values.penalty, '--penalty'),
    folds: Math.round(positiveNumber(values.folds, '--folds')),
    name: values.name ?? `wiretrace calibrate on ${dir}`,
  });
  process.stderr.write(calibrationReport(calibration));
  const json = `${JSON.stringify(calibration.model, null, 2)}\n`;
  if (values.out) writeFileSync(values.out, json);
  else process.stdout.write(json);
  return 0;
}

/** The model in a file given on the command line, checked; the built-in one when none is given. */
function readModel(path: string | undefined): VerdictModel | undefined {
  if (!path) return undefined;
  try {
    return parseModel(JSON.parse(readText(path)));
  } catch (error) {
    if (error instanceof InputError) throw error;
    throw new InputError(`${path}: not a verdict model (${(error as Error).message})`);
  }
}

/**
 * The features the built-in model weighs: chosen by cross-validation on METER
 * among those that carry over to other newsrooms (shares of the page, not its
 * length: METER's wholly derived pages are short tabloid cut-downs, a rewrite
 * elsewhere need not be), and holding the seed rewrite to its verdict.
 */
const DEFAULT_FEATURES: FeatureName[] = [
  'weightedTerms',
  'narrative3',
  'followed',
  'sentencesMatched',
  'narrativeRun',
];

function featureList(given: string | undefined): FeatureName[] {
  if (!given) return DEFAULT_FEATURES;
  const names = given.split(',').map((n) => n.trim());
  const unknown = names.filter((n) => !(FEATURE_NAMES as readonly string[]).includes(n));
  if (unknown.length)
    throw new InputError(`unknown features: ${unknown.join(', ')} (known: ${FEATURE_NAMES.join(', ')})`);
  return names as FeatureName[];
}

function positiveNumber(text: string | undefined, option: string): number {
  const value = Number(text);
  if (!Number.isFinite(value) || value <= 0) throw new InputError(`${option} must be a positive number`);
  return value;
}
