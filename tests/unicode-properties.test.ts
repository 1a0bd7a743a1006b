import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isChromeLine } from '../lib/extract/boilerplate.ts';
import { isCreditLine } from '../lib/extract/credits.ts';
import { extractFromText } from '../lib/extract/plain-text.ts';
import { isProse } from '../lib/extract/prose.ts';
import { fingerprintOf } from '../lib/fingerprint/fingerprint.ts';
import { analyzeParagraphs } from '../lib/normalize/analyze.ts';
import { foldTypography } from '../lib/normalize/fold.ts';
import { splitSentences } from '../lib/normalize/sentences.ts';
import { forEachTerm } from '../lib/normalize/tokens.ts';
import { hasLetter, wholeWords } from '../lib/normalize/word-boundary.ts';

/**
 * Scripts the wires write in, as ranges of letters, with how a sentence ends
 * in each and whether words are spaced. Words are drawn from the ranges, so
 * they are never English chrome words or stopwords by chance.
 */
interface Script {
  name: string;
  language: string;
  letters: [number, number][];
  /** Vowel signs, one of which may follow each letter (an Indic syllable). */
  signs?: [number, number];
  /** A capital to start a sentence with, for scripts that have case. */
  capital?: [number, number][];
  stop: string;
  spaced: boolean;
}

const SCRIPTS: Script[] = [
  {
    name: 'Latin with diacritics',
    language: 'fr',
    letters: [[0xe0, 0xf6]],
    capital: [[0xc0, 0xd6]],
    stop: '.',
    spaced: true,
  },
  {
    name: 'Greek',
    language: 'el',
    letters: [[0x3b1, 0x3c9]],
    capital: [
      [0x391, 0x3a1],
      [0x3a3, 0x3a9],
    ],
    stop: '.',
    spaced: true,
  },
  {
    name: 'Cyrillic',
    language: 'ru',
    letters: [[0x430, 0x44f]],
    capital: [[0x410, 0x42f]],
    stop: '.',
    spaced: true,
  },
  {
    name: 'Arabic',
    language: 'ar',
    letters: [
      [0x628, 0x63a],
      [0x641, 0x64a],
    ],
    stop: '؟',
    spaced: true,
  },
  { name: 'Urdu', language: 'ur', letters: [[0x628, 0x63a]], stop: '۔', spaced: true },
  { name: 'Hebrew', language: 'he', letters: [[0x5d0, 0x5ea]], stop: '.', spaced: true },
  {
    name: 'Devanagari',
    language: 'hi',
    letters: [[0x915, 0x939]],
    signs: [0x93e, 0x94c],
    stop: '।',
    spaced: true,
  },
  { name: 'Chinese', language: 'zh', letters: [[0x4e00, 0x4fff]], stop: '。', spaced: false },
  { name: 'Japanese kana', language: 'ja', letters: [[0x30a2, 0x30f3]], stop: '！', spaced: false },
  { name: 'Hangul', language: 'ko', letters: [[0xac00, 0xafff]], stop: '.', spaced: true },
];

const inRange = ([from, to]: [number, number]) =>
  fc.integer({ min: from, max: to }).map((c) => String.fromCodePoint(c));

function wordOf(script: Script, min = 3): fc.Arbitrary<string> {
  const letter = fc.oneof(...script.letters.map(inRange));
  const syllable = script.signs
    ? fc.tuple(letter, fc.option(inRange(script.signs), { nil: '' })).map(([l, sign]) => l + sign)
    : letter;
  return fc.array(syllable, { minLength: min, maxLength: 8 }).map((letters) => letters.join(''));
}

/** A sentence in the script: capitalised where the script has case, ended its own way. */
function sentenceOf(script: Script): fc.Arbitrary<string> {
  const capital = script.capital ? fc.oneof(...script.capital.map(inRange)) : fc.constant('');
  return fc
    .tuple(capital, fc.array(wordOf(script), { minLength: 4, maxLength: 9 }))
    .map(([first, words]) => `${first}${words.join(script.spaced ? ' ' : '')}${script.stop}`);
}

const eachScript = SCRIPTS.map((script) => [script.name, script] as const);

