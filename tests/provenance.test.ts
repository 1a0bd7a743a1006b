import { describe, expect, it } from 'vitest';
import { readPage } from '../cli/inputs.ts';
import { alignTexts } from '../lib/align/align.ts';
import { termWeightsFrom } from '../lib/align/term-weights.ts';
import { Matcher } from '../lib/engine/matcher.ts';
import type { Explanation } from '../lib/explain/explanation.ts';
import { type ProvenanceRun, provenanceOf } from '../lib/explain/provenance.ts';
import { isSameStory, SAME_STORY } from '../lib/explain/same-story.ts';
import { analyzeParagraphs } from '../lib/normalize/analyze.ts';
import { loadFixtureStories, PAGES_DIR } from './support/fixtures.ts';

const matcher = new Matcher();
for (const story of loadFixtureStories()) matcher.addStory(story);

async function explained(page: string): Promise<Explanation> {
  const result = await matcher.match(readPage(`${PAGES_DIR}/${page}`));
  if (result.status !== 'judged') throw new Error(`${page}: ${result.status}`);
  return result.explanation;
}

/** The share of a page's words with each origin. */
function shares(runs: readonly ProvenanceRun[]): Record<ProvenanceRun['label'], number> {
  const words = { verbatim: 0, rewrite: 0, new: 0 };
  for (const run of runs) words[run.label] += run.text.match(/[\p{L}\p{N}]+/gu)?.length ?? 0;
  const total = words.verbatim + words.rewrite + words.new;
  return { verbatim: words.verbatim / total, rewrite: words.rewrite / total, new: words.new / total };
}

const wordsOf = (text: string): string[] => text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];

describe('the provenance of a page’s words', () => {
  it('covers every word of the page, in order, each run from one original sentence', async () => {
    for (const page of [
      'flood-paraphrase.html',
      'flood-light-edit.txt',
      'flood-partial.html',
      'court-rewrite.html',
    ]) {
      const e = await explained(page);
      const pageWords = e.page.flatMap((s) => wordsOf(s.text));
      expect(
        e.provenance.flatMap((run) => wordsOf(run.text)),
        page,
      ).toEqual(pageWords);
      for (const run of e.provenance) {
        if (run.label === 'rewrite') expect(run.original, page).toBeTruthy();
        if (run.label === 'new') expect(run.original, page).toBeUndefined();
      }
    }
  });

  it('is one computation: each page sentence’s words by origin, joined, are the page’s runs', async () => {
    for (const page of ['flood-paraphrase.html', 'flood-partial.html', 'court-rewrite.html']) {
      const e = await explained(page);
      const labelled = (runs: readonly { text: string; label: string }[]) =>
        runs.flatMap((run) => wordsOf(run.text).map((word) => `${run.label}:${word}`));
      expect(labelled(e.page.flatMap((s) => s.words)), page).toEqual(labelled(e.provenance));
      expect(
        e.page.every((s) => s.words.length > 0),
        page,
      ).toBe(true);
    }
  });

  it('reads a light edit as mostly verbatim, a paraphrase as mostly rewritten, an independent report as mostly new', async () => {
    const light = shares((await explained('flood-light-edit.txt')).provenance);
    expect(light.verbatim).toBeGreaterThan(0.6);
    const paraphrase = shares((await explained('flood-paraphrase.html')).provenance);
    expect(paraphrase.rewrite).toBeGreaterThan(paraphrase.verbatim);
    expect(paraphrase.new).toBeLessThan(0.3);
    const independent = shares((await explained('flood-independent.txt')).provenance);
    expect(independent.new).toBeGreaterThan(0.7);
  });

  it('takes a run of three words the original has in order as copied, and two as chance, outside a sentence it derives from', async () => {
    for (const page of ['flood-partial.html', 'court-partial.txt', 'bikes-partial.txt']) {
      const e = await explained(page);
      const loose = e.provenance.filter((r) => r.label === 'verbatim' && r.original === undefined);
      for (const run of loose) expect(wordsOf(run.text).length, page).toBeGreaterThanOrEqual(3);
    }
  });

  it('takes the words an aligned sentence keeps of its original, in order, as verbatim, the rest of it as rewritten', async () => {
    const e = await explained('flood-paraphrase.html');
    const aligned = e.provenance.filter((r) => r.original !== undefined);
    expect(aligned.some((r) => r.label === 'verbatim')).toBe(true);
    // Its verbatim words are its original sentence's, or in a run of three the thread has elsewhere.
    const thread = new Set(
      loadFixtureStories()
        .filter((story) => story.id.startsWith('afp-2026-10-18-piedmont-floods'))
        .flatMap((story) => wordsOf(story.text)),
    );
    for (const run of aligned.filter((r) => r.label === 'verbatim'))
      for (const word of wordsOf(run.text)) expect(thread.has(word), word).toBe(true);
  });
});

describe('the same story, written independently', () => {
  it('is an independent report that names the story’s people, places and figures, never a derived page or another story', async () => {
    for (const page of ['flood-independent.txt', 'court-independent.txt', 'bikes-independent.txt'])
      expect((await explained(page)).sameStory, page).toBe(true);
    for (const page of [
      'flood-unrelated-topic.html',
      'battery-independent.html',
      'flood-paraphrase.html',
      'court-partial.txt',
    ])
      expect((await explained(page)).sameStory, page).toBe(false);
  });

  it('needs enough shared names, and enough of the page’s', () => {
    expect(isSameStory({ shared: SAME_STORY.minShared, page: 10 })).toBe(true);
    expect(isSameStory({ shared: SAME_STORY.minShared - 1, page: 3 })).toBe(false);
    expect(isSameStory({ shared: 5, page: 40 })).toBe(false);
  });
});

describe('a written word has one origin', () => {
  const weights = termWeightsFrom(1, new Map());
  const runsOf = (page: string, original: string) => {
    const [p, o] = [analyzeParagraphs([page]), analyzeParagraphs([original])];
    return provenanceOf(p, o, alignTexts(p, o, weights)).runs;
  };

  it('never cuts "3in" or "22-year-old" between two runs', () => {
    const runs = runsOf(
      'Smith, a 22-year-old lorry driver of 6ft 3in, was nicknamed the Honey Monster by workmates.',
      'Smith, a 22 year old driver, was 6ft 3 tall and nicknamed the Honey Monster.',
    );
    const written = runs.flatMap((run) => run.text.split(/\s+/));
    expect(written).toContain('22-year-old');
    expect(written.some((w) => w.startsWith('3in'))).toBe(true);
    expect(runs.map((r) => r.label)).toContain('verbatim');
  });

  it('keeps each Chinese word apart: words written together are still words', () => {
    const runs = runsOf('警方说，北京市昨天发生地震。', '北京市昨天发生地震，警方说。');
    expect(runs.length).toBeGreaterThan(0);
    expect(runs.map((r) => r.text).join('')).toContain('北京市');
  });
});
