import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parseCsv, readLabelledSet } from '../cli/labelled-set.ts';
import { groupIntoThreads, storyName } from '../lib/corpus/threads.ts';
import { type CalibrationRow, crossValidate, foldOf } from '../lib/verdict/cross-validate.ts';
import { DEFAULT_MODEL } from '../lib/verdict/default-model.ts';
import { FEATURE_NAMES, type ReuseFeatures } from '../lib/verdict/features.ts';
import { fitModel } from '../lib/verdict/fit.ts';
import { scoreJudgements } from '../lib/verdict/metrics.ts';
import { classProbabilities, likeliestClass, parseModel, REUSE_CLASSES } from '../lib/verdict/model.ts';
import { followingChain, orderFollowed } from '../lib/verdict/sentence-order.ts';
import { containment, longestRun, ngramsOf, tiledWords } from '../lib/verdict/word-ngrams.ts';
import { expectedJudgements, PAGES_DIR, STORIES_JSONL } from './support/fixtures.ts';

/** Folders the labelled-set tests make, removed when they are done. */
const madeFolders: string[] = [];
afterAll(() => {
  for (const folder of madeFolders) rmSync(folder, { recursive: true, force: true });
});

const BIN = resolve(import.meta.dirname, '../bin/wiretrace.mjs');

const features = (over: Partial<ReuseFeatures>): ReuseFeatures =>
  ({ ...Object.fromEntries(FEATURE_NAMES.map((n) => [n, 0])), ...over }) as ReuseFeatures;

/** Rows where the class follows from two features, with a little overlap, in 12 groups. */
function syntheticRows(): CalibrationRow[] {
  const rows: CalibrationRow[] = [];
  for (let i = 0; i < 240; i++) {
    const label = REUSE_CLASSES[i % 3] as CalibrationRow['label'];
    const level = { not: 0.1, partial: 0.45, wholly: 0.85 }[label];
    const jitter = (((i * 7919) % 101) / 101 - 0.5) * 0.3;
    rows.push({
      features: features({ weightedTerms: level + jitter, derived: level - jitter / 2 }),
      label,
      group: `story-${i % 12}`,
      sourceRight: i % 10 !== 0,
    });
  }
  return rows;
}

const options = {
  features: ['weightedTerms', 'derived'] as const,
  select: 'termPairs' as const,
  penalty: 1,
  fittedOn: 'test',
};

describe('fitting the verdict model', () => {
  it('is deterministic: the same rows give the same model to the last digit', () => {
    const rows = syntheticRows();
    expect(JSON.stringify(fitModel(rows, { ...options, features: [...options.features] }))).toBe(
      JSON.stringify(fitModel([...rows], { ...options, features: [...options.features] })),
    );
  });

  it('learns classes that the features separate, and is a model the engine can load', () => {
    const model = parseModel(
      JSON.parse(JSON.stringify(fitModel(syntheticRows(), { ...options, features: [...options.features] }))),
    );
    expect(likeliestClass(classProbabilities(model, features({ weightedTerms: 0.05, derived: 0.05 })))).toBe(
      'not',
    );
    expect(likeliestClass(classProbabilities(model, features({ weightedTerms: 0.45, derived: 0.45 })))).toBe(
      'partial',
    );
    expect(likeliestClass(classProbabilities(model, features({ weightedTerms: 0.9, derived: 0.9 })))).toBe(
      'wholly',
    );
    const p = classProbabilities(model, features({ weightedTerms: 0.6, derived: 0.6 }));
    expect(p.not + p.partial + p.wholly).toBeCloseTo(1, 10);
  });

  it('never fits on refused rows', () => {
    const rows = syntheticRows();
    const refused = rows.map((r) => ({
      ...r,
      features: features({ weightedTerms: 1, derived: 1 }),
      label: 'not' as const,
      refused: true,
    }));
    expect(fitModel([...rows, ...refused], { ...options, features: [...options.features] })).toEqual(
      fitModel(rows, { ...options, features: [...options.features] }),
    );
  });

  it('keeps every story in one fold, and scores each fold on rows it was not fitted on', () => {
    const rows = syntheticRows();
    for (const group of new Set(rows.map((r) => r.group))) expect(foldOf(group, 5)).toBe(foldOf(group, 5));
    const cv = crossValidate(rows, { ...options, features: [...options.features] }, 5);
    expect(cv.folds.length).toBeGreaterThan(1);
    expect(cv.pooled.threeClass).toBeGreaterThan(0.8);
    // Every tenth row names the wrong source: those derived answers are wrong whatever the class.
    expect(cv.pooled.sourceNamed).toBeLessThanOrEqual(0.95);
  });

  it('refuses a model file whose weights do not fit its feature list', () => {
    const broken = { ...DEFAULT_MODEL, mean: [...DEFAULT_MODEL.mean, 0] };
    expect(() => parseModel(broken)).toThrow(/different lengths/);
    expect(() => parseModel({ ...DEFAULT_MODEL, features: ['shoeSize'] })).toThrow();
  });
});