describe.each(eachScript)('text in %s', (_, script) => {
  it('is never taken for page chrome, however short', () => {
    fc.assert(
      fc.property(fc.array(wordOf(script, 1), { minLength: 1, maxLength: 4 }), (words) => {
        expect(isChromeLine(words.join(' '))).toBe(false);
      }),
    );
  });

  it('keeps every letter in its words', () => {
    fc.assert(
      fc.property(sentenceOf(script), (sentence) => {
        let letters = 0;
        forEachTerm(
          sentence,
          (term) => {
            expect(term.key).toMatch(/^[\p{L}\p{M}\p{N}'-]+$/u);
            letters += [...term.key].filter((c) => /\p{L}/u.test(c)).length;
          },
          script.language,
        );
        expect(letters).toBe([...sentence].filter((c) => /\p{L}/u.test(c)).length);
      }),
    );
  });

  it('splits into its sentences at its own full stops', () => {
    fc.assert(
      fc.property(fc.array(sentenceOf(script), { minLength: 1, maxLength: 6 }), (sentences) => {
        expect(splitSentences(sentences.join(script.spaced ? ' ' : ''))).toEqual(sentences);
      }),
    );
  });

  it('is prose, and fingerprints to features', () => {
    fc.assert(
      fc.property(fc.array(sentenceOf(script), { minLength: 3, maxLength: 5 }), (sentences) => {
        const paragraph = sentences.join(script.spaced ? ' ' : '');
        expect(isProse(paragraph)).toBe(true);
        expect(fingerprintOf([paragraph], () => false, script.language).features.length).toBeGreaterThan(0);
      }),
    );
  });

  it('fingerprints the same whether its accents are composed or not', () => {
    fc.assert(
      fc.property(sentenceOf(script), (sentence) => {
        const composed = foldTypography(sentence.normalize('NFC'));
        const decomposed = foldTypography(sentence.normalize('NFD'));
        expect(fingerprintOf([decomposed], () => false, script.language)).toEqual(
          fingerprintOf([composed], () => false, script.language),
        );
      }),
    );
  });

  it('finds a name in it as a whole word only', () => {
    fc.assert(
      fc.property(wordOf(script), wordOf(script), (name, other) => {
        const pattern = wholeWords(name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
        expect(pattern.test(`${other} ${name}.`)).toBe(true);
        expect(pattern.test(`(${name})`)).toBe(true);
        if (script.spaced) expect(pattern.test(`${other}${name}`)).toBe(false);
      }),
    );
  });

  it('reads as a page of text, with no line lost as chrome or credit', () => {
    fc.assert(
      fc.property(
        fc.array(fc.array(sentenceOf(script), { minLength: 2, maxLength: 3 }), {
          minLength: 3,
          maxLength: 5,
        }),
        (paragraphs) => {
          const texts = paragraphs.map((p) => p.join(script.spaced ? ' ' : ''));
          for (const text of texts) expect(isCreditLine(text)).toBe(false);
          const article = extractFromText(texts.join('\n\n'));
          expect(article.paragraphs).toEqual(texts.map(foldTypography));
          const analyzed = analyzeParagraphs(article.paragraphs, { language: script.language });
          expect(analyzed.sentences.length).toBe(paragraphs.flat().length);
        },
      ),
    );
  });
});

describe('lines without letters', () => {
  const noLetters = fc
    .array(fc.constantFrom('١', '٢', '۳', '३', '7', '—', '·', '،', '|', '•', '…', ' ', '/', '»'), {
      minLength: 1,
      maxLength: 12,
    })
    .map((chars) => chars.join(''));

  it('are chrome in any script: digits, dashes and separators say nothing', () => {
    fc.assert(
      fc.property(noLetters, (line) => {
        if (line.trim()) expect(isChromeLine(line)).toBe(true);
        expect(hasLetter(line)).toBe(false);
      }),
    );
  });
});

describe('digits of every script', () => {
  const scripts = [0x30, 0x660, 0x6f0, 0x966, 0x9e6, 0xe50, 0xff10];
  it('read as the same number', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 0, max: 9 }), { minLength: 1, maxLength: 6 }),
        fc.constantFrom(...scripts),
        (digits, zero) => {
          const written = digits.map((d) => String.fromCodePoint(zero + d)).join('');
          expect(foldTypography(`x ${written}`)).toBe(`x ${digits.join('')}`);
        },
      ),
    );
  });
});
