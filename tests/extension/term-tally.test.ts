import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { TermTally } from '../../extension/db/term-tally.ts';

describe('a term tally', () => {
  it('counts as a map would, up and down, past its first size', () => {
    const story = fc.uniqueArray(fc.integer({ min: 0, max: 2 ** 31 - 1 }), { maxLength: 300 });
    const batch = fc.array(fc.tuple(story, fc.constantFrom(1, -1)), { maxLength: 40 });
    fc.assert(
      fc.property(batch, (stories) => {
        const tally = new TermTally();
        const expected = new Map<number, number>();
        for (const [terms, by] of stories) {
          tally.count(Uint32Array.from(terms), by);
          for (const term of terms) expected.set(term, (expected.get(term) ?? 0) + by);
        }
        const { terms, counts } = tally.sorted();
        expect([...terms]).toEqual([...expected.keys()].sort((a, b) => a - b));
        expect(new Map([...terms].map((term, i) => [term, counts[i]]))).toEqual(expected);
      }),
      { numRuns: 200 },
    );
  });
});
