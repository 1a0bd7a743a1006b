import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ADVERSARIAL_TEXTS } from '../bench/adversarial-text.ts';
import { Deadline } from '../lib/engine/deadline.ts';
import { matchArticle } from '../lib/engine/match-article.ts';
import { compareWith, Matcher } from '../lib/engine/matcher.ts';
import { extractFromHtml } from '../lib/extract/html.ts';
import { analyzeParagraphs } from '../lib/normalize/analyze.ts';
import { cleanField, FIELD_CHARS } from '../lib/normalize/field-text.ts';
import { splitSentences } from '../lib/normalize/sentences.ts';
import { piecesOf, TEXT_LIMITS } from '../lib/normalize/text-limits.ts';

/** Text built to be slow: runs of stops and closers, no spaces, long words, several scripts, bidi controls. */
const hostileText = fc
  .array(
    fc.oneof(
      fc.constantFrom('.', '!', '?', '...', '。', '！', '؟', '"', '»', ')', ' ', '  ', '\n'),
      fc.constantFrom(
        'Mr',
        'U.S',
        'J',
        'The',
        'court',
        'said',
        '中文',
        'مرحبا',
        'Привет',
        '42',
        '\u202e',
        '\u0000',
      ),
      fc.string({ unit: 'grapheme', maxLength: 8 }),
      fc.integer({ min: 1, max: 400 }).map((n) => '.!?'.repeat(n)),
      fc.integer({ min: 1, max: 400 }).map((n) => 'x'.repeat(n)),
    ),
    { maxLength: 60 },
  )
  .map((parts) => parts.join(''));

const nonSpace = (text: string) => text.replace(/\s+/gu, '');

describe('text built to be slow', () => {
  it('splits into sentences that lose and add nothing but spaces', () => {
    fc.assert(
      fc.property(hostileText, (text) => {
        expect(nonSpace(splitSentences(text).join(''))).toBe(nonSpace(text));
      }),
      { numRuns: 300 },
    );
  });

  it('is read up to the limits: no sentence longer than the longest kept, no more sentences than kept', () => {
    fc.assert(
      fc.property(fc.array(hostileText, { maxLength: 6 }), (paragraphs) => {
        const analyzed = analyzeParagraphs(paragraphs);
        expect(analyzed.sentences.length).toBeLessThanOrEqual(TEXT_LIMITS.sentences);
        for (const sentence of analyzed.sentences)
          expect(sentence.text.length).toBeLessThanOrEqual(TEXT_LIMITS.sentenceChars);
      }),
      { numRuns: 200 },
    );
  });

  it('cuts a run without full stops in pieces at the limit, at a space where one is near, losing nothing', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', minLength: 0, maxLength: 9_000 }), (text) => {
        const pieces = piecesOf(text, 1_000);
        for (const piece of pieces) expect(piece.length).toBeLessThanOrEqual(1_000);
        expect(nonSpace(pieces.join(''))).toBe(nonSpace(text));
      }),
      { numRuns: 200 },
    );
    const sentence = `${'word '.repeat(120_000)}end`;
    expect(analyzeParagraphs([sentence]).sentences.length).toBe(Math.ceil(sentence.length / 2_000));
  });

  it('gives titles and names without control or bidi-override characters, and never longer than kept', () => {
    fc.assert(
      fc.property(hostileText, (text) => {
        const clean = cleanField(text, FIELD_CHARS.title);
        expect(clean).not.toMatch(/[\p{Cc}\u202a-\u202e\u2066-\u2069]/u);
        expect(clean.length).toBeLessThanOrEqual(FIELD_CHARS.title);
      }),
      { numRuns: 300 },
    );
    expect(cleanField(`A${' '.repeat(200_000)}B`, FIELD_CHARS.title)).toBe('A B');
    const page = extractFromHtml(
      `<html><head><title>${' '.repeat(200_000)}x - Site</title></head><body></body></html>`,
    );
    expect(page.title).toBe('x');
  });

  it.each(Object.entries(ADVERSARIAL_TEXTS))(
    'aligns a page of %s against a story of the same text, every page sentence accounted for',
    async (_name, make) => {
      const text = make(60_000);
      const result = await compareWith(
        extractFromHtml(`<html><body><article><h1>Bridge closed</h1><p>${text}</p></article></body></html>`),
        { id: 'planted', source: 'Reuters', title: 'Planted', text },
      );
      if (result.status !== 'judged') return expect(result.status).toBe('too-short');
      const e = result.explanation;
      const s = e.sentences;
      expect(s.verbatim + s.edited + s.paraphrased + s.added).toBe(e.page.length);
      expect(e.page.length).toBeLessThanOrEqual(TEXT_LIMITS.sentences);
    },
  );

  it('is left unjudged, not judged late, once past its deadline', async () => {
    const matcher = new Matcher();
    const text = ADVERSARIAL_TEXTS['the same sentence again']?.(20_000) as string;
    matcher.addStory({ id: 's', source: 'Reuters', title: 'S', text });
    const article = extractFromHtml(
      `<html><body><article><h1>Bridge</h1><p>${text}</p></article></body></html>`,
    );
    let now = 0;
    // A clock that moves a second a reading: the deadline of 5 s is past within a few steps.
    const deadline = new Deadline(5_000, () => (now += 1_000));
    expect(await matchArticle(article, matcher.index, undefined, deadline)).toEqual({
      status: 'over-time',
      reason: 'judging this page took longer than Wiretrace allows one page',
    });
    expect((await matchArticle(article, matcher.index)).status).toBe('judged');
  });
});
