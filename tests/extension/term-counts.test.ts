import fc from 'fast-check';
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { WiretraceDatabase } from '../../extension/db/database.ts';
import { clearStories } from '../../extension/db/story-store.ts';
import { addTermCounts, readTermCounts } from '../../extension/db/term-counts.ts';
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

describe('term counts', () => {
  let db: WiretraceDatabase;
  let name = 0;
  beforeEach(() => {
    fakeBrowser.reset();
    db = new WiretraceDatabase(`term-counts-${name++}`);
  });

  const tallyOf = (terms: number[], by = 1) => {
    const tally = new TermTally();
    tally.count(Uint32Array.from(terms), by);
    return tally;
  };
  const countsOf = async (terms: number[]) => [...(await readTermCounts(db.termCounts, terms)).values()];

  it('carries on from the rows it wrote, and from the stored ones once it has forgotten them', async () => {
    await db.transaction('rw', db.termCounts, () => addTermCounts(db.termCounts, tallyOf([1, 2, 3])));
    await db.transaction('rw', db.termCounts, () => addTermCounts(db.termCounts, tallyOf([2, 3, 4])));
    expect(await countsOf([1, 2, 3, 4, 5])).toEqual([1, 2, 2, 1, 0]);
    const reopened = new WiretraceDatabase(db.name);
    expect([...(await readTermCounts(reopened.termCounts, [1, 2, 3, 4])).values()]).toEqual([1, 2, 2, 1]);
  });

  it('keeps nothing in memory of a write whose transaction was rolled back', async () => {
    await db.transaction('rw', db.termCounts, () => addTermCounts(db.termCounts, tallyOf([1, 2])));
    await expect(
      db.transaction('rw', db.termCounts, async () => {
        await addTermCounts(db.termCounts, tallyOf([1, 2, 7]));
        throw new Error('the disk is full');
      }),
    ).rejects.toThrow('the disk is full');
    expect(await countsOf([1, 2, 7])).toEqual([1, 1, 0]);
    await db.transaction('rw', db.termCounts, () => addTermCounts(db.termCounts, tallyOf([2], -1)));
    expect(await countsOf([1, 2, 7])).toEqual([1, 0, 0]);
  });

  it('starts from nothing after the cache is emptied', async () => {
    await db.transaction('rw', db.termCounts, () => addTermCounts(db.termCounts, tallyOf([1, 2])));
    await clearStories(db);
    await db.transaction('rw', db.termCounts, () => addTermCounts(db.termCounts, tallyOf([2])));
    expect(await countsOf([1, 2])).toEqual([0, 1]);
  });
});
