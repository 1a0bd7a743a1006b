import type { MatchResult } from '../../lib/engine/judge.ts';
import { countOf } from '../../lib/explain/count-of.ts';
import type { Explanation } from '../../lib/explain/explanation.ts';
import { showsUnasked, type Verdict } from '../../lib/explain/judgement.ts';
import { describeLag } from '../../lib/explain/lag.ts';
import { toneOf } from '../../lib/explain/tone.ts';
import { doubtWords, NO_MATCH, sameStoryWords, verdictWords } from '../../lib/explain/verdict-words.ts';
import type { BadgeSummary, ReuseMark } from '../messages/replies.ts';
import type { Sensitivity } from '../settings.ts';

/** Nothing to show: the badge stays off the page. */
export const NO_BADGE: BadgeSummary = {
  show: false,
  verdict: null,
  tone: 'none',
  line: '',
  changed: [],
  keyChanges: [],
  marks: [],
};

/** The inline badge's content: "Rewrite of Reuters · 1 day later · credit not found", and what lies behind it. */
export function badgeSummary(result: MatchResult, level: Sensitivity): BadgeSummary {
  if (result.status !== 'judged') return NO_BADGE;
  const e = result.explanation;
  // Not derived: nothing shown by itself; asked for, the badge says so, naming the story where it is the same one.
  if (e.verdict === 'unrelated')
    return {
      ...NO_BADGE,
      verdict: 'unrelated',
      line: e.sameStory ? sameStoryWords(e.original) : NO_MATCH,
    };
  // Unsure, the badge is quieter: its line says so with the certainty, and it appears by itself only for
  // "any reuse" readers; so does a finding that rests on a copy read on another site.
  const doubt = doubtWords(e);
  const parts = [verdictWords(e), ...(doubt ? [doubt] : [])];
  if (e.lagHours !== null) parts.push(describeLag(e.lagHours, e.lagByDay));
  parts.push(e.credited ? 'credited' : 'credit not found');
  return {
    show: shows(e.verdict, e.coverage.page, level) && (showsUnasked(e) || level === 'eager'),
    verdict: e.verdict,
    tone: toneOf(e),
    line: parts.join(' · '),
    keyChanges: keyChanges(e),
    marks: e.page
      .filter((s): s is typeof s & ReuseMark => s.label !== 'added')
      .map(({ text, label, words }) => ({ text, label, words })),
    changed: e.changes
      .filter((c) => c.page !== '')
      .slice(0, MAX_CHANGED_MARKED)
      .map((c) => ({ page: c.page, original: c.original, sentence: c.pageSentence })),
  };
}

function shows(verdict: Verdict, coverage: number, level: Sensitivity): boolean {
  if (level === 'on-request') return false;
  if (verdict === 'syndicated' || verdict === 'rewritten') return true;
  if (verdict !== 'partial') return false;
  return level === 'eager' || (level === 'normal' && coverage >= PARTIAL_SHOWN_FROM);
}

/** A partly derived page shows the badge by itself, for the usual reader, from this share of the page on. */
const PARTIAL_SHOWN_FROM = 0.3;

/** Changed facts the badge lists by name; the popup lists them all. */
const FACTS_LISTED = 3;
/** Changed facts marked on the page: enough for any real page, few enough for any page. */
const MAX_CHANGED_MARKED = 50;

function keyChanges(e: Explanation): string[] {
  const s = e.sentences;
  const lines = [
    `${s.verbatim + s.edited} sentences kept or lightly edited, ${s.paraphrased} paraphrased, ${s.added} added, ${s.dropped} dropped`,
  ];
  if (e.quotes.altered.length) lines.push(`${countOf(e.quotes.altered.length, 'quote')} altered`);
  if (e.changes.length) lines.push(`${countOf(e.changes.length, 'fact')} changed`);
  for (const c of e.changes.slice(0, FACTS_LISTED))
    lines.push(
      c.original
        ? `"${c.page || '(left out)'}", where the original has "${c.original}"`
        : `"${c.page}" added`,
    );
  lines.push(`Original: "${e.original.title}"`);
  return lines;
}
