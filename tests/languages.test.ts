import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { extractFromHtml } from '../lib/extract/html.ts';
import type { ExpectedJudgement } from './support/fixtures.ts';
import {
  languageDir as dirOf,
  languageExpectations as expectedOf,
  fixtureLanguages,
  languagePages as pagesOf,
} from './support/language-fixtures.ts';
import { runWiretrace } from './support/run-wiretrace.ts';

/**
 * Wire stories and the pages that reuse them in eleven of the wires'
 * languages, written for these tests (tests/fixtures/languages/README.md),
 * judged through the command line as a journalist would run it.
 */
const LANGUAGES = fixtureLanguages();

interface MatchRecord {
  file: string;
  verdict: string;
  reason?: string;
  original: { id: string } | null;
  credited: boolean;
}

function matchRecords(corpus: string, pages: string[]): MatchRecord[] {
  const run = runWiretrace(['match', '--json', '--corpus', corpus, ...pages]);
  expect(run.code, run.stderr).toBe(0);
  return run.stdout
    .trim()
    .split('\n')
    .map((line) => JSON.parse(line) as MatchRecord);
}

/** The text of a page's chrome: what no article of it may contain. */
function chromeTexts(html: string): string[] {
  const { document } = parseHTML(html);
  const chrome = document.querySelectorAll(
    '.cookie-banner, nav, .menu, .related-box, .more-stories, .sidebar, .newsletter-box, footer, .footer, .share',
  );
  return [...chrome]
    .flatMap((element) =>
      [...element.querySelectorAll('p, a, h2, h3, h4')].map((e) => e.textContent?.trim() ?? ''),
    )
    .filter((text) => text.length > 3)
    .map((text) => text.replace(/…$/, ''));
}

/** The paragraphs a reader sees as the article's body, in order. */
function bodyParagraphs(html: string): string[] {
  const { document } = parseHTML(html);
  return [...document.querySelectorAll('article > p:not(.byline):not(.source), .standfirst p, .content > p')]
    .filter((p) => !p.querySelector('em'))
    .map((p) => p.textContent?.trim() ?? '');
}

describe.each(LANGUAGES)('the wires in %s', (language) => {
  const expected = expectedOf(language);

  it('has an expectation for every page', () => {
    expect(pagesOf(language)).toEqual(Object.keys(expected).sort());
  });

  it('judges every page as a careful reader does (or as its known miss says)', () => {
    const pages = pagesOf(language);
    const records = matchRecords(
      join(dirOf(language), 'stories.jsonl'),
      pages.map((page) => join(dirOf(language), 'pages', page)),
    );
    for (const [i, page] of pages.entries()) {
      const want = expected[page] as ExpectedJudgement;
      const got = records[i] as MatchRecord;
      expect(got.file.endsWith(page)).toBe(true);
      expect(got.verdict, `${language}/${page}`).toBe(want.engineSays ?? want.verdict);
      if (got.verdict === 'unrelated') continue;
      expect(got.original?.id, `${language}/${page}`).toBe(want.original);
      if (want.credited !== undefined) expect(got.credited, `${language}/${page}`).toBe(want.credited);
    }
  });

  for (const page of pagesOf(language).filter((name) => name.endsWith('.html'))) {
    it(`reads ${page}: the body in order, no chrome, its title and language`, () => {
      const html = readFileSync(join(dirOf(language), 'pages', page), 'utf8');
      const article = extractFromHtml(html, `https://news.example/${language}/${page}`);
      const text = article.paragraphs.join('\n');
      const body = bodyParagraphs(html);
      // A teaser may quote the article it sits beside; a menu's one word ("Region") may be a word of it.
      const chrome = chromeTexts(html).filter((line) => !body.some((p) => p.includes(line)));
      for (const line of chrome.filter((c) => c.length >= 20))
        expect(text, `${page} keeps "${line}"`).not.toContain(line);
      for (const line of chrome) expect(article.paragraphs, `${page} keeps "${line}"`).not.toContain(line);
      expect(body.length).toBeGreaterThan(2);
      let at = -1;
      for (const paragraph of body) {
        const found = article.paragraphs.findIndex((p, i) => i > at && p.includes(paragraph.slice(-40)));
        expect(found, `${page} lost or moved "${paragraph.slice(0, 60)}"`).toBeGreaterThan(at);
        at = found;
      }
      const headline = parseHTML(html).document.querySelector('h1')?.textContent ?? '';
      expect(article.title).toBe(headline.replace(/\s+/gu, ' ').trim());
      expect(article.language).toBe(language);
    });
  }
});

describe('a page in a language the cache has no stories in', () => {
  it('is unrelated, with the reason, not judged against stories in another language', () => {
    const [french, japanese] = matchRecords(join(dirOf('es'), 'stories.jsonl'), [
      join(dirOf('fr'), 'pages', 'copy.html'),
      join(dirOf('ja'), 'pages', 'copy.html'),
    ]);
    expect(french).toMatchObject({ verdict: 'unrelated', reason: 'no stories in French in the cache' });
    expect(japanese).toMatchObject({ verdict: 'unrelated', reason: 'no stories in Japanese in the cache' });
  });
});