describe('scoring judgements as the METER scorer does', () => {
  it('counts a derived answer naming another story as wrong in both measures', () => {
    const s = scoreJudgements([
      { label: 'wholly', guess: 'wholly', sourceRight: true },
      { label: 'wholly', guess: 'wholly', sourceRight: false },
      { label: 'partial', guess: 'partial', sourceRight: true },
      { label: 'not', guess: 'not', sourceRight: false },
    ]);
    expect(s.confusion.wholly).toEqual({ wholly: 1, partial: 0, not: 0, 'wrong source': 1 });
    expect(s.sourceNamed).toBeCloseTo(2 / 3, 10);
    // Derived: 2 of 3 right, no false alarm (F1 0.8); not derived: 1 of 1 (F1 1).
    expect(s.binary).toBeCloseTo((0.8 + 1) / 2, 10);
  });
});

describe('the parts of the features', () => {
  it('measures n-gram containment, verbatim tiles and their longest run', () => {
    const original = 'the council closed the old bridge on monday for repairs'.split(' ');
    const page = 'on monday the council closed the old bridge again'.split(' ');
    expect(ngramsOf(['a', 'b', 'c'], 2)).toEqual(['a b', 'b c']);
    expect(containment(ngramsOf(page, 3), new Set(ngramsOf(original, 3)))).toBeCloseTo(4 / 7, 10);
    const tiled = tiledWords(page, new Set(ngramsOf(original, 4)), 4);
    expect(tiled).toEqual([false, false, true, true, true, true, true, true, false]);
    expect(longestRun(tiled)).toBe(6);
  });

  it('follows the original in order along the longest order-keeping chain of pairs', () => {
    const pairs = [
      { page: 0, original: 0 },
      { page: 1, original: 3 },
      { page: 2, original: 1 },
      { page: 3, original: 2 },
      { page: 4, original: 4 },
    ];
    expect(followingChain(pairs).map((p) => p.original)).toEqual([0, 1, 2, 4]);
    expect(orderFollowed(pairs)).toBeCloseTo(4 / 5, 10);
    expect(orderFollowed([pairs[0] as (typeof pairs)[0]])).toBe(0);
  });
});

describe('threads of takes', () => {
  const story = (id: string, published?: string) => ({
    key: id.length,
    story: { id, source: 'PA', title: 'T', text: 'x', ...(published ? { published } : {}) },
  });

  it('names a take without its take number or version mark', () => {
    for (const [id, name] of [
      ['courts/01.03.00/chemists/chemists2sub.txt', 'pa|courts/01.03.00/chemists/chemists'],
      ['courts/01.03.00/chemists/chemists1nl.txt', 'pa|courts/01.03.00/chemists/chemists'],
      ['tag:reuters.com,2026:newsml_L8N3AB:2', 'pa|tag:reuters.com,2026:newsml_l8n3ab'],
      ['ap-2026-09-22-hurst-sentenced~v2', 'pa|ap-2026-09-22-hurst-sentenced'],
      ['story-12345', 'pa|story-12345'],
    ] as const)
      expect(storyName({ id, source: 'PA' })).toBe(name);
  });

  it('groups takes of one story within two days, oldest first, and keeps other stories apart', () => {
    const threads = groupIntoThreads([
      story('chemists/chemists2.txt', '2000-03-01T13:40:00Z'),
      story('diver/diver1.txt', '2000-03-01T15:51:00Z'),
      story('chemists/chemists1.txt', '2000-03-01T11:29:00Z'),
      story('chemists/chemists3.txt', '2000-03-05T11:29:00Z'),
    ]);
    expect(threads.map((t) => t.takes.map((take) => take.story.id))).toEqual([
      ['chemists/chemists1.txt', 'chemists/chemists2.txt'],
      ['diver/diver1.txt'],
      ['chemists/chemists3.txt'],
    ]);
  });
});

