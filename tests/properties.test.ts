import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compareWith } from '../lib/engine/matcher.ts';
import { extractFromHtml, MAX_DOM_DEPTH } from '../lib/extract/html.ts';
import { extractFromText } from '../lib/extract/plain-text.ts';
import { proseLength } from '../lib/extract/prose.ts';
import { fingerprintOf } from '../lib/fingerprint/fingerprint.ts';
import { analyzeParagraphs } from '../lib/normalize/analyze.ts';

/** Text as pages have it: words, punctuation, quotes, odd spaces, other scripts, emoji, control characters. */
const pageText = fc
  .array(
    fc.oneof(
      fc.constantFrom(
        'The',
        'court',
        'said',
        'U.S.',
        'Mr.',
        '"',
        '\u201c',
        '\u201d',
        "'",
        '.',
        '!',
        '?',
        ',',
        '\n',
        '\n\n',
        ' ',
        '\u00a0',
      ),
      fc.constantFrom(
        '\u200b',
        '\u0000',
        '\ufeff',
        '\u202e',
        'مرحبا',
        '北京市',
        '😀',
        'Ünïcödé',
        '—',
        '1,500',
        '2026-01-02',
      ),
      fc.string({ maxLength: 12 }),
    ),
    { maxLength: 300 },
  )
  .map((parts) => parts.join(' '));

const html = fc
  .array(
    fc.oneof(
      fc.constantFrom(
        '<p>',
        '</p>',
        '<div class="related">',
        '</div>',
        '<h1>',
        '</h1>',
        '<script>',
        '</script>',
        '<a href="x">',
        '</a>',
        '<!--',
        '-->',
        '<br>',
      ),
      pageText,
    ),
    { maxLength: 40 },
  )
  .chain((parts) =>
    // A whole page, a fragment, or what a server may send as HTML: nothing, white space, a comment, bytes.
    fc.constantFrom(
      `<html><body>${parts.join('')}</body></html>`,
      parts.join(''),
      '',
      ' \n\t ',
      '<!-- a comment only -->',
      '\u0000\u0001\uFFFD binary',
    ),
  );

