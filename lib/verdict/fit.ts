import type { FeatureName, ReuseFeatures } from './features.ts';
import { REUSE_CLASSES, type ReuseClass, type VerdictModel } from './model.ts';

export interface LabelledRow {
  features: ReuseFeatures;
  label: ReuseClass;
  /** Not judged (too short, or no candidate at all): never fitted, always answered "not derived". */
  refused?: boolean;
}

export interface FitOptions {
  features: readonly FeatureName[];
  select: FeatureName;
  /** L2 penalty on the coefficients (not the intercepts). */
  penalty: number;
  fittedOn: string;
}

const CLASSES = REUSE_CLASSES.length;

/**
 * Fits the verdict model: multinomial logistic regression on standardised
 * features, "not" as the reference class, each class weighed so that all
 * three count alike whatever their share of the rows (the verdicts are judged
 * by macro-F1), L2-penalised. Newton's method from zero: the same rows give
 * the same model, to the last digit.
 */
export function fitModel(labelled: readonly LabelledRow[], options: FitOptions): VerdictModel {
  const { features, penalty } = options;
  const rows = labelled.filter((row) => !row.refused);
  const raw = rows.map((row) => features.map((name) => row.features[name]));
  const mean = features.map((_, j) => average(raw.map((x) => x[j] as number)));
  const scale = features.map(
    (_, j) => Math.sqrt(average(raw.map((x) => ((x[j] as number) - (mean[j] as number)) ** 2))) || 1,
  );
  const xs = raw.map((x) => x.map((value, j) => (value - (mean[j] as number)) / (scale[j] as number)));
  const ys = rows.map((row) => REUSE_CLASSES.indexOf(row.label));
  const counts = REUSE_CLASSES.map((_, c) => ys.filter((y) => y === c).length);
  const rowWeights = ys.map((y) => rows.length / (CLASSES * Math.max(1, counts[y] as number)));
  const theta = newton(xs, ys, rowWeights, penalty);
  const width = features.length + 1;
  const intercepts = [0];
  const coefficients = [features.map(() => 0)];
  for (let c = 1; c < CLASSES; c++) {
    const block = theta.slice((c - 1) * width, c * width);
    intercepts.push(round(block[0] as number));
    coefficients.push(block.slice(1).map(round));
  }
  return {
    version: 1,
    fittedOn: options.fittedOn,
    select: options.select,
    features: [...features],
    mean: mean.map(round),
    scale: scale.map(round),
    intercepts,
    coefficients,
    penalty,
  };
}

/** Parameters: for each class but the first, its intercept then its coefficients. */
function newton(xs: number[][], ys: number[], weights: number[], penalty: number): number[] {
  const width = (xs[0]?.length ?? 0) + 1;
  const size = (CLASSES - 1) * width;
  let theta = new Array<number>(size).fill(0);
  let loss = lossOf(theta, xs, ys, weights, penalty, width);
  for (let iteration = 0; iteration < 50; iteration++) {
    const { gradient, hessian } = derivatives(theta, xs, ys, weights, penalty, width);
    const step = solve(hessian, gradient);
    let scaleOfStep = 1;
    let next = theta.map((t, i) => t - (step[i] as number));
    let nextLoss = lossOf(next, xs, ys, weights, penalty, width);
    while (nextLoss > loss && scaleOfStep > 1e-6) {
      scaleOfStep /= 2;
      next = theta.map((t, i) => t - scaleOfStep * (step[i] as number));
      nextLoss = lossOf(next, xs, ys, weights, penalty, width);
    }
    const done = loss - nextLoss < 1e-10;
    theta = next;
    loss = nextLoss;
    if (done) break;
  }
  return theta;
}

function probabilities(theta: number[], x: number[], width: number): number[] {
  const scores = [0];
  for (let c = 1; c < CLASSES; c++) {
    let s = theta[(c - 1) * width] as number;
    for (let j = 0; j < x.length; j++) s += (theta[(c - 1) * width + 1 + j] as number) * (x[j] as number);
    scores.push(s);
  }
  const top = Math.max(...scores);
  const exps = scores.map((s) => Math.exp(s - top));
  const sum = exps.reduce((a, b) => a + b, 0);
  return exps.map((e) => e / sum);
}

