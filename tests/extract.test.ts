import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { countWords, hasEnoughText } from '../lib/extract/article.ts';
import { isCreditLine, sourcesNamed, splitDateline } from '../lib/extract/credits.ts';
import { findDate } from '../lib/extract/dates.ts';
import { extractFromHtml } from '../lib/extract/html.ts';
import { extractFromText } from '../lib/extract/plain-text.ts';
import { storyParagraphs } from '../lib/extract/story-text.ts';
import { wireOfCopy } from '../lib/extract/wire-copy.ts';

const prose = (n: number) =>
  `Paragraph ${n} of the story says what happened in the town and why it matters to the people who live there.`;

describe('credit lines', () => {
  it.each([
    'Reporting by Christopher Bing; Editing by Grant McCool',
    'Additional reporting by Jane Roe in Paris',
    'The Associated Press contributed to this report.',
    'People walk past the booth in Barcelona. REUTERS/Albert Gea/File Photo',
    'Rescuers at work. (Photo by Marco Bertorello/AFP via Getty Images)',
    '© 2026 Reuters. All rights reserved.',
    'WASHINGTON (Reuters) -',
  ])('recognises %s', (line) => {
    expect(isCreditLine(line)).toBe(true);
  });

  it.each([
    'The company said it would appeal the ruling.',
    'Reuters was not able to verify the claim independently, officials said.',
  ])('does not take story text for a credit: %s', (line) => {
    expect(isCreditLine(line)).toBe(false);
  });

  it('separates a dateline credit from the paragraph it opens', () => {
    expect(splitDateline('LONDON (Reuters) - Prices rose.')).toEqual({
      text: 'Prices rose.',
      credit: 'LONDON (Reuters) -',
    });
    expect(splitDateline('MARCH 31 - The US government began.')).toEqual({
      text: 'The US government began.',
      credit: null,
    });
  });

  it('names the wire sources a line mentions', () => {
    expect(sourcesNamed(['(AP) — Officials said', 'Photo: AFP', 'with Reuters']).sort()).toEqual([
      'AFP',
      'AP',
      'Reuters',
    ]);
    expect(sourcesNamed(['The apple harvest was poor.'])).toEqual([]);
  });
});

describe('findDate', () => {
  it.each([
    ['April 1, 2022', '2022-04-01'],
    ['Published 1 April 2022, 10:00', '2022-04-01'],
    ['Sept. 22, 2026', '2026-09-22'],
    ['2026-10-18T16:40:00Z', '2026-10-18'],
    ['no date here', null],
  ])('%s → %s', (text, date) => {
    expect(findDate(text)).toBe(date);
  });
});

describe('countWords', () => {
  const byDefinition = (text: string) => text.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
  const pieces = fc.constantFrom(
    'a',
    'Z',
    '7',
    'é',
    '日本',
    '𝒜',
    '😀',
    '-',
    '—',
    '.',
    ' ',
    '\n',
    '\t',
    '\u00a0',
    '\u2003',
    '\u3000',
    '\ufeff',
    '\u0085',
    '\ud800',
  );

  it('counts the runs between white space that hold a letter or a digit, in any script', () => {
    expect(countWords('Floods hit 3 towns — 12 dead · “Awful,” she said.')).toBe(9);
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string({ unit: 'binary' }),
          fc.array(pieces).map((p) => p.join('')),
        ),
        (text) => {
          expect(countWords(text)).toBe(byDefinition(text));
        },
      ),
      { numRuns: 2_000 },
    );
  });
});

describe('extractFromHtml', () => {
  it('keeps the first and last paragraphs even outside the main container', () => {
    const html = `<html><body><nav><a href="/">Home</a><a href="/news">News</a></nav>
      <div class="lede"><p>${prose(1)}</p></div>
      <div class="body">${[2, 3, 4, 5, 6].map((n) => `<p>${prose(n)}</p>`).join('')}</div>
      <div class="coda"><p>${prose(7)}</p></div>
      <aside class="related"><h3>Related</h3><p>Another story that a reader might click on instead of this one...</p></aside>
      <footer><p>© 2026 Example. All rights reserved.</p></footer></body></html>`;
    const article = extractFromHtml(html);
    expect(article.paragraphs).toEqual([1, 2, 3, 4, 5, 6, 7].map(prose));
  });

  it('reads page text as text, never as markup', () => {
    const html = `<html><body><article>${[1, 2, 3].map((n) => `<p>${prose(n)}</p>`).join('')}
      <p>He wrote &lt;script&gt;alert(1)&lt;/script&gt; on the wall of the town hall, the police said today.</p></article></body></html>`;
    expect(extractFromHtml(html).paragraphs.at(-1)).toContain('<script>alert(1)</script>');
  });

  it('reads meta tags by property, then name, then itemprop, passing over blank ones', () => {
    const html = `<html><head><title>Page title - Site</title>
      <meta name="og:title" content="Named title"><meta property="og:title" content="Property title">
      <meta property="author" content="  "><meta name="byl" content="By  Ana Ruiz">
      <meta itemprop="datePublished" content="2026-03-04T05:06:07Z">
      <meta property="og:site_name" content="The Gazette"><meta property="og:site_name" content="Second">
      </head><body><article>${[1, 2, 3].map((n) => `<p>${prose(n)}</p>`).join('')}</article></body></html>`;
    const article = extractFromHtml(html, 'https://example.org/a');
    expect(article.title).toBe('Property title');
    expect(article.byline).toBe('By Ana Ruiz');
    expect(article.published).toBe('2026-03-04T05:06:07.000Z');
    expect(article.siteName).toBe('The Gazette');
  });

  it('refuses to judge a page with too little text', () => {
    const article = extractFromHtml(
      '<html><body><ul><li><a href="/a">One headline</a></li></ul></body></html>',
    );
    expect(hasEnoughText(article)).toBe(false);
  });
});

