import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  bucketOf,
  concatPostings,
  keysWithFeature,
  mergeAll,
  type Postings,
  postingsOf,
  splitIntoBuckets,
} from '../lib/retrieve/postings.ts';

type Story = { key: number; features: number[] };

const feature = fc.integer({ min: 0, max: 2 ** 31 - 1 });
const stories = (minKey: number) =>
  fc.uniqueArray(
    fc.record({
      key: fc.integer({ min: minKey, max: minKey + 5_000_000 }),
      features: fc.uniqueArray(fc.oneof(feature, fc.integer({ min: 0, max: 40 })), { maxLength: 30 }),
    }),
    { selector: (s) => s.key, maxLength: 40 },
  );

/** The postings as (feature, key) pairs, in the order the run keeps them. */
function pairs(postings: Postings): [number, number][] {
  return Array.from(postings.features, (f, i) => [f, postings.keys[i] as number]);
}

function expectedPairs(all: readonly Story[]): [number, number][] {
  return all
    .flatMap((s) => s.features.map((f): [number, number] => [f, s.key]))
    .sort((a, b) => a[0] - b[0] || a[1] - b[1]);
}

describe('posting runs', () => {
  it('sorts a batch by feature, then key, whatever the spread of keys', () => {
    fc.assert(
      fc.property(stories(1), (batch) => {
        expect(pairs(postingsOf(batch))).toEqual(expectedPairs(batch));
      }),
    );
  });

  it('merges runs into the run of their union, leaving out the stories said to be gone', () => {
    fc.assert(
      fc.property(stories(1), stories(10_000_000), fc.integer({ min: 2, max: 5 }), (a, b, every) => {
        const alive = (key: number) => key % every !== 0;
        const merged = mergeAll([postingsOf(a), postingsOf(b)], alive);
        expect(pairs(merged)).toEqual(expectedPairs([...a, ...b]).filter(([, key]) => alive(key)));
      }),
    );
  });

  it('splits into buckets of consecutive features that join back unchanged, each feature in its bucket', () => {
    fc.assert(
      fc.property(stories(1), fc.constantFrom(1, 2, 16, 1024), (batch, buckets) => {
        const run = postingsOf(batch);
        const slices = splitIntoBuckets(run, buckets);
        expect(slices).toHaveLength(buckets);
        expect(pairs(concatPostings(slices))).toEqual(pairs(run));
        slices.forEach((slice, bucket) => {
          for (const f of slice.features) expect(bucketOf(f, buckets)).toBe(bucket);
        });
      }),
    );
  });

  it('finds the stories that have a feature', () => {
    const run = postingsOf([
      { key: 7, features: [5, 9] },
      { key: 3, features: [9, 2 ** 31 - 1] },
      { key: 4, features: [1] },
    ]);
    expect([...keysWithFeature(run, 9)]).toEqual([3, 7]);
    expect([...keysWithFeature(run, 2 ** 31 - 1)]).toEqual([3]);
    expect([...keysWithFeature(run, 6)]).toEqual([]);
  });
});

describe('posting runs at the size of a migrated cache', () => {
  it('indexes 150,000 stories in one run', () => {
    const stories = Array.from({ length: 150_000 }, (_, key) => ({
      key: key * 40,
      features: [key % 977, 5_000 + key],
    }));
    const run = postingsOf(stories);
    expect(run.features.length).toBe(300_000);
    expect([...keysWithFeature(run, 5_007)]).toEqual([7 * 40]);
  });
});
