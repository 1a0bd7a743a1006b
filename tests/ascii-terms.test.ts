import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Story } from '../lib/corpus/story.ts';
import { isCreditLine } from '../lib/extract/credits.ts';
import { storyParagraphs } from '../lib/extract/story-text.ts';
import { type Fingerprint, fingerprintOf, LEAD_FEATURES } from '../lib/fingerprint/fingerprint.ts';
import { hash32 } from '../lib/fingerprint/hash.ts';
import { forEachAsciiToken } from '../lib/normalize/ascii-terms.ts';
import { foldTypography } from '../lib/normalize/fold.ts';
import { forEachTerm, type Term, TOKEN } from '../lib/normalize/tokens.ts';
import { loadFixtureStories } from './support/fixtures.ts';

/** ASCII text made of what trips a tokenizer: acronyms, numbers with separators and suffixes, joiners, punctuation. */
const asciiText = fc
  .array(
    fc.oneof(
      fc.constantFrom(
        'U.S.',
        'U.S',
        'A.B.C.',
        'NATO',
        "isn't",
        "Reuters'",
        "O'Neill",
        'well-known',
        'co--op',
        "'s",
        '1,000',
        '3.5',
        '10:30',
        '1st',
        '2nd',
        '5sm',
        '4bn',
        '7km',
        '9kg',
        '3pc',
        '5G',
        'COVID19',
        '1.',
        '2,',
        'Mr.',
        '"',
        '-',
        "'",
        '(',
        ')',
        '.',
        ',',
        '\n',
        '\t',
        ' ',
        '  ',
      ),
      fc.stringMatching(/^[A-Za-z0-9'.,:-]{1,8}$/),
      fc.string({ unit: fc.constantFrom(...' \tAaBz09.,:\'-"!?()/\u0001\u007f'.split('')), maxLength: 12 }),
    ),
    { maxLength: 40 },
  )
  .map((pieces) => pieces.join(''));

/** The token expression's words and numbers, as [start, end) spans. */
function expressionSpans(text: string): [number, number][] {
  return [...text.matchAll(TOKEN)]
    .filter((match) => /^[A-Za-z0-9]/.test(match[0]))
    .map((match) => [match.index, match.index + match[0].length]);
}

function scannedSpans(text: string): [number, number][] {
  const spans: [number, number][] = [];
  forEachAsciiToken(text, (start, end) => spans.push([start, end]));
  return spans;
}

/** The terms of a text as the token expression finds them (the path of non-ASCII text). */
function termsThroughExpression(text: string): Term[] {
  const terms: Term[] = [];
  forEachTerm(text, (term) => terms.push(term));
  return terms;
}

/** The fingerprint as it was computed before the ASCII scanner, the spelling numbers and the reusable feature sets. */
function referenceFingerprint(paragraphs: readonly string[], skip: (p: string) => boolean): Fingerprint {
  const features = new Set<number>();
  const terms = new Set<number>();
  for (const paragraph of paragraphs) {
    if (features.size >= 480) break;
    if (skip(paragraph)) continue;
    let previous: Term | null = null;
    for (const term of termsThroughExpression(paragraph)) {
      if (previous?.content && previous.capitalized && term.capitalized && term.content)
        features.add(hash32(term.stem, hash32(` ${previous.stem}`, hash32('n:'))) & 0x7fffffff);
      if (term.content) {
        const feature = hash32(term.stem, hash32('w:')) & 0x7fffffff;
        features.add(feature);
        terms.add(feature);
      }
      previous = term;
    }
  }
  return {
    features: Uint32Array.from(features).sort(),
    terms: Uint32Array.from(terms).sort(),
    lead: Uint32Array.from([...features].slice(0, LEAD_FEATURES)).sort(),
  };
}

describe('the ASCII term scanner', () => {
  it('finds exactly the words and numbers the token expression finds', () => {
    fc.assert(
      fc.property(asciiText, (text) => {
        expect(scannedSpans(text)).toEqual(expressionSpans(text));
      }),
      { numRuns: 3_000 },
    );
  });
});

describe('a fingerprint', () => {
  it('is what it was before the fast paths, for every fixture story', () => {
    for (const story of loadFixtureStories()) {
      const paragraphs = storyParagraphs(story.text);
      expect(fingerprintOf(paragraphs, isCreditLine), story.id).toEqual(
        referenceFingerprint(paragraphs, isCreditLine),
      );
    }
  });

  it('is the same after the spelling numbers have filled and started again', () => {
    const story = loadFixtureStories()[0] as Story;
    const paragraphs = storyParagraphs(story.text);
    const before = fingerprintOf(paragraphs, isCreditLine);
    for (let text = 0; text < 210; text++) {
      const words = Array.from({ length: 1_000 }, (_, i) => `Zq${text}x${i}`);
      fingerprintOf([words.join(' ')]);
    }
    expect(fingerprintOf(paragraphs, isCreditLine)).toEqual(before);
    expect(before).toEqual(referenceFingerprint(paragraphs, isCreditLine));
  });

  it('is what it was before the fast paths, for generated texts past the feature limit', () => {
    fc.assert(
      fc.property(fc.array(asciiText, { minLength: 1, maxLength: 60 }), (paragraphs) => {
        const none = () => false;
        expect(fingerprintOf(paragraphs, none)).toEqual(referenceFingerprint(paragraphs, none));
      }),
      { numRuns: 300 },
    );
  });
});

describe('typographic folding of ASCII text', () => {
  it('folds every ASCII character as the full fold does', () => {
    for (let code = 0; code < 128; code++) {
      const text = `a${String.fromCharCode(code)}b`;
      // A non-ASCII letter sends a text through the full fold; folded, it stays one letter at the end.
      expect(foldTypography(text), code.toString(16)).toBe(foldTypography(`${text}\u00e9`).slice(0, -1));
    }
  });
});
