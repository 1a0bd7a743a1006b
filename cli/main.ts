import { readFileSync } from 'node:fs';
import { COMMAND_HELP } from './command-help.ts';
import { InputError } from './input-error.ts';
import { USAGE } from './usage.ts';

type Command = (args: string[]) => Promise<number>;

/** The version package.json gives. */
function version(): string {
  const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as {
    version?: string;
  };
  return pkg.version ?? 'unknown';
}

/** Each command's module, loaded when it runs: `--version` or `help` load none of the engine. */
const COMMANDS: Record<string, () => Promise<Command>> = {
  match: async () => (await import('./match-command.ts')).matchCommand,
  diff: async () => (await import('./diff-command.ts')).diffCommand,
  extract: async () => (await import('./extract-command.ts')).extractCommand,
  eval: async () => (await import('./eval-command.ts')).evalCommand,
  'extract-eval': async () => (await import('./extract-eval-command.ts')).extractEvalCommand,
  calibrate: async () => (await import('./calibrate-command.ts')).calibrateCommand,
  index: async () => (await import('./index-command.ts')).indexCommand,
  db: async () => (await import('./db-command.ts')).dbCommand,
  bundle: async () => (await import('./bundle-command.ts')).bundleCommand,
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
  const load = Object.hasOwn(COMMANDS, command) ? COMMANDS[command] : undefined;
  if (!load) {
    process.stderr.write(`wiretrace: unknown command "${command}"\n${USAGE}`);
    return 2;
  }
  if (rest.includes('--help') || rest.includes('-h')) {
    process.stdout.write(helpFor(command));
    return 0;
  }
  try {
    return await (await load())(rest);
  } catch (error) {
    if (error instanceof InputError || (error as { code?: string }).code?.startsWith('ERR_PARSE_ARGS')) {
      process.stderr.write(`wiretrace: ${(error as Error).message}\n`);
      return 2;
    }
    throw error;
  }
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
