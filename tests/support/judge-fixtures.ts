import { expect } from 'vitest';
import type { WiretraceDatabase } from '../../extension/db/database.ts';
import { analyzeArticle } from '../../extension/worker/analyze-page.ts';
import { extractFromHtml } from '../../lib/extract/html.ts';
import { extractFromText } from '../../lib/extract/plain-text.ts';
import { expectedJudgements, readFixturePage } from './fixtures.ts';

/** Judges every fixture page against the stories in the database, as expected.json says it should be. */
export async function expectFixturePagesJudged(db: WiretraceDatabase): Promise<void> {
  for (const [name, want] of Object.entries(expectedJudgements())) {
    const content = readFixturePage(name);
    const article = name.endsWith('.html') ? extractFromHtml(content) : extractFromText(content);
    const result = await analyzeArticle(db, article);
    if (want.verdict === 'insufficient') {
      expect(result.status, name).toBe('too-short');
      continue;
    }
    if (result.status !== 'judged') throw new Error(`${name} not judged: ${result.status}`);
    expect(result.explanation.verdict, name).toBe(want.verdict);
    if (want.original) expect(result.explanation.original.id, name).toBe(want.original);
  }
}
