import { describe, expect, it } from 'vitest';
import { alignTexts } from '../lib/align/align.ts';
import { uniformWeights } from '../lib/align/term-weights.ts';
import { analyzeParagraphs } from '../lib/normalize/analyze.ts';

/** Each rule of the aligner on sentences made to sit on its edge (uniform weights, lower-case words: no names). */
function align(page: string[], original: string[]) {
  const isCredit = (paragraph: string) => /^reporting by/i.test(paragraph);
  return alignTexts(
    analyzeParagraphs(page, { isCredit }),
    analyzeParagraphs(original, { isCredit }),
    uniformWeights,
  );
}

const pairsOf = (alignment: ReturnType<typeof align>) =>
  alignment.pairs.map((p) => [p.page, p.original, p.label, p.merged] as const);

describe('the aligner’s rules', () => {
  it('lists its pairs in page order, whichever it took first', () => {
    const alignment = align(
      [
        'Crews cleared fallen trees from mountain roads while engineers checked damaged bridges nearby.',
        'The storm flooded riverside farms across the valley overnight.',
      ],
      [
        'The storm flooded riverside farms across the valley overnight.',
        'Engineers checked damaged bridges while crews cleared fallen trees from the mountain roads.',
      ],
    );
    // The verbatim pair scores highest and is taken first; the list is still by page sentence.
    expect(pairsOf(alignment)).toEqual([
      [0, 1, 'paraphrased', false],
      [1, 0, 'verbatim', false],
    ]);
  });

  it('takes, of two equal originals, the first for the first copy and the second for the next', () => {
    const line = 'Volunteers handed out blankets and hot meals at the shelter.';
    const alignment = align(
      [line, line],
      [line, 'Officials opened two more schools as shelters.', line, 'Forecasters expect snow.'],
    );
    expect(pairsOf(alignment)).toEqual([
      [0, 0, 'verbatim', false],
      [1, 2, 'verbatim', false],
    ]);
    expect(alignment.duplicateOf).toEqual([null, null]);
    expect(alignment.kept).toEqual([true, false, true, false]);
  });

  it('pairs no credit line of the page, even one the original has word for word', () => {
    const credit = 'Reporting by Maria Lopez; Editing by John Stonestreet';
    const alignment = align(
      ['Volunteers handed out blankets and hot meals at the shelter.', credit],
      ['Volunteers handed out blankets and hot meals at the shelter.', credit],
    );
    expect(alignment.page).toEqual(['verbatim', 'added']);
    expect(pairsOf(alignment)).toEqual([[0, 0, 'verbatim', false]]);
  });

  it('keeps a short sentence copied word for word, and not one that shares its only word', () => {
    const original = [
      'Prices of heating oil rose sharply in the cold spell.',
      '"It has increased."',
      'Suppliers blamed the weather.',
    ];
    expect(align(['"It has increased."'], original).page).toEqual(['verbatim']);
    expect(align(['"It has increased a great deal since then, and quickly."'], original).page).toEqual([
      'added',
    ]);
    // Two words are too few to call a copy.
    expect(align(['Increased.'], original).page).toEqual(['added']);
  });

  it('pairs a cut-down sentence with the original it was cut from over one it merely resembles', () => {
    const alignment = align(
      ['Harbour cranes idled as dockworkers walked out.'],
      [
        'Harbour cranes idled and ships waited offshore as dockworkers walked out over automation plans, wage talks and pensions.',
        'Harbour cranes idled as dockworkers protested.',
      ],
    );
    // The sentence it resembles is folded in (its words are all there), but the partner is the one it was cut from.
    expect(pairsOf(alignment)).toEqual([
      [0, 0, 'edited', false],
      [0, 1, 'paraphrased', true],
    ]);
  });

  it('leaves a page sentence added when its best original is taken and it holds too little of it', () => {
    const alignment = align(
      [
        'Dockworkers walked out over automation plans, wage talks and pensions at the harbour.',
        'Dockworkers and pensions matter, said a harbour spokesman, who praised cheerful sailors, bakers, painters, gardeners.',
      ],
      ['Dockworkers walked out over automation plans, wage talks and pensions at the harbour.'],
    );
    expect(alignment.page).toEqual(['verbatim', 'added']);
    expect(alignment.duplicateOf).toEqual([null, null]);
  });

  it('counts an original sentence folded into a page sentence as kept, when three of its words are there and most of it', () => {
    const original = [
      'Dockworkers walked out over automation plans on Monday.',
      'Ships waited offshore near the harbour.',
      'The mayor resigned quickly.',
      'Talks collapsed.',
    ];
    const alignment = align(
      [
        'Dockworkers walked out over automation plans on Monday while the mayor resigned quickly.',
        'Ships waited offshore near the harbour as talks collapsed.',
      ],
      original,
    );
    // "The mayor resigned quickly" (three words, all there) is merged; "Talks collapsed" (two) is not claimed.
    expect(pairsOf(alignment)).toEqual([
      [0, 0, 'paraphrased', false],
      [0, 2, 'paraphrased', true],
      [1, 1, 'edited', false],
    ]);
    expect(alignment.kept).toEqual([true, true, true, false]);
  });

  it('merges an original into the page sentence that holds most of it', () => {
    const alignment = align(
      [
        'Dockworkers walked out over automation plans, wage talks and pension cuts as loyal crane drivers cheered.',
        'Ships waited offshore near the harbour while crane drivers cheered.',
      ],
      [
        'Dockworkers walked out over automation plans, wage talks and pension cuts.',
        'Ships waited offshore near the harbour.',
        'Loyal crane drivers cheered.',
      ],
    );
    // Both page sentences hold "Loyal crane drivers cheered" (all of it, and three words of four).
    expect(pairsOf(alignment)).toEqual([
      [0, 0, 'edited', false],
      [0, 2, 'paraphrased', true],
      [1, 1, 'paraphrased', false],
    ]);
  });

  it('calls a sentence edited, not verbatim, when it is the first words of its original', () => {
    const alignment = align(
      ['Dockworkers walked out over automation plans.'],
      ['Dockworkers walked out over automation plans and wages.'],
    );
    expect(alignment.page).toEqual(['edited']);
  });

  it('calls a cut of six words or more in the original’s order edited, and a shorter one paraphrased', () => {
    const original = [
      'Dockworkers at the northern harbour walked out on Monday over automation plans, wages and pensions, union leaders said.',
    ];
    expect(align(['Dockworkers walked out over automation plans.'], original).page).toEqual(['edited']);
    expect(align(['Dockworkers walked over automation.'], original).page).toEqual(['paraphrased']);
  });
});
