import { isAscii } from '../normalize/ascii-terms.ts';
import { detectLanguage } from './detect.ts';
import { STOPWORDS } from './english-stopwords.ts';

/** Letters of a story's start are enough to tell its language; a story's language is asked for at every import. */
const SAMPLE = 400;

/**
 * A text's language: what its story says it is written in, else detected
 * from the text (a page's `lang` attribute as a hint), the same way for pages
 * and stories so that both are read alike. Plain ASCII text that reads as English (a fifth of its first words
 * English function words) is taken for English without asking franc, which
 * costs twice what fingerprinting the story does.
 */
export function languageOfText(text: string, declared?: string | null, hint: string | null = null): string {
  if (declared) return declared;
  const start = text.slice(0, SAMPLE);
  if (isAscii(start) && readsAsEnglish(start)) return 'en';
  return detectLanguage(start, hint) ?? 'en';
}

function readsAsEnglish(text: string): boolean {
  const words = text.toLowerCase().match(/[a-z']+/g) ?? [];
  if (words.length < 8) return true;
  return words.filter((w) => STOPWORDS.has(w)).length >= words.length * 0.2;
}

/** The language a story is read in: its own word for it, else its text's. */
export function storyLanguage(story: { text: string; language?: string }): string {
  return languageOfText(story.text, story.language);
}

const names = new Intl.DisplayNames(['en'], { type: 'language' });

/** "zh" → "Chinese", for a reader. */
export function languageName(code: string): string {
  try {
    return names.of(code) ?? code;
  } catch {
    return code;
  }
}
