import stopwordsIso from 'stopwords-iso' with { type: 'json' };
import { foldCase } from '../normalize/fold.ts';
import { STOPWORDS as ENGLISH } from './english-stopwords.ts';

/**
 * Function words per language: they carry a sentence's phrasing but say
 * nothing about which story it is. English keeps the engine's own list (the
 * reporting verbs every story uses among them); other languages take the
 * maintained stopwords-iso lists; a language with no list has none.
 */
const lists = new Map<string, ReadonlySet<string>>([['en', ENGLISH]]);

export function stopwordsOf(language: string | null): ReadonlySet<string> {
  const code = language ?? 'en';
  let list = lists.get(code);
  if (!list) {
    const words = (stopwordsIso as Record<string, string[]>)[code] ?? [];
    // Folded as word keys are ("déjà" is looked up as "deja").
    list = new Set(words.map(foldCase));
    lists.set(code, list);
  }
  return list;
}