describe('labelled sets', () => {
  it('reads comma-separated values with quoted fields and either line ending', () => {
    expect(parseCsv('a,b\r\n"x, y","say ""hi"""\n\n1,2')).toEqual([
      ['a', 'b'],
      ['x, y', 'say "hi"'],
      ['1', '2'],
    ]);
  });

  /** The fixture pages as a labelled set, in the documented layout. */
  function fixtureSet(): string {
    const dir = mkdtempSync(join(tmpdir(), 'wiretrace-labelled-'));
    madeFolders.push(dir);
    mkdirSync(join(dir, 'pages'));
    copyFileSync(STORIES_JSONL, join(dir, 'stories.jsonl'));
    const label = {
      syndicated: 'wholly_derived',
      rewritten: 'wholly_derived',
      partial: 'partially_derived',
      unrelated: 'non_derived',
    };
    const rows = ['page,label,sources,group'];
    for (const [page, want] of Object.entries(expectedJudgements())) {
      if (want.verdict === 'insufficient') continue;
      copyFileSync(join(PAGES_DIR, page), join(dir, 'pages', page));
      rows.push(
        `${page},${label[want.verdict as keyof typeof label]},${want.original ?? ''},${page.split('-')[0]}`,
      );
    }
    writeFileSync(join(dir, 'labels.csv'), `${rows.join('\n')}\n`);
    return dir;
  }

  it('finds the pages, labels, sources and groups of a set', () => {
    const set = readLabelledSet(fixtureSet());
    expect(set.pages.length).toBe(16);
    expect(set.pages.find((p) => p.file.endsWith('court-rewrite.html'))).toMatchObject({
      label: 'wholly',
      sources: ['ap-2026-09-22-hurst-sentenced'],
      group: 'court',
    });
  });

  it('calibrates a model that `match --model` and `eval --model` take, and scores it beside the naive reference', () => {
    const dir = fixtureSet();
    const out = join(dir, 'model.json');
    const run = (...args: string[]) => spawnSync(process.execPath, [BIN, ...args], { encoding: 'utf8' });
    const fitted = run('calibrate', '--folds', '4', '--out', out, dir);
    expect(fitted.status, fitted.stderr).toBe(0);
    expect(fitted.stderr).toMatch(/16 labelled pages; 4-fold cross-validation grouped by story/);
    const model = parseModel(JSON.parse(readFileSync(out, 'utf8')));
    expect(model.features).toEqual(DEFAULT_MODEL.features);
    expect(run('calibrate', '--folds', '4', dir).stdout).toBe(readFileSync(out, 'utf8'));
    const scored = run('eval', '--model', out, dir);
    expect(scored.status, scored.stderr).toBe(0);
    expect(scored.stdout).toMatch(
      /naive word 3-gram containment \(0\.4 \/ 0\.15\)\s+\d\.\d{3}\s+\d\.\d{3}\s+\d\.\d{3}/,
    );
    expect(scored.stdout).toMatch(/wiretrace\s+\d\.\d{3}\s+\d\.\d{3}\s+\d\.\d{3}/);
    const refused = run('calibrate', '--features', 'shoeSize', dir);
    expect(refused.status).toBe(2);
    expect(refused.stderr).toMatch(/unknown features: shoeSize/);
  });
});
