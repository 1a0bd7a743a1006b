import type { Story } from '../corpus/story.ts';
import { isCreditLine } from '../extract/credits.ts';
import { storyParagraphs } from '../extract/story-text.ts';
import { storyLanguage } from '../language/language-of.ts';
import { type Fingerprint, fingerprintOf } from './fingerprint.ts';

/** Only the fingerprint of a story, in its language, its credit lines left out: all that indexing needs. */
export function fingerprintStory(story: Story): Fingerprint {
  return fingerprintOf(storyParagraphs(story.text), isCreditLine, storyLanguage(story));
}
