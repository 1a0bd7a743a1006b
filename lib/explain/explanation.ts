import type { Alignment, PageLabel } from '../align/align.ts';
import { type DiffPart, wordDiff } from '../align/word-diff.ts';
import type { Story } from '../corpus/story.ts';
import type { Article } from '../extract/article.ts';
import type { AnalyzedText, Sentence } from '../normalize/analyze.ts';
import { type Change, changesBetween } from './changes.ts';
import { creditFor } from './credit.ts';
import { publishLagHours } from './lag.ts';
import { compareQuotes, type QuoteComparison, quotesIn } from './quotes.ts';
import { summarize } from './summary.ts';
import { derivationStrength, type Verdict, verdictOf } from './verdict.ts';

export interface StoryRef {
  id: string;
  source: string;
  title: string;
  url: string | null;
  published: string | null;
}

export interface PageSentenceView {
  text: string;
  label: PageLabel;
  /** The original sentence it comes from, if any. */
  original: string | null;
  /** Word changes from the original sentence to this one. */
  diff: DiffPart[] | null;
  /** Set when the sentence repeats an earlier page sentence. */
  repeats: string | null;
}

export interface SentenceCounts {
  verbatim: number;
  edited: number;
  paraphrased: number;
  added: number;
  dropped: number;
}

export interface Explanation {
  verdict: Verdict;
  original: StoryRef;
  /** How strongly the page derives from the original, 0 to 1. */
  score: number;
  coverage: { page: number; original: number };
  sentences: SentenceCounts;
  quotes: QuoteComparison;
  changes: Change[];
  credited: boolean;
  creditLines: string[];
  lagHours: number | null;
  page: PageSentenceView[];
  dropped: string[];
}

export interface ExplainInput {
  article: Article;
  pageText: AnalyzedText;
  story: Story;
  storyText: AnalyzedText;
  alignment: Alignment;
}

/** Everything the reader is told about a page and one original: the verdict and what changed. */
export function explain(input: ExplainInput): Explanation {
  const { article, pageText, story, storyText, alignment } = input;
  const summary = summarize(pageText, alignment);
  const credit = creditFor(story.source, article.credits, pageText, storyText);
  return {
    verdict: verdictOf(summary),
    original: storyRef(story),
    score: round(derivationStrength(summary)),
    coverage: { page: round(summary.pageCoverage), original: round(originalCoverage(storyText, alignment)) },
    sentences: countSentences(pageText, alignment),
    quotes: compareQuotes(quotesIn(pageText), quotesIn(storyText)),
    changes: changesOf(pageText, storyText, alignment),
    credited: credit.credited,
    creditLines: credit.lines,
    lagHours: publishLagHours(story.published, article.published),
    page: pageViews(pageText, storyText, alignment),
    dropped: storyText.sentences.filter((s) => !alignment.kept[s.index]).map((s) => s.text),
  };
}

function originalCoverage(storyText: AnalyzedText, alignment: Alignment): number {
  const kept = storyText.sentences.filter((s) => !s.credit && alignment.kept[s.index]);
  return storyText.words > 0 ? kept.reduce((sum, s) => sum + s.words, 0) / storyText.words : 0;
}

function countSentences(pageText: AnalyzedText, alignment: Alignment): SentenceCounts {
  const counts: SentenceCounts = { verbatim: 0, edited: 0, paraphrased: 0, added: 0, dropped: 0 };
  for (const sentence of pageText.sentences) {
    if (!sentence.credit) counts[alignment.page[sentence.index] ?? 'added']++;
  }
  counts.dropped = alignment.kept.filter((kept) => !kept).length;
  return counts;
}

function changesOf(pageText: AnalyzedText, storyText: AnalyzedText, alignment: Alignment): Change[] {
  const seen = new Set<string>();
  const changes: Change[] = [];
  for (const pair of alignment.pairs) {
    if (pair.merged || pair.label === 'verbatim') continue;
    const found = changesBetween(
      storyText.sentences[pair.original] as Sentence,
      pageText.sentences[pair.page] as Sentence,
    );
    for (const change of found) {
      const key = `${change.kind}|${change.page}|${change.original}`;
      if (!seen.has(key)) changes.push(change);
      seen.add(key);
    }
  }
  return changes;
}

function pageViews(
  pageText: AnalyzedText,
  storyText: AnalyzedText,
  alignment: Alignment,
): PageSentenceView[] {
  return pageText.sentences.map((sentence) => {
    const pair = alignment.pairs.find((p) => p.page === sentence.index && !p.merged);
    const original = pair ? (storyText.sentences[pair.original] as Sentence) : null;
    const repeated = alignment.duplicateOf[sentence.index];
    return {
      text: sentence.text,
      label: alignment.page[sentence.index] ?? 'added',
      original: original?.text ?? null,
      diff: original ? wordDiff(original.tokens, sentence.tokens) : null,
      repeats:
        repeated === null || repeated === undefined ? null : (pageText.sentences[repeated]?.text ?? null),
    };
  });
}

export function storyRef(story: Story): StoryRef {
  return {
    id: story.id,
    source: story.source,
    title: story.title,
    url: story.url ?? null,
    published: story.published ?? null,
  };
}

function round(value: number): number {
  return Math.round(value * 1000) / 1000;
}
