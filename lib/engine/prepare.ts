import type { Story } from '../corpus/story.ts';
import type { Article } from '../extract/article.ts';
import { isCreditLine } from '../extract/credits.ts';
import { storyParagraphs } from '../extract/story-text.ts';
import { type Fingerprint, fingerprintOf } from '../fingerprint/fingerprint.ts';
import { type AnalyzedText, analyzeParagraphs } from '../normalize/analyze.ts';

export interface PreparedText {
  text: AnalyzedText;
  fingerprint: Fingerprint;
}

/** Normalizes and fingerprints an extracted page. */
export function prepareArticle(article: Article): PreparedText {
  return prepare(article.paragraphs);
}

/** Normalizes and fingerprints an original story's text. */
export function prepareStory(story: Story): PreparedText {
  return prepare(storyParagraphs(story.text));
}

/** Only the fingerprint of a story: all that indexing needs. */
export function fingerprintStory(story: Story): Fingerprint {
  return fingerprintOf(storyParagraphs(story.text), isCreditLine);
}

function prepare(paragraphs: string[]): PreparedText {
  return {
    text: analyzeParagraphs(paragraphs, { isCredit: isCreditLine }),
    fingerprint: fingerprintOf(paragraphs, isCreditLine),
  };
}