describe('extractFromText', () => {
  it('finds title, byline and date above the body, and drops chrome around it', () => {
    const text = [
      'Home',
      'News',
      'A headline about the town and its floods',
      'By Jane Roe',
      'March 3, 2026',
      '',
      ...[1, 2, 3].map(prose),
      'You might also like',
      'Another headline about something else entirely',
      prose(4),
      'Share this article',
      'Previous Post',
    ].join('\n');
    const article = extractFromText(text);
    expect(article).toMatchObject({
      title: 'A headline about the town and its floods',
      byline: 'Jane Roe',
      published: '2026-03-03',
    });
    expect(article.paragraphs).toEqual([1, 2, 3, 4].map(prose));
  });

  it('joins hard-wrapped lines back into paragraphs', () => {
    const wrapped =
      'The council voted on Tuesday to close the old bridge for\nrepairs that will take most of the winter, officials said.';
    expect(extractFromText(`${wrapped}\n\n${prose(2)}`).paragraphs[0]).toBe(wrapped.replace('\n', ' '));
  });
});

describe('storyParagraphs', () => {
  it('drops headline lines, captions and link text but keeps summary bullets and credits', () => {
    const text = `EXCLUSIVE Headline words here\n\n• A summary bullet without a full stop\n\n${prose(1)} Continue reading\n\nA photo of the town. REUTERS/Jane Roe\n\n${prose(2)}\n\nReporting by Jane Roe`;
    expect(storyParagraphs(text)).toEqual([
      'A summary bullet without a full stop',
      prose(1),
      prose(2),
      'Reporting by Jane Roe',
    ]);
  });
});

describe('hard-wrapped text', () => {
  it('rebuilds paragraphs from text wrapped at a fixed width with no blank lines', () => {
    const text = [
      'A man who stole more than 200 bicycles from railway stations across',
      'the north of England was jailed for three years yesterday at Leeds',
      'Crown Court.',
      'The judge told him his crimes had caused misery to hundreds of',
      'commuters who relied on their bicycles to get to work every day.',
      'He admitted 34 charges of theft.',
    ].join('\n');
    expect(extractFromText(text).paragraphs).toEqual([
      'A man who stole more than 200 bicycles from railway stations across the north of England was jailed for three years yesterday at Leeds Crown Court.',
      'The judge told him his crimes had caused misery to hundreds of commuters who relied on their bicycles to get to work every day.',
      'He admitted 34 charges of theft.',
    ]);
  });
});

describe('a wire’s copy, by its opening dateline', () => {
  const body = (first: string) =>
    `${first}\n\nThe council said the bridge would stay closed for repairs until the spring, officials added on Monday, and a ferry would run in the meantime.\n\nEngineers found cracks in two of its piers during an inspection last month, the council said in a statement.`;

  it('names the wire whose dateline the body opens with, and no wire for a dateline further down', () => {
    const opening =
      'PARIS (AFP) - A bridge over the Seine closed on Monday after engineers found cracks, the city said, leaving commuters to find other routes.';
    expect(wireOfCopy(extractFromText(body(opening)))).toBe('AFP');
    expect(wireOfCopy(extractFromText(body(opening.replace('(AFP)', '(AP)'))))).toBe('AP');
    const later = `${body('A bridge over the Seine closed on Monday after engineers found cracks, the city said, leaving commuters to find other routes.')}\n\nPARIS (AFP) - The city will pay for the repairs, officials said.`;
    expect(wireOfCopy(extractFromText(later))).toBeNull();
    expect(wireOfCopy(extractFromText(`${body(opening)}\n\nReporting by Reuters`))).toBeNull();
  });
});
