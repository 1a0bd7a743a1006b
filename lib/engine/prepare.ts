import type { Story } from '../corpus/story.ts';
import type { Article } from '../extract/article.ts';
import { isCreditLine } from '../extract/credits.ts';
import { storyParagraphs } from '../extract/story-text.ts';
import { type Fingerprint, fingerprintOf } from '../fingerprint/fingerprint.ts';
import { languageOfText, storyLanguage } from '../language/language-of.ts';
import { type AnalyzedText, analyzeParagraphs } from '../normalize/analyze.ts';

export interface PreparedText {
  text: AnalyzedText;
  fingerprint: Fingerprint;
}

/** Normalizes and fingerprints an extracted page, in its language. */
export function prepareArticle(article: Article): PreparedText {
  return prepare(article.paragraphs, article.language ?? languageOfText(article.paragraphs.join('\n')));
}

/** Normalizes and fingerprints an original story's text, in its language. */
export function prepareStory(story: Story): PreparedText {
  return prepare(storyParagraphs(story.text), storyLanguage(story));
}

function prepare(paragraphs: string[], language: string): PreparedText {
  return {
    text: analyzeParagraphs(paragraphs, { isCredit: isCreditLine, language }),
    fingerprint: fingerprintOf(paragraphs, isCreditLine, language),
  };
}
