import { parseArgs } from 'node:util';
import { compareWith, Matcher } from '../engine/matcher.ts';
import { diffReport } from './diff-report.ts';
import { InputError, readCorpus, readOriginal, readPage } from './inputs.ts';
import { errorRecord, jsonRecord } from './json-record.ts';
import { addStoriesInParallel } from './parallel-index.ts';
import { styleFor } from './style.ts';
import { summaryLine } from './summary.ts';

const USAGE = `Usage:
  wiretrace match --corpus STORIES.jsonl [--json] FILE...
      Finds the wire original of each page (HTML or plain text) among the corpus stories.
  wiretrace diff [--source NAME] ORIGINAL PAGE
      Explains, sentence by sentence, what PAGE changed from ORIGINAL.
`;

/** Runs the command line; returns the exit code. */
export async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  try {
    if (command === 'match') return await matchCommand(rest);
    if (command === 'diff') return diffCommand(rest);
    process.stdout.write(USAGE);
    return command === undefined || command === '--help' || command === 'help' ? 0 : 2;
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
    options: { corpus: { type: 'string' }, json: { type: 'boolean', default: false } },
    allowPositionals: true,
  });
  if (!values.corpus || positionals.length === 0)
    throw new InputError(`match needs --corpus and at least one FILE\n${USAGE}`);
  const matcher = new Matcher();
  await addStoriesInParallel(matcher, readCorpus(values.corpus));
  let failed = 0;
  for (const file of positionals) {
    // One unreadable page must not cost the answers for the others: it gets a line saying why.
    try {
      const result = matcher.match(readPage(file));
      process.stdout.write(
        `${values.json ? JSON.stringify(jsonRecord(file, result)) : `${file}: ${summaryLine(result)}`}\n`,
      );
    } catch (error) {
      failed++;
      const reason = error instanceof Error ? error.message : String(error);
      process.stdout.write(
        `${values.json ? JSON.stringify(errorRecord(file, reason)) : `${file}: error: ${reason}`}\n`,
      );
    }
  }
  return failed > 0 ? 1 : 0;
}

function diffCommand(args: string[]): number {
  const { values, positionals } = parseArgs({
    args,
    options: { source: { type: 'string', default: 'the wire' } },
    allowPositionals: true,
  });
  const [originalPath, pagePath] = positionals;
  if (!originalPath || !pagePath || positionals.length > 2)
    throw new InputError(`diff needs ORIGINAL and PAGE\n${USAGE}`);
  const result = compareWith(readPage(pagePath), readOriginal(originalPath, values.source));
  if (result.status !== 'judged') {
    process.stdout.write(`${summaryLine(result)}\n`);
    return 1;
  }
  process.stdout.write(diffReport(result.explanation, styleFor(process.stdout)));
  return 0;
}
