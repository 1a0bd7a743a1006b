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
  return withFingerprint(analyzeParagraphs(article.paragraphs, { isCredit: isCreditLine }));
}

/** Normalizes and fingerprints an original story's text. */
export function prepareStory(story: Story): PreparedText {
  return withFingerprint(analyzeParagraphs(storyParagraphs(story.text), { isCredit: isCreditLine }));
}

function withFingerprint(text: AnalyzedText): PreparedText {
  return { text, fingerprint: fingerprintOf(text) };
}
