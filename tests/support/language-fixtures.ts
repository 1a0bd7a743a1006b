import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseStoriesJsonl } from '../../lib/corpus/jsonl.ts';
import type { Story } from '../../lib/corpus/story.ts';
import type { ExpectedJudgement } from './fixtures.ts';

/** Wire stories and their rewrites in eleven of the wires' languages (tests/fixtures/languages/README.md). */
export const LANGUAGES_DIR = resolve(import.meta.dirname, '../fixtures/languages');

export function fixtureLanguages(): string[] {
  return readdirSync(LANGUAGES_DIR, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort();
}

export const languageDir = (language: string): string => join(LANGUAGES_DIR, language);

export function languagePages(language: string): string[] {
  return readdirSync(join(languageDir(language), 'pages')).sort();
}

export function languageStories(language: string): Story[] {
  return parseStoriesJsonl(readFileSync(join(languageDir(language), 'stories.jsonl'), 'utf8'));
}

export function languageExpectations(language: string): Record<string, ExpectedJudgement> {
  return JSON.parse(readFileSync(join(languageDir(language), 'expected.json'), 'utf8'));
}

/** A language fixture page, or null for a language or page there is none of. */
export function readLanguagePage(language: string, page: string): string | null {
  if (!fixtureLanguages().includes(language) || !languagePages(language).includes(page)) return null;
  return readFileSync(join(languageDir(language), 'pages', page), 'utf8');
}
