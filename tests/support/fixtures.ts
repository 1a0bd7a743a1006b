import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseStoriesJsonl } from '../../lib/corpus/jsonl.ts';
import type { Story } from '../../lib/corpus/story.ts';

export const FIXTURES_DIR = resolve(dirname(fileURLToPath(import.meta.url)), '../fixtures');
export const PAGES_DIR = join(FIXTURES_DIR, 'pages');

export interface ExpectedJudgement {
  /** What a careful reader says the page is. */
  verdict: string;
  original: string | null;
  credited?: boolean;
  /** Where the engine says otherwise, and the real data is on its side, what it says and why (a known miss). */
  engineSays?: string;
  why?: string;
}

/** The fixture bundle: originals of the fixture pages, an earlier version of one, and distractors. */
export const STORIES_JSONL = join(FIXTURES_DIR, 'stories.jsonl');

export function loadFixtureStories(): Story[] {
  return parseStoriesJsonl(readFileSync(STORIES_JSONL, 'utf8'));
}

/** What each fixture page is, by file name. */
export function expectedJudgements(): Record<string, ExpectedJudgement> {
  return JSON.parse(readFileSync(join(FIXTURES_DIR, 'expected.json'), 'utf8'));
}

export function fixturePages(): string[] {
  return readdirSync(PAGES_DIR).sort();
}

export function readFixturePage(name: string): string {
  return readFileSync(join(PAGES_DIR, name), 'utf8');
}
