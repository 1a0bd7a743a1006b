import { describe, expect, it } from 'vitest';
import { alignTexts } from '../lib/align/align.ts';
import { uniformWeights } from '../lib/align/term-weights.ts';
import { wordDiff } from '../lib/align/word-diff.ts';
import { analyzeParagraphs } from '../lib/normalize/analyze.ts';
import { tokenize } from '../lib/normalize/tokens.ts';

const original = analyzeParagraphs([
  'Flash floods tore through three valleys in Piedmont on Sunday, killing four people.',
  'Rescue crews pulled 146 people from rooftops overnight, the fire service said.',
  'Regional president Alberto Cirio declared a state of emergency and asked Rome for aid.',
  'Meteorologists warned that more heavy rain was expected on Tuesday.',
]);

function align(paragraphs: string[]) {
  return alignTexts(analyzeParagraphs(paragraphs), original, uniformWeights);
}

describe('alignTexts', () => {
  it('labels verbatim, edited and paraphrased sentences and keeps what they came from', () => {
    const alignment = align([
      'Flash floods tore through three valleys in Piedmont on Sunday, killing four people.',
      'Rescue teams pulled 146 people from rooftops overnight, the fire service said.',
      'Alberto Cirio, the regional president, declared an emergency and requested aid from Rome.',
    ]);
    expect(alignment.page).toEqual(['verbatim', 'edited', 'paraphrased']);
    expect(alignment.pairs.map((p) => p.original)).toEqual([0, 1, 2]);
    expect(alignment.kept).toEqual([true, true, true, false]);
  });

  it('aligns reordered sentences to their originals', () => {
    const alignment = align([
      'Meteorologists warned that more heavy rain was expected on Tuesday.',
      'Flash floods tore through three valleys in Piedmont on Sunday, killing four people.',
    ]);
    expect(alignment.pairs.map((p) => [p.page, p.original])).toEqual([
      [0, 3],
      [1, 0],
    ]);
  });

  it('marks a paragraph printed twice as added the second time', () => {
    const line = 'Rescue crews pulled 146 people from rooftops overnight, the fire service said.';
    const alignment = align([line, "A sentence of the page's own about the local football club.", line]);
    expect(alignment.page).toEqual(['verbatim', 'added', 'added']);
    expect(alignment.duplicateOf).toEqual([null, null, 0]);
  });

  it('counts an original sentence split in two as kept by both halves', () => {
    const alignment = align([
      'Regional president Alberto Cirio declared a state of emergency.',
      'Cirio asked Rome for aid for the emergency.',
    ]);
    expect(alignment.page).not.toContain('added');
    expect(alignment.pairs.every((p) => p.original === 2)).toBe(true);
  });

  it('counts two original sentences merged into one page sentence as kept', () => {
    const alignment = align([
      'Flash floods tore through three valleys in Piedmont on Sunday, killing four people, and rescue crews pulled 146 people from rooftops overnight.',
    ]);
    expect(alignment.kept.slice(0, 2)).toEqual([true, true]);
    expect(alignment.pairs.some((p) => p.merged)).toBe(true);
  });

  it('does not align sentences that only share a name or two', () => {
    const alignment = align([
      'Alberto Cirio will run for a second term in Piedmont next spring, his party said.',
    ]);
    expect(alignment.page).toEqual(['added']);
  });
});

describe('wordDiff', () => {
  it('marks words the page inserted and the original had', () => {
    const parts = wordDiff(
      tokenize('a former intelligence officer').tokens,
      tokenize('a former intelligence operative').tokens,
    );
    expect(parts).toEqual([
      { op: 'equal', text: 'a former intelligence' },
      { op: 'delete', text: 'officer' },
      { op: 'insert', text: 'operative' },
    ]);
  });

  it('writes a contraction back once, as the page has it', () => {
    const parts = wordDiff(
      tokenize('"We have not checked every line yet, and it can\'t be fixed"').tokens,
      tokenize('"We haven\'t checked every line, and it can\'t be fixed"').tokens,
    );
    expect(parts.map((p) => p.text).join(' ')).not.toMatch(/n't n't/);
    expect(parts).toEqual([
      // "have not" and "haven't" say the same: the page's spelling is shown.
      { op: 'equal', text: `"We haven't checked every line` },
      { op: 'delete', text: 'yet' },
      { op: 'equal', text: ', and it can\'t be fixed"' },
    ]);
  });
});
