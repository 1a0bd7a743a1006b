import type { MatchResult } from '../lib/engine/matcher.ts';

/** The one-line JSON record `wiretrace match --json` prints for a page. */
export function jsonRecord(file: string, result: MatchResult): Record<string, unknown> {
  if (result.status === 'too-short') return emptyRecord(file, 'insufficient', result.reason);
  if (result.status === 'over-time') return emptyRecord(file, 'error', result.reason);
  if (result.status === 'no-match') return emptyRecord(file, 'unrelated', result.reason ?? null);
  const e = result.explanation;
  return {
    file,
    // Not derived but on the same story: "same-story", the wire story named (the scorers count it as not derived).
    verdict: e.sameStory ? 'same-story' : e.verdict,
    confidence: e.confidence,
    original: e.verdict !== 'unrelated' || e.sameStory ? e.original : null,
    score: e.score,
    coverage: e.coverage,
    sentences: e.sentences,
    quotes: e.quotes,
    changes: e.changes,
    wording: e.wording,
    credited: e.credited,
    // How much later a page came out says nothing where it did not come from the original.
    lagHours: e.verdict === 'unrelated' && !e.sameStory ? null : e.lagHours,
    lagByDay: e.lagByDay,
    provenance: e.provenance,
    wordShares: e.wordShares,
  };
}

/** The record for a page that could not be read or judged. */
export function errorRecord(file: string, reason: string): Record<string, unknown> {
  return emptyRecord(file, 'error', reason);
}

function emptyRecord(file: string, verdict: string, reason: string | null): Record<string, unknown> {
  return {
    file,
    verdict,
    ...(reason ? { reason } : {}),
    original: null,
    score: 0,
    coverage: { page: 0, original: 0 },
    sentences: { verbatim: 0, edited: 0, paraphrased: 0, added: 0, dropped: 0 },
    quotes: { kept: [], altered: [] },
    changes: [],
    wording: [],
    credited: false,
  };
}
