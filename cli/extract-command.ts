import { parseArgs } from 'node:util';
import { extractRecord, extractReport } from './extract-record.ts';
import { InputError } from './input-error.ts';
import { readPage } from './inputs.ts';
import { printableData } from './printable.ts';
import { USAGE } from './usage.ts';

/** `wiretrace extract`: what the extension would read of each page, or why it read nothing. */
export async function extractCommand(args: string[]): Promise<number> {
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
