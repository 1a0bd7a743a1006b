/**
 * Which stories have which feature, as two parallel arrays sorted by feature
 * and then by story key: the form an on-disk index keeps its posting lists in.
 * A batch of stories becomes one such run; runs merge in linear time, and a
 * run splits into buckets of consecutive features, so a reader fetches only
 * the slices its features fall in.
 */
export interface Postings {
  features: Uint32Array;
  keys: Uint32Array;
}

export const NO_POSTINGS: Postings = { features: new Uint32Array(0), keys: new Uint32Array(0) };

/** Features are 31-bit hashes, so the top bits split them into even buckets. */
const FEATURE_SPACE = 2 ** 31;
/** Keys of one batch span far less than this, so (feature, key) packs exactly into a double. */
const KEY_SPAN = 2 ** 21;

/** A run of postings from stories and their features (each story's features unique). */
export function postingsOf(stories: readonly { key: number; features: readonly number[] }[]): Postings {
  const base = stories.reduce((min, s) => Math.min(min, s.key), Number.POSITIVE_INFINITY);
  if (stories.some((s) => s.key - base >= KEY_SPAN)) return mergeAll(stories.map((s) => postingsOf([s])));
  const packed = new Float64Array(stories.reduce((sum, s) => sum + s.features.length, 0));
  let n = 0;
  for (const { key, features } of stories)
    for (const feature of features) packed[n++] = feature * KEY_SPAN + key - base;
  packed.sort();
  const postings = { features: new Uint32Array(n), keys: new Uint32Array(n) };
  for (let i = 0; i < n; i++) {
    const value = packed[i] as number;
    const feature = Math.floor(value / KEY_SPAN);
    postings.features[i] = feature;
    postings.keys[i] = value - feature * KEY_SPAN + base;
  }
  return postings;
}

/** Merges runs into one, leaving out postings of stories `alive` says are gone. */
export function mergePostings(a: Postings, b: Postings, alive?: (key: number) => boolean): Postings {
  const features = new Uint32Array(a.features.length + b.features.length);
  const keys = new Uint32Array(features.length);
  let i = 0;
  let j = 0;
  let n = 0;
  while (i < a.features.length || j < b.features.length) {
    const takeA = j >= b.features.length || (i < a.features.length && comparePosting(a, i, b, j) <= 0);
    const from = takeA ? a : b;
    const at = takeA ? i++ : j++;
    const key = from.keys[at] as number;
    if (alive && !alive(key)) continue;
    features[n] = from.features[at] as number;
    keys[n++] = key;
  }
  return { features: features.slice(0, n), keys: keys.slice(0, n) };
}

export function mergeAll(runs: readonly Postings[], alive?: (key: number) => boolean): Postings {
  if (runs.length === 0) return NO_POSTINGS;
  if (runs.length === 1)
    return alive ? mergePostings(runs[0] as Postings, NO_POSTINGS, alive) : (runs[0] as Postings);
  const middle = runs.length >> 1;
  return mergePostings(mergeAll(runs.slice(0, middle)), mergeAll(runs.slice(middle)), alive);
}

function comparePosting(a: Postings, i: number, b: Postings, j: number): number {
  return (
    (a.features[i] as number) - (b.features[j] as number) || (a.keys[i] as number) - (b.keys[j] as number)
  );
}

/** The stories that have a feature, in key order (a view, not a copy). */
export function keysWithFeature(postings: Postings, feature: number): Uint32Array {
  const start = lowerBound(postings.features, feature);
  let end = start;
  while (end < postings.features.length && postings.features[end] === feature) end++;
  return postings.keys.subarray(start, end);
}

function lowerBound(sorted: Uint32Array, value: number): number {
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if ((sorted[middle] as number) < value) low = middle + 1;
    else high = middle;
  }
  return low;
}

/** Which of `buckets` (a power of two) slices a feature falls in. */
export function bucketOf(feature: number, buckets: number): number {
  return Math.floor(feature / (FEATURE_SPACE / buckets));
}

/** Splits a run into `buckets` slices of consecutive features (empty slices included). */
export function splitIntoBuckets(postings: Postings, buckets: number): Postings[] {
  const slices: Postings[] = [];
  let start = 0;
  for (let bucket = 0; bucket < buckets; bucket++) {
    const end = lowerBound(postings.features, ((bucket + 1) * FEATURE_SPACE) / buckets);
    slices.push({ features: postings.features.slice(start, end), keys: postings.keys.slice(start, end) });
    start = end;
  }
  return slices;
}

/** Joins bucket slices, in bucket order, back into one run. */
export function concatPostings(slices: readonly Postings[]): Postings {
  const length = slices.reduce((sum, s) => sum + s.features.length, 0);
  const joined = { features: new Uint32Array(length), keys: new Uint32Array(length) };
  let at = 0;
  for (const slice of slices) {
    joined.features.set(slice.features, at);
    joined.keys.set(slice.keys, at);
    at += slice.features.length;
  }
  return joined;
}