describe('the engine on arbitrary input', () => {
  it('extracts page text without throwing', () => {
    fc.assert(
      fc.property(pageText, (text) => {
        const article = extractFromText(text);
        expect(article.words).toBeGreaterThanOrEqual(0);
      }),
      { numRuns: 300 },
    );
  });

  it('extracts HTML without throwing, whatever the document, and counts the words it gives', () => {
    fc.assert(
      fc.property(html, (page) => {
        const article = extractFromHtml(page);
        expect(article.words).toBe(article.paragraphs.reduce((n, p) => n + proseLength(p), 0));
        if (article.words === 0) expect(article.refusal).toMatch(/no article text|only 0 words/);
      }),
      { numRuns: 300 },
    );
    for (const empty of ['', '   ', '<!-- nav.tpl -->'])
      expect(extractFromHtml(empty).paragraphs).toEqual([]);
  });

  it('normalizes and fingerprints without throwing', () => {
    fc.assert(
      fc.property(fc.array(pageText, { maxLength: 5 }), (paragraphs) => {
        const text = analyzeParagraphs(paragraphs);
        expect(text.words).toBeGreaterThanOrEqual(0);
        expect(fingerprintOf(paragraphs).features.every((f) => f >= 0 && f < 2 ** 31)).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  it('aligns and explains any page against any original, with counts that add up', async () => {
    // Sentences of a small vocabulary, so that most pairs share enough to be judged; arbitrary text mixed in.
    const word = fc.constantFrom(
      'council',
      'bridge',
      'river',
      'Monday',
      'Smith',
      'said',
      '40',
      'the',
      'closed',
      'flood',
    );
    const sentence = fc.array(word, { minLength: 6, maxLength: 14 }).map((w) => `${w.join(' ')}.`);
    const story = fc.array(sentence, { minLength: 5, maxLength: 12 });
    let judged = 0;
    await fc.assert(
      fc.asyncProperty(
        story,
        fc.array(fc.oneof(sentence, pageText), { maxLength: 4 }),
        async (original, extra) => {
          // Kept, dropped, edited (a word added) in turn, then the extra text.
          const kept = original.flatMap((s, i) =>
            i % 3 === 0 ? [s] : i % 3 === 2 ? [s.replace(/\.$/, ' again.')] : [],
          );
          const page = [...kept, ...extra];
          const result = await compareWith(extractFromText(page.join('\n\n')), {
            id: 'o',
            source: 'AP',
            title: 'T',
            text: original.join('\n\n'),
          });
          if (result.status !== 'judged') return;
          judged++;
          const e = result.explanation;
          expect(e.coverage.page).toBeGreaterThanOrEqual(0);
          expect(e.coverage.page).toBeLessThanOrEqual(1);
          const s = e.sentences;
          const labelled = (label: string) => e.page.filter((p) => p.label === label).length;
          expect([s.verbatim, s.edited, s.paraphrased]).toEqual([
            labelled('verbatim'),
            labelled('edited'),
            labelled('paraphrased'),
          ]);
          // Every page sentence is counted once, but for credit lines, which are labelled added and not counted.
          expect(s.added).toBeLessThanOrEqual(labelled('added'));
          expect(s.verbatim + s.edited + s.paraphrased + labelled('added')).toBe(e.page.length);
          expect(s.dropped).toBeLessThanOrEqual(original.length);
        },
      ),
      { numRuns: 200 },
    );
    expect(judged, 'pages judged of 200').toBeGreaterThan(150);
  });

  it('copes with a page and an original that are each one 1 MB run without a full stop', async () => {
    const words = Array.from({ length: 150_000 }, (_, i) => `word${i % 5000}`).join(' ');
    const result = await compareWith(extractFromText(`${words}.`), {
      id: 'o',
      source: 'AP',
      title: 'T',
      text: `${words} end.`,
    });
    expect(result.status).toBe('judged');
  });

  it('reads pages nested deeper than a browser builds, refuses ones past four times that, and reads a page of 100,000 elements', () => {
    // How long these take is in npm run bench (hostile pages), beside a page at the limit.
    const paragraph =
      '<p>The council said the bridge would stay closed for repairs until the spring, officials added on Monday.</p>';
    const nested = (depth: number) =>
      `<html><body>${'<div>'.repeat(depth)}${paragraph.repeat(4)}${'</div>'.repeat(depth)}</body></html>`;
    const wordsAt = (depth: number) => extractFromHtml(nested(depth)).words;
    expect(wordsAt(50)).toBe(4 * 17);
    // Below the limit a page is flattened: its text kept whole, a paragraph still a paragraph.
    for (const depth of [MAX_DOM_DEPTH, MAX_DOM_DEPTH + 88, 2_000]) {
      const article = extractFromHtml(nested(depth));
      expect(article.paragraphs, `depth ${depth}`).toHaveLength(4);
      expect(article.words, `depth ${depth}`).toBe(4 * 17);
    }
    // Far past it the page is not parsed at all (parsing alone would take seconds): nothing, not a part.
    for (const depth of [3_000, 100_000]) expect(wordsAt(depth), `depth ${depth}`).toBe(0);
    const crowded = `<html><body><article>${paragraph.repeat(10)}</article><div>${'<div><span>Reader</span><a href="/r">reply</a></div>'.repeat(33_334)}</div></body></html>`;
    const article = extractFromHtml(crowded);
    expect(article.words).toBe(10 * 17);
    expect(article.paragraphs.join(' ')).not.toContain('Reader');
  });

  it('copes with a 1 MB article on one line', async () => {
    const sentence =
      'The council said the bridge would stay closed for repairs until the spring, officials added. ';
    const huge = sentence.repeat(Math.ceil(2 ** 20 / sentence.length));
    const result = await compareWith(extractFromText(huge), {
      id: 'o',
      source: 'AP',
      title: 'T',
      text: sentence.repeat(20),
    });
    expect(result.status).toBe('judged');
  });
});
