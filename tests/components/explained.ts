import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { CacheStats } from '../../extension/messages/replies.ts';
import { compareWith } from '../../lib/engine/matcher.ts';
import type { Explanation } from '../../lib/explain/explanation.ts';
import { extractFromHtml } from '../../lib/extract/html.ts';
import { loadFixtureStories, PAGES_DIR } from '../support/fixtures.ts';
import { languageStories, readLanguagePage } from '../support/language-fixtures.ts';

/** What the engine says of a fixture page against its original: what the popup and badge are given. */
export async function explanationOf(page: string, storyId: string): Promise<Explanation> {
  const story = loadFixtureStories().find((s) => s.id === storyId);
  if (!story) throw new Error(`no fixture story ${storyId}`);
  return judged(await compareWith(extractFromHtml(readFileSync(join(PAGES_DIR, page), 'utf8')), story));
}

/** The same for a language fixture's copy of its wire story. */
export async function explanationIn(language: string, page: string): Promise<Explanation> {
  const [story] = languageStories(language);
  const html = readLanguagePage(language, page);
  if (!story || !html) throw new Error(`no ${language} fixture ${page}`);
  return judged(await compareWith(extractFromHtml(html), story));
}

function judged(result: Awaited<ReturnType<typeof compareWith>>): Explanation {
  if (result.status !== 'judged') throw new Error(`not judged: ${result.status}`);
  return result.explanation;
}

/** What the worker says of an empty cache, as a first run finds it. */
export const EMPTY_STATS: CacheStats = {
  stories: 0,
  bytes: 0,
  sources: [],
  newest: null,
  references: 0,
  stale: null,
  quotaEviction: null,
  reindex: null,
};
