import type { DiffPart } from '../lib/align/word-diff.ts';
import type { Explanation } from '../lib/explain/explanation.ts';
import type { Style } from './style.ts';
import { percent, sentenceCounts } from './summary.ts';

const MARK = { verbatim: '=', edited: '~', paraphrased: '≈', added: '+' } as const;

/** The full explanation, for a person at a terminal. */
export function diffReport(e: Explanation, style: Style): string {
  const lines = [
    style.strong(`Verdict: ${e.verdict}`),
    `Original: ${e.original.source} — "${e.original.title}"${e.original.published ? ` (${e.original.published})` : ''}`,
    `Page: ${percent(e.coverage.page)} derived; original: ${percent(e.coverage.original)} used; ${sentenceCounts(e)}`,
    `Credit: ${e.credited ? `given (${e.creditLines.join(' | ')})` : `not found — no line of the page read credits ${e.original.source}`}`,
    '',
    style.strong('Page, sentence by sentence (= verbatim, ~ edited, ≈ paraphrased, + added):'),
    ...e.page.flatMap((s) => pageSentence(s, style)),
  ];
  if (e.dropped.length)
    lines.push('', style.strong('Dropped from the original:'), ...e.dropped.map((d) => `  - ${d}`));
  if (e.quotes.altered.length) {
    lines.push('', style.strong('Altered quotes:'));
    for (const q of e.quotes.altered) lines.push(`  page:     "${q.page}"`, `  original: "${q.original}"`);
  }
  if (e.quotes.kept.length)
    lines.push('', style.strong('Quotes kept:'), ...e.quotes.kept.map((q) => `  "${q}"`));
  if (e.changes.length) {
    lines.push('', style.strong('Changed facts:'));
    for (const c of e.changes)
      lines.push(`  ${c.kind}: ${style.removed(c.original)} → ${style.added(c.page)}`);
  }
  if (e.wording.length) {
    lines.push('', style.strong('Wording (words swapped, no fact changed):'));
    lines.push(`  ${e.wording.map((c) => `${c.original} → ${c.page}`).join('; ')}`);
  }
  return `${lines.join('\n')}\n`;
}

function pageSentence(s: Explanation['page'][number], style: Style): string[] {
  const mark = MARK[s.label];
  if (s.label === 'added') {
    const note = s.repeats ? style.dim(' (repeats an earlier paragraph)') : '';
    return [`${mark} ${style.added(s.text)}${note}`];
  }
  if (s.label === 'verbatim' || !s.diff) return [`${mark} ${s.text}`];
  if (s.label === 'paraphrased') return [`${mark} ${s.text}`, style.dim(`    from: ${s.original ?? ''}`)];
  return [`${mark} ${inlineDiff(s.diff, style)}`];
}

export function inlineDiff(parts: readonly DiffPart[], style: Style): string {
  let line = '';
  for (const part of parts) {
    const text =
      part.op === 'insert'
        ? style.added(part.text)
        : part.op === 'delete'
          ? style.removed(part.text)
          : part.text;
    line += line && !/^[.,;:!?)\]%]/.test(part.text) ? ` ${text}` : text;
  }
  return line;
}
