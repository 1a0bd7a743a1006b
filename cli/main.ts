import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { calibrateCommand } from './calibrate-command.ts';
import { COMMAND_HELP } from './command-help.ts';
import { dbCommand } from './db-command.ts';
import { diffCommand } from './diff-command.ts';
import { evaluate, evaluationReport } from './evaluate.ts';
import { extractRecord, extractReport } from './extract-record.ts';
import { evaluateExtraction, extractionReport } from './extraction-eval.ts';
import { indexCommand } from './index-command.ts';
import { InputError, readPage } from './inputs.ts';
import { matchCommand, readModel } from './match-command.ts';
import { printableData } from './printable.ts';
import { USAGE } from './usage.ts';

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
  index: indexCommand,
  db: dbCommand,
};

/** Runs the command line; returns the exit code. */
export async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  if (command === '--help' || command === '-h' || command === 'help') {
    const [about] = rest;
    process.stdout.write(about && Object.hasOwn(COMMAND_HELP, about) ? helpFor(about) : USAGE);
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
    process.stdout.write(helpFor(command));
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
    options: { model: { type: 'string' }, db: { type: 'string' } },
    allowPositionals: true,
  });
  const [dir] = positionals;
  if (!dir || positionals.length > 1) throw new InputError(`eval needs one DIR\n${USAGE}`);
  process.stdout.write(evaluationReport(await evaluate(dir, readModel(values.model), values.db), dir));
  return 0;
}

/** A command's own usage lines, then what its output means and how it ends. */
function helpFor(command: string): string {
  const lines = USAGE.split('\n');
  const own = lines.filter((line, i) => {
    const head = line.startsWith(`  wiretrace ${command} `) ? line : null;
    if (head) return true;
    // The description lines under the command's own usage line.
    const usageLine = lines
      .slice(0, i)
      .reverse()
      .find((l) => l.startsWith('  wiretrace '));
    return line.startsWith('      ') && usageLine?.startsWith(`  wiretrace ${command} `);
  });
  return `Usage:\n${own.join('\n')}\n\n${COMMAND_HELP[command] ?? ''}`;
}
