import { hash32 } from '../fingerprint/hash.ts';
import type { FeatureName } from './features.ts';
import { type FitOptions, fitModel, type LabelledRow } from './fit.ts';
import { type Judged, type Scores, scoreJudgements } from './metrics.ts';
import { classProbabilities, likeliestClass } from './model.ts';

/** A labelled row with what scoring needs beside its features: its group (a story) and whether its candidate is right. */
export interface CalibrationRow extends LabelledRow {
  group: string;
  sourceRight: boolean;
}

/** Which of `folds` a group falls in: by a hash of its name, so a story's pages stay together and the split never moves. */
export function foldOf(group: string, folds: number): number {
  return hash32(group) % folds;
}

export interface CrossValidation {
  folds: Scores[];
  mean: { binary: number; threeClass: number; sourceNamed: number };
  sd: { binary: number; threeClass: number; sourceNamed: number };
  /** Every row judged by the model fitted without its fold, scored together. */
  pooled: Scores;
}

/** Fits on all folds but one and judges that one, for each fold in turn. */
export function crossValidate(
  rows: readonly CalibrationRow[],
  options: FitOptions,
  folds = 5,
): CrossValidation {
  const judged: Judged[] = [];
  const perFold: Scores[] = [];
  for (let fold = 0; fold < folds; fold++) {
    const train = rows.filter((r) => foldOf(r.group, folds) !== fold);
    const test = rows.filter((r) => foldOf(r.group, folds) === fold);
    if (test.length === 0 || train.length === 0) continue;
    const model = fitModel(train, options);
    const fromFold = test.map((row) => ({
      label: row.label,
      guess: row.refused ? ('not' as const) : likeliestClass(classProbabilities(model, row.features)),
      sourceRight: row.sourceRight,
    }));
    judged.push(...fromFold);
    perFold.push(scoreJudgements(fromFold));
  }
  const stat = (key: 'binary' | 'threeClass' | 'sourceNamed') => {
    const values = perFold.map((s) => s[key]);
    const mean = values.reduce((a, b) => a + b, 0) / Math.max(1, values.length);
    const sd = Math.sqrt(values.reduce((a, b) => a + (b - mean) ** 2, 0) / Math.max(1, values.length - 1));
    return { mean, sd };
  };
  const keys = ['binary', 'threeClass', 'sourceNamed'] as const;
  return {
    folds: perFold,
    mean: Object.fromEntries(keys.map((k) => [k, stat(k).mean])) as CrossValidation['mean'],
    sd: Object.fromEntries(keys.map((k) => [k, stat(k).sd])) as CrossValidation['sd'],
    pooled: scoreJudgements(judged),
  };
}

/**
 * Forward selection: starting from none, adds the feature that most raises
 * the cross-validated mean of the two macro-F1s, while it raises it by more
 * than `gain`. Few features, each earning its place on folds it was not fitted on.
 */
export function selectFeatures(
  rows: readonly CalibrationRow[],
  candidates: readonly FeatureName[],
  options: Omit<FitOptions, 'features'>,
  { folds = 5, gain = 0.003, most = 8 } = {},
): FeatureName[] {
  const criterion = (features: FeatureName[]) => {
    const { mean } = crossValidate(rows, { ...options, features }, folds);
    return (mean.binary + mean.threeClass) / 2;
  };
  const chosen: FeatureName[] = [];
  let best = Number.NEGATIVE_INFINITY;
  while (chosen.length < most) {
    let next: { feature: FeatureName; value: number } | null = null;
    for (const feature of candidates) {
      if (chosen.includes(feature)) continue;
      const value = criterion([...chosen, feature]);
      if (!next || value > next.value) next = { feature, value };
    }
    if (!next || next.value <= best + gain) break;
    chosen.push(next.feature);
    best = next.value;
  }
  return chosen;
}
