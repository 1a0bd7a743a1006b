import type { MatchResult } from '../lib/engine/matcher.ts';
import type { Explanation } from '../lib/explain/explanation.ts';
import { describeLag } from '../lib/explain/lag.ts';
import { NOT_DERIVED, sameStoryWords, verdictWords } from '../lib/explain/verdict-words.ts';

/** One line about a page: the verdict, the original, and the essentials of what changed. */
export function summaryLine(result: MatchResult): string {
  if (result.status === 'too-short' || result.status === 'over-time') return `Not judged: ${result.reason}.`;
  if (result.status === 'no-match') return `${NOT_DERIVED}${result.reason ? `: ${result.reason}` : ''}.`;
  const e = result.explanation;
  if (e.sameStory) return `${sameStoryWords(e.original)} (${e.original.id}).`;
  if (e.verdict === 'unrelated') return `${NOT_DERIVED}.`;
  return [
    `${verdictWords(e, 'full')}: "${e.original.title}" (${e.original.id})`,
    `${percent(e.coverage.page)} of the page from it, ${percent(e.coverage.original)} of the original used`,
    sentenceCounts(e),
    e.credited ? 'credited' : 'credit not found',
    ...(e.lagHours === null ? [] : [describeLag(e.lagHours, e.lagByDay)]),
  ].join('; ');
}

export function sentenceCounts(e: Explanation): string {
  const s = e.sentences;
  return `sentences: ${s.verbatim} verbatim, ${s.edited} edited, ${s.paraphrased} paraphrased, ${s.added} added, ${s.dropped} dropped`;
}

export function percent(share: number): string {
  return `${Math.round(share * 100)}%`;
}
