import { describe, expect, it } from 'vitest';
import { Matcher } from '../lib/engine/matcher.ts';
import { extractFromHtml } from '../lib/extract/html.ts';
import { expectedJudgements, fixturePages, loadFixtureStories, readFixturePage } from './support/fixtures.ts';
import { articleOfFixture, expectAsExpected } from './support/judge-fixtures.ts';

const matcher = new Matcher();
for (const story of loadFixtureStories()) matcher.addStory(story);
const expected = expectedJudgements();

function judge(name: string) {
  return matcher.match(articleOfFixture(name));
}

describe('fixture pages of every kind', () => {
  it('has an expectation for every page', () => {
    expect(fixturePages().sort()).toEqual(Object.keys(expected).sort());
  });

  for (const [name, want] of Object.entries(expected)) {
    const miss = want.engineSays ? ` (known miss: the engine says ${want.engineSays})` : '';
    it(`${name} is ${want.verdict}${want.original ? ` from ${want.original}` : ''}${miss}`, async () => {
      expectAsExpected(name, want, await judge(name));
    });
  }

  it('names the full version of a story over its shorter first take', async () => {
    const result = await judge('flood-light-edit.txt');
    expect(result.status === 'judged' && result.explanation.original.id).toBe(
      'afp-2026-10-18-piedmont-floods',
    );
  });

  it('keeps page chrome out of a copied article and finds its metadata', () => {
    const article = extractFromHtml(
      readFixturePage('flood-credited-copy.html'),
      'https://dailymeridian.example/x',
    );
    const text = article.paragraphs.join('\n');
    for (const chrome of [
      'Related',
      'Venice flood barrier',
      'Advertisement',
      "Spain's wildfire",
      'Log in',
      'newsletter',
      'Tags:',
      'Rescuers wade',
    ]) {
      expect(text).not.toContain(chrome);
    }
    expect(article.paragraphs[0]).toMatch(/^Flash floods tore through/);
    expect(article.paragraphs.at(-1)).toMatch(/before the end of the year\.$/);
    expect(article).toMatchObject({
      title: 'Flash floods kill four in northern Italy, thousands evacuated',
      siteName: 'The Daily Meridian',
      published: '2026-10-18T19:10:00.000Z',
      canonicalUrl: 'https://dailymeridian.example/world/2026/10/18/italy-floods',
    });
    expect(article.credits).toEqual(
      expect.arrayContaining([
        'ROME (AFP) -',
        'Rescuers wade through a flooded street in Garessio. Photo: AFP',
      ]),
    );
  });

  it('reports the lag between the wire story and the page', async () => {
    const result = await judge('flood-credited-copy.html');
    expect(result.status === 'judged' && result.explanation.lagHours).toBe(3);
  });

  it('marks the reordered page sentence by sentence and lists what it dropped', async () => {
    const result = await judge('flood-reordered.txt');
    if (result.status !== 'judged') throw new Error('not judged');
    const e = result.explanation;
    expect(e.page.every((s) => s.label !== 'added' || s.text.length < 80)).toBe(true);
    expect(e.dropped.some((d) => d.includes('Environment Minister Gilberto Pichetto Fratin'))).toBe(true);
    expect(e.sentences.verbatim + e.sentences.edited).toBeGreaterThan(0);
  });
});
