import { type Article, hasEnoughText } from '../extract/article.ts';
import { comparableLanguages } from '../language/close-languages.ts';
import { languageName } from '../language/language-of.ts';
import type { StoryIndex } from '../retrieve/story-index.ts';
import { DEFAULT_MODEL } from '../verdict/default-model.ts';
import type { VerdictModel } from '../verdict/model.ts';
import { compareThreads } from './compare-threads.ts';
import { Deadline, OverTime } from './deadline.ts';
import { judgeThreads, type MatchResult, tooShort } from './judge.ts';
import { prepareArticle } from './prepare.ts';

export type { MatchResult } from './judge.ts';

/**
 * The engine: finds the original of a page among an index's stories and
 * explains what the page changed. The command line, the extension and the
 * tests all match through this, whatever index holds the stories.
 */
export async function matchArticle(
  article: Article,
  index: StoryIndex,
  model: VerdictModel = DEFAULT_MODEL,
  deadline: Deadline = Deadline.none(),
): Promise<MatchResult> {
  try {
    return await judgeArticle(article, index, model, deadline);
  } catch (error) {
    if (error instanceof OverTime) return { status: 'over-time', reason: error.message };
    throw error;
  }
}

async function judgeArticle(
  article: Article,
  index: StoryIndex,
  model: VerdictModel,
  deadline: Deadline,
): Promise<MatchResult> {
  if (!hasEnoughText(article)) return tooShort(article);
  const page = prepareArticle(article);
  await deadline.checkpoint();
  const { threads } = await compareThreads(page, index, deadline);
  await deadline.checkpoint();
  // Reuse is judged within one language, or two so close a copy reads as either (close-languages.ts).
  // (Translations of wire copy are another matter: `threads` in other languages would go to a
  // cross-language comparison here.)
  const sameLanguage = threads.filter((t) => comparableLanguages(t.text.text.language, page.text.language));
  if (sameLanguage.length === 0) return noStoriesIn(page.text.language, index);
  return judgeThreads(article, page.text, sameLanguage, model);
}

async function noStoriesIn(language: string, index: StoryIndex): Promise<MatchResult> {
  const counts = await index.languages();
  const none = counts !== null && (counts.get(language) ?? 0) === 0;
  return {
    status: 'no-match',
    candidates: 0,
    ...(none ? { reason: `no stories in ${languageName(language)} in the cache` } : {}),
  };
}
