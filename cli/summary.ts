import type { MatchResult } from '../lib/engine/matcher.ts';
import type { Explanation } from '../lib/explain/explanation.ts';
import { describeLag } from '../lib/explain/lag.ts';
import { certaintyWords, NO_MATCH, sameStoryWords, verdictWords } from '../lib/explain/verdict-words.ts';

/** One line about a page: the verdict, the original, and the essentials of what changed. */
export function summaryLine(result: MatchResult): string {
  if (result.status === 'too-short' || result.status === 'over-time') return `Not judged: ${result.reason}.`;
  if (result.status === 'no-match') return `${NO_MATCH}${result.reason ? `: ${result.reason}` : ''}.`;
  const e = result.explanation;
  if (e.sameStory) return `${sameStoryWords(e.original)}: "${e.original.title}" (${e.original.id}).`;
  if (e.verdict === 'unrelated') return `${NO_MATCH}.`;
  return [
    `${verdictWords(e)}: "${e.original.title}" (${e.original.id})`,
    certaintyWords(e.score),
    `${percent(e.coverage.page)} of the page from it, ${percent(e.coverage.original)} of the original used`,
    sentenceCounts(e),
    e.credited ? 'credited' : 'credit not found',
    ...(e.lagHours === null ? [] : [describeLag(e.lagHours, e.lagByDay)]),
  ].join('; ');
}

export function sentenceCounts(e: Explanation): string {
  const s = e.sentences;
  return `sentences: ${s.verbatim} kept, ${s.edited} edited, ${s.paraphrased} paraphrased, ${s.added} added, ${s.dropped} dropped`;
}

export function percent(share: number): string {
  return `${Math.round(share * 100)}%`;
}
