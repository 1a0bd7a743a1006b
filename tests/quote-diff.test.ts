import { describe, expect, it } from 'vitest';
import { quoteChanges } from '../lib/explain/quote-diff.ts';

describe('altered quotes, word by word', () => {
  it('shows an original quote once for all the fragments the page made of it', () => {
    const original = 'We will rebuild every bridge before the winter, and we will not leave anyone behind';
    const groups = quoteChanges([
      { page: 'rebuild every road before the winter', original },
      { page: 'we will leave no one behind', original },
      { page: 'Prices will fall', original: 'Prices may fall' },
    ]);
    expect(groups.map((g) => [g.original, g.fragments.length])).toEqual([
      [original, 2],
      ['Prices may fall', 1],
    ]);
  });

  it('marks the words a fragment changed, not the parts of the original it never quoted', () => {
    const [group] = quoteChanges([
      {
        page: 'rebuild every road before the winter',
        original: 'We will rebuild every bridge before the winter, and we will not leave anyone behind',
      },
    ]);
    expect(group?.fragments[0]?.diff).toEqual([
      { op: 'equal', text: 'rebuild every' },
      { op: 'delete', text: 'bridge' },
      { op: 'insert', text: 'road' },
      { op: 'equal', text: 'before the winter' },
    ]);
  });

  it('keeps a change at the very start or end of a fragment', () => {
    const [group] = quoteChanges([{ page: 'Prices will fall sharply', original: 'Prices may fall' }]);
    expect(group?.fragments[0]?.diff).toEqual([
      { op: 'equal', text: 'Prices' },
      { op: 'delete', text: 'may' },
      { op: 'insert', text: 'will' },
      { op: 'equal', text: 'fall' },
      { op: 'insert', text: 'sharply' },
    ]);
  });

  it('keeps a word replaced at the start of a fragment', () => {
    const [group] = quoteChanges([{ page: 'Will fall', original: 'May fall' }]);
    expect(group?.fragments[0]?.diff).toEqual([
      { op: 'delete', text: 'May' },
      { op: 'insert', text: 'Will' },
      { op: 'equal', text: 'fall' },
    ]);
  });
});