function lossOf(
  theta: number[],
  xs: number[][],
  ys: number[],
  weights: number[],
  penalty: number,
  width: number,
) {
  let loss = 0;
  xs.forEach((x, i) => {
    loss -=
      (weights[i] as number) *
      Math.log(Math.max(1e-300, probabilities(theta, x, width)[ys[i] as number] as number));
  });
  theta.forEach((t, i) => {
    loss += 0.5 * (i % width === 0 ? INTERCEPT_PENALTY : penalty) * t * t;
  });
  return loss;
}

/** A tiny penalty on intercepts keeps the Hessian invertible when a class is absent. */
const INTERCEPT_PENALTY = 1e-6;

function derivatives(
  theta: number[],
  xs: number[][],
  ys: number[],
  weights: number[],
  penalty: number,
  width: number,
) {
  const size = theta.length;
  const gradient = new Float64Array(size);
  // Row-major, size × size.
  const hessian = new Float64Array(size * size);
  xs.forEach((x, i) => {
    const p = probabilities(theta, x, width);
    const w = weights[i] as number;
    const xb = [1, ...x];
    for (let c = 1; c < CLASSES; c++) {
      const residual = (p[c] as number) - (ys[i] === c ? 1 : 0);
      for (let j = 0; j < width; j++) add(gradient, (c - 1) * width + j, w * residual * (xb[j] as number));
      for (let d = 1; d < CLASSES; d++) {
        const curvature = w * (p[c] as number) * ((c === d ? 1 : 0) - (p[d] as number));
        for (let j = 0; j < width; j++)
          for (let k = 0; k < width; k++)
            add(
              hessian,
              ((c - 1) * width + j) * size + (d - 1) * width + k,
              curvature * (xb[j] as number) * (xb[k] as number),
            );
      }
    }
  });
  for (let i = 0; i < size; i++) {
    const lambda = i % width === 0 ? INTERCEPT_PENALTY : penalty;
    add(gradient, i, lambda * (theta[i] as number));
    add(hessian, i * size + i, lambda);
  }
  return { gradient, hessian };
}

/** Solves H·s = g by Gaussian elimination with partial pivoting (H is small and positive definite). */
function solve(matrix: Float64Array, vector: Float64Array): Float64Array {
  const n = vector.length;
  const a = new Float64Array(n * (n + 1));
  for (let row = 0; row < n; row++) {
    for (let col = 0; col < n; col++) a[row * (n + 1) + col] = matrix[row * n + col] as number;
    a[row * (n + 1) + n] = vector[row] as number;
  }
  const at = (row: number, col: number) => a[row * (n + 1) + col] as number;
  for (let col = 0; col < n; col++) {
    let pivot = col;
    for (let row = col + 1; row < n; row++)
      if (Math.abs(at(row, col)) > Math.abs(at(pivot, col))) pivot = row;
    for (let k = 0; k <= n; k++) {
      const held = at(col, k);
      a[col * (n + 1) + k] = at(pivot, k);
      a[pivot * (n + 1) + k] = held;
    }
    for (let row = col + 1; row < n; row++) {
      const factor = at(row, col) / at(col, col);
      for (let k = col; k <= n; k++) a[row * (n + 1) + k] = at(row, k) - factor * at(col, k);
    }
  }
  const x = new Float64Array(n);
  for (let row = n - 1; row >= 0; row--) {
    let sum = at(row, n);
    for (let k = row + 1; k < n; k++) sum -= at(row, k) * (x[k] as number);
    x[row] = sum / at(row, row);
  }
  return x;
}

function add(array: Float64Array, at: number, value: number): void {
  array[at] = (array[at] as number) + value;
}

function average(values: readonly number[]): number {
  return values.length ? values.reduce((a, b) => a + b, 0) / values.length : 0;
}

function round(value: number): number {
  return Math.round(value * 1e6) / 1e6;
}
