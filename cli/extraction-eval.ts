import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import { extractFromHtml } from '../lib/extract/html.ts';
import { readText } from './inputs.ts';

/**
 * Extraction measured on a folder of real pages with hand-made truth, as
 * ../shared/eval/extraction/score.py measures it: DIR/pages/ID.html and
 * DIR/truth.jsonl, one line a page with the article text it must give
 * (`body`: scored by word tokens) or snippets it must and must not contain
 * (`with`, `without`). Wiretrace beside plain Readability on the same
 * linkedom DOM, with the time each takes a page. (Defuddle 0.19 was tried as a
 * third: five to nine times Readability's time a page, past the budget.)
 */
interface Truth {
  id: string;
  url?: string;
  body?: string;
  with?: string[];
  without?: string[];
}

type Extract = (html: string, url: string | null) => string;

export const EXTRACTORS: Record<string, Extract> = {
  wiretrace: (html, url) => {
    return extractFromHtml(html, url).paragraphs.join('\n');
  },
  readability: (html) => {
    const { document } = parseHTML(html);
    return new Readability(document as unknown as Document).parse()?.textContent ?? '';
  },
};

export interface ExtractionScore {
  name: string;
  pages: number;
  refused: number;
  precision: number;
  recall: number;
  f1: number;
  msPerPage: number;
}

export function evaluateExtraction(dir: string, names = Object.keys(EXTRACTORS)): ExtractionScore[] {
  const truth = readFileSync(join(dir, 'truth.jsonl'), 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as Truth);
  const pages = truth.map((t) => readText(join(dir, 'pages', `${t.id}.html`)));
  const texts = names.map(() => [] as string[]);
  const times = names.map(() => [] as number[]);
  // Page by page, every extractor in turn: the machine's speed drifts, and each must meet the same drift.
  pages.forEach((html, i) => {
    names.forEach((name, e) => {
      const start = performance.now();
      let text = '';
      try {
        text = (EXTRACTORS[name] as Extract)(html, truth[i]?.url ?? null);
      } catch {
        text = '';
      }
      times[e]?.push(performance.now() - start);
      texts[e]?.push(text);
    });
  });
  return names.map((name, e) => ({
    name,
    ...score(truth, texts[e] ?? []),
    msPerPage: median(times[e] ?? []),
  }));
}

function score(truth: readonly Truth[], texts: readonly string[]) {
  const refused = texts.filter((t) => !t.trim()).length;
  if (truth[0]?.body !== undefined) {
    let [p, r, f] = [0, 0, 0];
    truth.forEach((t, i) => {
      const gold = tokens(t.body ?? '');
      const got = tokens(texts[i] ?? '');
      let shared = 0;
      for (const [token, n] of got) shared += Math.min(n, gold.get(token) ?? 0);
      const precision = sum(got) ? shared / sum(got) : 0;
      const recall = sum(gold) ? shared / sum(gold) : 0;
      p += precision;
      r += recall;
      f += precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
    });
    const n = truth.length;
    return { pages: n, refused, precision: p / n, recall: r / n, f1: f / n };
  }
  let [tp, fn, fp] = [0, 0, 0];
  truth.forEach((t, i) => {
    const text = fold(texts[i] ?? '');
    for (const s of t.with ?? []) text.includes(fold(s)) ? tp++ : fn++;
    for (const s of t.without ?? []) if (text.includes(fold(s))) fp++;
  });
  const precision = tp + fp ? tp / (tp + fp) : 0;
  const recall = tp + fn ? tp / (tp + fn) : 0;
  const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
  return { pages: truth.length, refused, precision, recall, f1 };
}

function fold(text: string): string {
  return text.toLowerCase().split(/\s+/).filter(Boolean).join(' ');
}

/** Word tokens as the scorer counts them (Python's `\w+`, which is Unicode-aware). */
function tokens(text: string): Map<string, number> {
  const counts = new Map<string, number>();
  for (const token of text.toLowerCase().match(/[\p{L}\p{N}_\p{M}]+/gu) ?? [])
    counts.set(token, (counts.get(token) ?? 0) + 1);
  return counts;
}

function sum(counts: Map<string, number>): number {
  let total = 0;
  for (const n of counts.values()) total += n;
  return total;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted.length ? (sorted[Math.floor(sorted.length / 2)] as number) : 0;
}

export function extractionReport(dir: string, scores: readonly ExtractionScore[]): string {
  const base = scores.find((s) => s.name === 'readability')?.msPerPage ?? 0;
  return [
    `${dir}:`,
    `${'extractor'.padEnd(14)}precision  recall  F1      refused  ms a page (median)  × Readability`,
    ...scores.map(
      (s) =>
        `${s.name.padEnd(14)}${s.precision.toFixed(3).padEnd(11)}${s.recall.toFixed(3).padEnd(8)}${s.f1.toFixed(3).padEnd(8)}${`${s.refused}/${s.pages}`.padEnd(9)}${s.msPerPage.toFixed(1).padEnd(20)}${base ? (s.msPerPage / base).toFixed(2) : '-'}`,
    ),
    '',
  ].join('\n');
}
