import * as v from 'valibot';
import { FEATURE_NAMES, type FeatureName, type ReuseFeatures } from './features.ts';

/** How much of a page derives from an original, as labelled newsroom copy says it: METER's three classes. */
export const REUSE_CLASSES = ['not', 'partial', 'wholly'] as const;
export type ReuseClass = (typeof REUSE_CLASSES)[number];
export type ClassProbabilities = Record<ReuseClass, number>;

/**
 * A multinomial logistic regression over some of the reuse features, fitted
 * by `wiretrace calibrate` (lib/verdict/fit.ts) and kept as JSON: features are
 * standardised by `mean` and `scale`, then each class scores
 * `intercepts[c] + coefficients[c] · x`; "not" is the reference class (zeros).
 */
export const VerdictModelSchema = v.strictObject({
  version: v.pipe(v.number(), v.integer()),
  fittedOn: v.string(),
  /** The feature that picks the original among the candidates. */
  select: v.picklist(FEATURE_NAMES),
  features: v.pipe(v.array(v.picklist(FEATURE_NAMES)), v.minLength(1)),
  mean: v.array(v.number()),
  scale: v.array(v.number()),
  intercepts: v.pipe(v.array(v.number()), v.length(REUSE_CLASSES.length)),
  coefficients: v.pipe(v.array(v.array(v.number())), v.length(REUSE_CLASSES.length)),
  /** L2 penalty it was fitted with, and how it did in cross-validation: a record, not used to predict. */
  penalty: v.number(),
  crossValidation: v.optional(v.record(v.string(), v.unknown())),
});
export type VerdictModel = v.InferOutput<typeof VerdictModelSchema>;

/** Checks a parsed model file; throws saying what is wrong. */
export function parseModel(value: unknown): VerdictModel {
  const model = v.parse(VerdictModelSchema, value);
  const width = model.features.length;
  const widths = [model.mean.length, model.scale.length, ...model.coefficients.map((row) => row.length)];
  if (widths.some((w) => w !== width))
    throw new Error('the model has a feature list and weights of different lengths');
  return model;
}

/** The standardised values of the model's features. */
export function featureVector(
  model: Pick<VerdictModel, 'features' | 'mean' | 'scale'>,
  features: ReuseFeatures,
) {
  return model.features.map(
    (name: FeatureName, i) => (features[name] - (model.mean[i] as number)) / (model.scale[i] as number),
  );
}

export function classProbabilities(model: VerdictModel, features: ReuseFeatures): ClassProbabilities {
  return probabilitiesOf(model.intercepts, model.coefficients, featureVector(model, features));
}

/** Softmax of the class scores. */
export function probabilitiesOf(
  intercepts: readonly number[],
  coefficients: readonly (readonly number[])[],
  x: readonly number[],
): ClassProbabilities {
  const scores = intercepts.map((b, c) => b + dot(coefficients[c] as number[], x));
  const top = Math.max(...scores);
  const exps = scores.map((s) => Math.exp(s - top));
  const sum = exps.reduce((a, b) => a + b, 0);
  return {
    not: (exps[0] as number) / sum,
    partial: (exps[1] as number) / sum,
    wholly: (exps[2] as number) / sum,
  };
}

/** The most probable class. */
export function likeliestClass(probabilities: ClassProbabilities): ReuseClass {
  return REUSE_CLASSES.reduce(
    (best, c) => (probabilities[c] > probabilities[best] ? c : best),
    'not' as ReuseClass,
  );
}

function dot(a: readonly number[], b: readonly number[]): number {
  let sum = 0;
  for (let i = 0; i < a.length; i++) sum += (a[i] as number) * (b[i] as number);
  return sum;
}
