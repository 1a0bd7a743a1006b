import { extractFromHtml, MAX_DOM_DEPTH } from '../lib/extract/html.ts';
import { median } from './measure.ts';

const PARAGRAPH =
  '<p>The council said the bridge would stay closed for repairs until the spring, officials added on Monday.</p>';
const RUNS = 5;

function nested(depth: number): string {
  return `<html><body>${'<div>'.repeat(depth)}${PARAGRAPH.repeat(4)}${'</div>'.repeat(depth)}</body></html>`;
}

function crowded(replies: number): string {
  const reply = '<div><span>Reader</span><a href="/r">reply</a></div>';
  return `<html><body><article>${PARAGRAPH.repeat(10)}</article><div>${reply.repeat(replies)}</div></body></html>`;
}

/**
 * Pages made to be slow: nested past what a browser builds, or crowded with
 * 100,000 elements. Each is timed beside its reference in the same run, taking
 * turns, so the ratios hold on a machine of any speed: a page past the depth
 * limit should cost about what one at the limit costs (it is flattened or
 * refused), and ten times the elements about ten times the time.
 */
export function hostilePageRows(runs = RUNS): string[][] {
  const cases: [string, string, string][] = [
    [`nested ${MAX_DOM_DEPTH + 88} deep`, nested(MAX_DOM_DEPTH + 88), nested(MAX_DOM_DEPTH)],
    ['nested 100,000 deep (refused)', nested(100_000), nested(MAX_DOM_DEPTH)],
    ['100,000 elements', crowded(33_334), crowded(3_334)],
  ];
  const rows = [['hostile page', 'median', 'reference', 'median', 'ratio', 'target']];
  const targets = ['< 3', '< 3', '< 15'];
  const references = [`nested ${MAX_DOM_DEPTH} deep`, `nested ${MAX_DOM_DEPTH} deep`, '10,000 elements'];
  for (const [i, [name, page, reference]] of cases.entries()) {
    const pageTimes: number[] = [];
    const referenceTimes: number[] = [];
    for (let run = 0; run < runs; run++) {
      pageTimes.push(timed(page));
      referenceTimes.push(timed(reference));
    }
    const [a, b] = [median(pageTimes), median(referenceTimes)];
    rows.push([
      name,
      `${a.toFixed(0)} ms`,
      references[i] as string,
      `${b.toFixed(0)} ms`,
      (a / b).toFixed(2),
      targets[i] as string,
    ]);
  }
  return rows;
}

function timed(html: string): number {
  const start = performance.now();
  extractFromHtml(html);
  return performance.now() - start;
}
