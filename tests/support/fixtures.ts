import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Story } from '../../lib/corpus/story.ts';

export const FIXTURES_DIR = resolve(dirname(fileURLToPath(import.meta.url)), '../fixtures');
export const PAGES_DIR = join(FIXTURES_DIR, 'pages');

interface StoryEntry extends Omit<Story, 'text'> {
  file: string;
}

export interface ExpectedJudgement {
  verdict: string;
  original: string | null;
  credited?: boolean;
}

/** The fixture wire stories: originals of the fixture pages, and distractors. */
export function loadFixtureStories(): Story[] {
  const entries = JSON.parse(readFileSync(join(FIXTURES_DIR, 'stories.json'), 'utf8')) as StoryEntry[];
  return entries.map(({ file, ...story }) => ({
    ...story,
    text: readFileSync(join(FIXTURES_DIR, 'stories', file), 'utf8'),
  }));
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
