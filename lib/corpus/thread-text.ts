import { isCreditLine } from '../extract/credits.ts';
import { storyParagraphs } from '../extract/story-text.ts';
import { storyLanguage } from '../language/language-of.ts';
import { type AnalyzedText, analyzeParagraphs } from '../normalize/analyze.ts';
import type { Thread } from './threads.ts';

/** A thread's takes as one text to align a page with, each sentence knowing its take. */
export interface ThreadText {
  text: AnalyzedText;
  /** For each sentence, which of the thread's takes it comes from. */
  takeOf: number[];
}

/**
 * The takes' paragraphs in order, each paragraph once: a substitute or a new
 * lead repeats much of the take it replaces, and a page that copies a
 * paragraph has copied it once, whichever take it read it in.
 */
export function threadText(thread: Thread): ThreadText {
  const seen = new Set<string>();
  const paragraphs: string[] = [];
  const takeOfParagraph: number[] = [];
  thread.takes.forEach(({ story }, take) => {
    for (const paragraph of storyParagraphs(story.text)) {
      const key = paragraph.replace(/\s+/g, ' ').trim().toLowerCase();
      if (seen.has(key)) continue;
      seen.add(key);
      paragraphs.push(paragraph);
      takeOfParagraph.push(take);
    }
  });
  const first = thread.takes[0]?.story;
  const language = first ? storyLanguage(first) : 'en';
  const text = analyzeParagraphs(paragraphs, { isCredit: isCreditLine, language });
  return { text, takeOf: text.sentences.map((s) => takeOfParagraph[s.paragraph] as number) };
}
