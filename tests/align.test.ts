import { describe, expect, it } from 'vitest';
import { alignTexts } from '../lib/align/align.ts';
import { termWeightsFrom, uniformWeights } from '../lib/align/term-weights.ts';
import { joinTokens, MAX_DIFF_TOKENS, tokenDiff, wordDiff } from '../lib/align/word-diff.ts';
import { commonSubsequenceLength, wordSimilarity } from '../lib/align/word-similarity.ts';
import { termFeature } from '../lib/fingerprint/feature-hash.ts';
import { analyzeParagraphs } from '../lib/normalize/analyze.ts';
import { tokenize } from '../lib/normalize/tokens.ts';
import { inverseFrequency } from '../lib/retrieve/story-index.ts';

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

describe('word similarity', () => {
  const words = (text: string) => text.split(' ');

  it('is the longest run of words in order both share', () => {
    expect(commonSubsequenceLength(words('a b c d e'), words('a x c e'))).toBe(3);
    expect(commonSubsequenceLength(words('a b c'), words('c b a'))).toBe(1);
    expect(commonSubsequenceLength(words('z a b'), words('a b z'))).toBe(2);
    expect(commonSubsequenceLength([], words('a'))).toBe(0);
    expect(commonSubsequenceLength(words('a'), [])).toBe(0);
  });

  it('scores both ways: of the two sentences, and of the page sentence alone', () => {
    expect(wordSimilarity(words('a b c'), words('a b c d e'))).toEqual({ both: 0.75, pageKept: 1 });
    expect(wordSimilarity(words('a b x y'), words('a b'))).toEqual({ both: 2 / 3, pageKept: 0.5 });
    expect(wordSimilarity([], words('a b'))).toEqual({ both: 0, pageKept: 0 });
    expect(wordSimilarity([], [])).toEqual({ both: 0, pageKept: 0 });
  });

  it('compares at most the first 600 words of a run without full stops, and divides by the whole of both', () => {
    const run = Array.from({ length: 900 }, (_, i) => `w${i}`);
    expect(wordSimilarity(run, run)).toEqual({ both: 600 / 900, pageKept: 600 / 900 });
  });
});

describe('word diff limits and spacing', () => {
  const tokens = (text: string) => tokenize(text).tokens;

  it('shows runs past 600 tokens as replaced whole, either side', () => {
    const long = Array.from({ length: MAX_DIFF_TOKENS + 1 }, (_, i) => `w${i}`).join(' ');
    for (const [original, page] of [
      [long, 'a short page sentence'],
      ['a short original sentence', long],
    ]) {
      const parts = tokenDiff(tokens(original as string), tokens(page as string));
      expect(parts.map((p) => [p.op, p.tokens.length])).toEqual([
        ['delete', tokens(original as string).length],
        ['insert', tokens(page as string).length],
      ]);
    }
    const atLimit = Array.from({ length: MAX_DIFF_TOKENS }, (_, i) => `w${i}`).join(' ');
    expect(tokenDiff(tokens(atLimit), tokens(atLimit)).map((p) => p.op)).toEqual(['equal']);
  });

  it('writes words back with spaces between, none before closing marks or after opening ones', () => {
    expect(joinTokens(tokens('He said: "It rose (by 5%) to $300, again!" Then [sic] it fell.'))).toBe(
      'He said: "It rose (by 5%) to $300, again!" Then [sic] it fell.',
    );
    expect(joinTokens(tokens('"Yes," she said; "no."'))).toBe('"Yes," she said; "no."');
    expect(joinTokens(tokens('a - b'))).toBe('a - b');
  });
});

describe('term weights', () => {
  it('weigh a word by how few stories of the index hold it, unknown words as the rarest, each worked out once', () => {
    const counts = new Map([[termFeature('flood'), 40]]);
    const weights = termWeightsFrom(1_000, counts);
    expect(weights('flood')).toBeCloseTo(inverseFrequency(1_000, 40), 12);
    expect(weights('zyxwv')).toBeCloseTo(inverseFrequency(1_000, 0), 12);
    expect(weights('flood')).toBeLessThan(weights('zyxwv'));
    counts.set(termFeature('flood'), 1);
    expect(weights('flood')).toBeCloseTo(inverseFrequency(1_000, 40), 12);
  });
});
