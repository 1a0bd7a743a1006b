import { writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { DEFAULT_FEATURES } from '../lib/verdict/default-model.ts';
import { FEATURE_NAMES, type FeatureName } from '../lib/verdict/features.ts';
import { calibrate, calibrationReport } from './calibrate.ts';
import { InputError } from './input-error.ts';
import { USAGE } from './usage.ts';

/** `wiretrace calibrate`: fits the verdict model to a labelled set, cross-validated by story. */
export async function calibrateCommand(args: string[]): Promise<number> {
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
