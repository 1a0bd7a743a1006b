import { parseArgs } from 'node:util';
import { evaluateExtraction, extractionReport } from './extraction-eval.ts';
import { InputError } from './input-error.ts';
import { USAGE } from './usage.ts';

/** `wiretrace extract-eval`: extraction scored on folders of pages with hand-made truth. */
export async function extractEvalCommand(args: string[]): Promise<number> {
  const { positionals } = parseArgs({ args, options: {}, allowPositionals: true });
  if (positionals.length === 0) throw new InputError(`extract-eval needs at least one DIR\n${USAGE}`);
  for (const dir of positionals) process.stdout.write(extractionReport(dir, evaluateExtraction(dir)));
  return 0;
}
