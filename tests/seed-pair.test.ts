import { describe, expect, it } from 'vitest';
import { Matcher } from '../lib/engine/matcher.ts';
import type { Explanation } from '../lib/explain/explanation.ts';
import { extractFromText } from '../lib/extract/plain-text.ts';
import { loadFixtureStories } from './support/fixtures.ts';
import { bare, fold, HAVE_SEEDS, readSeed } from './support/seeds.ts';

interface SeedPair {
  original: { source: string; published: string; title: string; not_article_text: string[] };
  rewrite: {
    published: string;
    article_starts_with: string;
    article_ends_with: string;
    not_article_text: string[];
  };
  expected: {
    verdict: string;
    original_source: string;
    rewrite_credits_original: boolean;
    published_lag_days: number;
  };
  pairs: { rewrite: string; original: string }[];
  dropped: string[];
  added: { rewrite: string; why: string }[];
  altered_quotes: { rewrite: string; original: string }[];
  kept_quotes: string[];
  changed_facts: { rewrite: string; original: string }[];
}

describe.skipIf(!HAVE_SEEDS)('the seed pair (../shared/seeds)', () => {
  const seed = (HAVE_SEEDS ? JSON.parse(readSeed('seed-pair.json')) : {}) as SeedPair;
  const page = HAVE_SEEDS ? extractFromText(readSeed('rewrite-page.txt')) : null;

  async function explanation(): Promise<Explanation> {
    const matcher = new Matcher();
    for (const story of loadFixtureStories()) matcher.addStory(story);
    matcher.addStory({
      id: 'seed-reuters',
      source: seed.original.source,
      title: seed.original.title,
      text: readSeed('wire-original.txt'),
      published: seed.original.published,
    });
    const result = await matcher.match(page as NonNullable<typeof page>);
    if (result.status !== 'judged') throw new Error(`expected a judgement, got ${result.status}`);
    return result.explanation;
  }

  it('extracts the article and none of the page chrome', () => {
    const text = fold((page?.paragraphs ?? []).join('\n'));
    expect(text.startsWith(fold(seed.rewrite.article_starts_with))).toBe(true);
    expect(text.trimEnd().replace(/\W+$/, '').endsWith(fold(seed.rewrite.article_ends_with))).toBe(true);
    for (const chrome of seed.rewrite.not_article_text) expect(text).not.toContain(fold(chrome));
    expect(page?.published).toBe(seed.rewrite.published);
  });

  it('names the Reuters story and calls the page a rewrite, no credit found, a day later', async () => {
    const e = await explanation();
    expect(e.verdict).toBe(seed.expected.verdict);
    expect(e.original.id).toBe('seed-reuters');
    expect(e.original.source).toBe(seed.expected.original_source);
    expect(e.credited).toBe(seed.expected.rewrite_credits_original);
    expect(e.lagHours).toBe(seed.expected.published_lag_days * 24);
  });

  it('aligns 22 of the 23 sentence pairs (what the engine reaches: never fewer)', async () => {
    const e = await explanation();
    const aligned = seed.pairs.filter((pair) =>
      e.page.some(
        (s) =>
          fold(s.text).includes(fold(pair.rewrite)) && fold(s.original ?? '').includes(fold(pair.original)),
      ),
    );
    expect(seed.pairs.length).toBe(23);
    expect(aligned.length).toBeGreaterThanOrEqual(22);
  });

  it('reports 11 of the 12 sentences the rewrite dropped as dropped (what the engine reaches), and at most the one pair it misses', async () => {
    const e = await explanation();
    const dropped = e.dropped.map(fold);
    const found = seed.dropped.filter((phrase) => dropped.some((d) => d.includes(fold(phrase))));
    expect(seed.dropped.length).toBe(12);
    // The one missed, the summary bullet, is taken as merged into the page's opening sentence.
    expect(found.length).toBeGreaterThanOrEqual(11);
    // A pair the engine does not align (1 of 23) is the only kept sentence it may call dropped.
    const keptButDropped = seed.pairs.filter((pair) => dropped.some((d) => d.includes(fold(pair.original))));
    expect(keptButDropped.length).toBeLessThanOrEqual(1);
  });

  it('labels what the rewrite added as added, with no original (the paragraph printed twice: as a repeat)', async () => {
    const e = await explanation();
    for (const extra of seed.added) {
      const sentences = e.page.filter((s) => fold(s.text).includes(fold(extra.rewrite)));
      expect(sentences.length, `added "${extra.rewrite}"`).toBeGreaterThan(0);
      expect(sentences.some((s) => s.label === 'added' && s.original === null && s.repeats !== null)).toBe(
        true,
      );
    }
  });

  it('reports the three altered quotes and keeps the faithful ones', async () => {
    const e = await explanation();
    for (const expected of seed.altered_quotes) {
      const found = e.quotes.altered.some(
        (q) => bare(q.page) === bare(expected.rewrite) && bare(q.original).includes(bare(expected.original)),
      );
      expect(found, `altered quote "${expected.rewrite}"`).toBe(true);
    }
    expect(e.quotes.altered).toHaveLength(seed.altered_quotes.length);
    for (const kept of seed.kept_quotes) expect(e.quotes.kept.map(bare)).toContain(bare(kept));
  });

  it('surfaces all 5 changed facts as changes or word-level edits', async () => {
    const e = await explanation();
    const surfaced = seed.changed_facts.filter((fact) => {
      const newWords = bare(fact.rewrite)
        .split(/\W+/)
        .filter((w) => w.length > 2 && !bare(fact.original).includes(w));
      return e.page.some(
        (s) =>
          fold(s.text).includes(bare(fact.rewrite)) &&
          fold(s.original ?? '').includes(bare(fact.original)) &&
          (s.diff ?? []).some(
            (part) => part.op === 'insert' && newWords.some((w) => fold(part.text).includes(w)),
          ),
      );
    });
    expect(surfaced.map((f) => f.rewrite)).toEqual(seed.changed_facts.map((f) => f.rewrite));
  });

  it('does not take the original story page chrome for story text', async () => {
    const e = await explanation();
    const storyText = fold([...e.page.map((s) => s.original ?? ''), ...e.dropped].join('\n'));
    for (const chrome of seed.original.not_article_text) expect(storyText).not.toContain(fold(chrome));
  });
});
