import { parseArgs } from 'node:util';
import { evaluate, evaluationReport } from './evaluate.ts';
import { InputError } from './input-error.ts';
import { readModel } from './match-command.ts';
import { USAGE } from './usage.ts';

/** `wiretrace eval`: a labelled set judged as `match` judges, beside the naive reference. */
export async function evalCommand(args: string[]): Promise<number> {
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
