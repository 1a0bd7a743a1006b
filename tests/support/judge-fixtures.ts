import { expect } from 'vitest';
import type { WiretraceDatabase } from '../../extension/db/database.ts';
import { analyzeArticle } from '../../extension/worker/analyze-page.ts';
import type { MatchResult } from '../../lib/engine/match-article.ts';
import { extractFromHtml } from '../../lib/extract/html.ts';
import { extractFromText } from '../../lib/extract/plain-text.ts';
import { type ExpectedJudgement, expectedJudgements, readFixturePage } from './fixtures.ts';

/** A fixture page's result is what expected.json says: verdict (or the engine's documented miss), original, credit. */
export function expectAsExpected(name: string, want: ExpectedJudgement, result: MatchResult): void {
  if (want.verdict === 'insufficient') {
    expect(result.status, name).toBe('too-short');
    return;
  }
  if (result.status !== 'judged') throw new Error(`${name} not judged: ${result.status}`);
  const e = result.explanation;
  expect(e.verdict, name).toBe(want.engineSays ?? want.verdict);
  if (want.original && e.verdict !== 'unrelated') expect(e.original.id, name).toBe(want.original);
  if (want.credited !== undefined && e.verdict !== 'unrelated') expect(e.credited, name).toBe(want.credited);
}

export function articleOfFixture(name: string) {
  const content = readFixturePage(name);
  return name.endsWith('.html') ? extractFromHtml(content) : extractFromText(content);
}

/** Judges every fixture page against the stories in the database, as expected.json says it should be. */
export async function expectFixturePagesJudged(db: WiretraceDatabase): Promise<void> {
  for (const [name, want] of Object.entries(expectedJudgements()))
    expectAsExpected(name, want, await analyzeArticle(db, articleOfFixture(name)));
}
