import type { MatchResult } from '../engine/matcher.ts';

/** The one-line JSON record `wiretrace match --json` prints for a page. */
export function jsonRecord(file: string, result: MatchResult): Record<string, unknown> {
  if (result.status !== 'judged') {
    return {
      file,
      verdict: result.status === 'too-short' ? 'insufficient' : 'unrelated',
      ...(result.status === 'too-short' ? { reason: result.reason } : {}),
      original: null,
      score: 0,
      coverage: { page: 0, original: 0 },
      sentences: { verbatim: 0, edited: 0, paraphrased: 0, added: 0, dropped: 0 },
      quotes: { kept: [], altered: [] },
      changes: [],
      credited: false,
    };
  }
  const e = result.explanation;
  return {
    file,
    verdict: e.verdict,
    original: e.verdict === 'unrelated' ? null : e.original,
    score: e.score,
    coverage: e.coverage,
    sentences: e.sentences,
    quotes: e.quotes,
    changes: e.changes,
    credited: e.credited,
    lagHours: e.lagHours,
  };
}
