import { calibrationRow } from '../lib/engine/calibration-row.ts';
import { Matcher } from '../lib/engine/matcher.ts';
import {
  type CalibrationRow,
  type CrossValidation,
  crossValidate,
  selectFeatures,
} from '../lib/verdict/cross-validate.ts';
import { FEATURE_NAMES, type FeatureName } from '../lib/verdict/features.ts';
import { type FitOptions, fitModel } from '../lib/verdict/fit.ts';
import type { VerdictModel } from '../lib/verdict/model.ts';
import { readCorpus, readPage } from './inputs.ts';
import { readLabelledSet } from './labelled-set.ts';
import { addStoriesInParallel } from './parallel-index.ts';

export interface CalibrateOptions {
  features: readonly FeatureName[] | 'select';
  select: FeatureName;
  penalty: number;
  folds: number;
  name: string;
}

export interface Calibration {
  model: VerdictModel;
  crossValidation: CrossValidation;
  rows: number;
}

/** The rows the model is fitted on: each labelled page measured against the candidate the engine would take. */
export async function calibrationRows(dir: string, select: FeatureName): Promise<CalibrationRow[]> {
  const set = readLabelledSet(dir);
  const matcher = new Matcher();
  await addStoriesInParallel(matcher, readCorpus(set.stories));
  const rows: CalibrationRow[] = [];
  for (const page of set.pages)
    rows.push(await calibrationRow(readPage(page.file), matcher.index, page, select));
  return rows;
}

/**
 * Fits the verdict model to a labelled set, deterministically: the features
 * (given, or chosen by forward selection on cross-validated macro-F1),
 * cross-validated by story, then fitted on every page.
 */
export async function calibrate(dir: string, options: CalibrateOptions): Promise<Calibration> {
  const rows = await calibrationRows(dir, options.select);
  const base: Omit<FitOptions, 'features'> = {
    select: options.select,
    penalty: options.penalty,
    fittedOn: options.name,
  };
  const features =
    options.features === 'select'
      ? selectFeatures(rows, FEATURE_NAMES, base, { folds: options.folds })
      : options.features;
  const fit: FitOptions = { ...base, features };
  const crossValidation = crossValidate(rows, fit, options.folds);
  const model = fitModel(rows, fit);
  const fixed = (n: number) => Math.round(n * 1000) / 1000;
  model.crossValidation = {
    folds: options.folds,
    mean: mapValues(crossValidation.mean, fixed),
    sd: mapValues(crossValidation.sd, fixed),
  };
  return { model, crossValidation, rows: rows.length };
}

function mapValues<T extends Record<string, number>>(record: T, f: (n: number) => number): T {
  return Object.fromEntries(Object.entries(record).map(([k, v]) => [k, f(v)])) as T;
}

/** What a fit learnt, for a person: cross-validated figures, then each feature's weight for each class. */
export function calibrationReport(c: Calibration): string {
  const { mean, sd, pooled } = c.crossValidation;
  const stat = (key: keyof typeof mean) => `${mean[key].toFixed(3)} ± ${sd[key].toFixed(3)}`;
  const lines = [
    `${c.rows} labelled pages; ${c.crossValidation.folds.length}-fold cross-validation grouped by story (mean ± sd):`,
    `  binary macro-F1 ${stat('binary')}, three-class ${stat('threeClass')}, source named ${stat('sourceNamed')}`,
    `  pooled over the folds: binary ${pooled.binary.toFixed(3)}, three-class ${pooled.threeClass.toFixed(3)}, source named ${pooled.sourceNamed.toFixed(3)}`,
    `Model fitted on every page (features standardised; "not derived" is the reference class):`,
    `  ${'feature'.padEnd(20)}partial   wholly`,
    ...c.model.features.map(
      (name, i) =>
        `  ${name.padEnd(20)}${signed(c.model.coefficients[1]?.[i])}   ${signed(c.model.coefficients[2]?.[i])}`,
    ),
    `  ${'(intercept)'.padEnd(20)}${signed(c.model.intercepts[1])}   ${signed(c.model.intercepts[2])}`,
    '',
  ];
  return lines.join('\n');
}

function signed(value: number | undefined): string {
  const v = value ?? 0;
  return `${v >= 0 ? '+' : ''}${v.toFixed(2)}`.padStart(6);
}
