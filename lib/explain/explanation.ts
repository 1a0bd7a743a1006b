import type { Alignment, PageLabel } from '../align/align.ts';
import type { AlignmentMeasures } from '../align/alignment-measures.ts';
import type { QuoteComparison } from '../align/quotes.ts';
import { type DiffPart, wordDiff } from '../align/word-diff.ts';
import type { ThreadText } from '../corpus/thread-text.ts';
import type { Thread } from '../corpus/threads.ts';
import type { Article } from '../extract/article.ts';
import type { AnalyzedText, Sentence } from '../normalize/analyze.ts';
import type { ClassProbabilities } from '../verdict/model.ts';
import { basisOf, type OriginalBasis } from './basis.ts';
import { type Change, changesBetween, factChanges, wordingChanges } from './changes.ts';
import { creditFor } from './credit.ts';
import { judgementOf, type Verdict } from './judgement.ts';
import { publishLag } from './lag.ts';
import { type Provenance, type ProvenanceRun, provenanceOf, type WordOrigin } from './provenance.ts';
import { isSameStory, type SharedNames, sharedNames } from './same-story.ts';
import { type StoryRef, storyRef } from './story-ref.ts';

export type { StoryRef } from './story-ref.ts';

export interface PageSentenceView {
  text: string;
  label: PageLabel;
  /** The original sentence it comes from, if any. */
  original: string | null;
  /** Word changes from the original sentence to this one. */
  diff: DiffPart[] | null;
  /** Set when the sentence repeats an earlier page sentence. */
  repeats: string | null;
  /** Its words by origin, as the page's provenance has them: what the side-by-side view marks. */
  words: { text: string; label: WordOrigin }[];
}

export interface SentenceCounts {
  verbatim: number;
  edited: number;
  paraphrased: number;
  added: number;
  dropped: number;
}

/** The original: the take the page used most, and the thread's other takes. */
export interface OriginalRef extends StoryRef {
  thread: StoryRef[];
}

export interface Explanation {
  verdict: Verdict;
  /** What the original rests on: the wire's own story, or a copy read on another site (basis.ts). */
  basis: OriginalBasis;
  /** How probable the verdict is, 0 to 1, as the model fitted to labelled copy says. */
  confidence: number;
  original: OriginalRef;
  /** How probable it is that the page derives from the original at all, 0 to 1. */
  score: number;
  coverage: { page: number; original: number };
  sentences: SentenceCounts;
  quotes: QuoteComparison;
  /** What the page states differently: figures, names, stance, polarity (changes.ts). Never mere wording. */
  changes: Change[];
  /** Words swapped for others that change no fact: for who wants every difference, never counted. */
  wording: Change[];
  credited: boolean;
  creditLines: string[];
  lagHours: number | null;
  /** The lag is in whole days: the page or the original gives its date without a time. */
  lagByDay: boolean;
  page: PageSentenceView[];
  dropped: string[];
  /** Where each of the page's words came from, in page order (provenance.ts). */
  provenance: ProvenanceRun[];
  /** The shares of the page's words of each origin. */
  wordShares: Provenance['shares'];
  /** Distinct names and numbers the page shares with the original, and how many it has. */
  names: SharedNames;
  /** Not derived, but about the same story: told which wire story that is, as written independently (same-story.ts). */
  sameStory: boolean;
}

export interface ExplainInput {
  article: Article;
  pageText: AnalyzedText;
  thread: Thread;
  threadText: ThreadText;
  alignment: Alignment;
  /** What the verdict read of the alignment too: measured once (compare-threads.ts). */
  measures: AlignmentMeasures;
  probabilities: ClassProbabilities;
}

/** Everything the reader is told about a page and its original thread: the verdict and what changed. */
export function explain(input: ExplainInput): Explanation {
  const { article, pageText, thread, threadText, alignment, measures, probabilities } = input;
  const storyText = threadText.text;
  const { summary } = measures;
  const used = takesUsed(threadText, alignment);
  const main = mainTake(threadText, alignment, thread);
  const story = main.story;
  const credit = creditFor(story.source, article.credits, pageText, storyText);
  const judgement = judgementOf(probabilities, summary, credit.credited);
  const inUsedTakes = (s: Sentence) => used.has(threadText.takeOf[s.index] as number);
  const lag = publishLag(story.published, article.published);
  const names = sharedNames(pageText, storyText);
  const provenance = provenanceOf(pageText, storyText, alignment);
  const changed = changesOf(pageText, storyText, alignment);
  return {
    verdict: judgement.verdict,
    basis: basisOf(storyRef(story, main.origin)),
    confidence: round(judgement.confidence),
    original: {
      ...storyRef(story, main.origin),
      thread: thread.takes.filter((t) => t !== main).map((t) => storyRef(t.story, t.origin)),
    },
    score: round(judgement.derived),
    coverage: {
      page: round(summary.pageCoverage),
      original: round(originalCoverage(storyText, alignment, inUsedTakes)),
    },
    sentences: countSentences(pageText, storyText, alignment, inUsedTakes),
    quotes: measures.quotes,
    changes: factChanges(changed),
    wording: wordingChanges(changed),
    credited: credit.credited,
    creditLines: credit.lines,
    lagHours: lag?.hours ?? null,
    lagByDay: lag?.byDay ?? false,
    page: pageViews(pageText, storyText, alignment, provenance),
    dropped: storyText.sentences.filter((s) => inUsedTakes(s) && !alignment.kept[s.index]).map((s) => s.text),
    provenance: provenance.runs,
    wordShares: provenance.shares,
    names,
    sameStory: judgement.verdict === 'unrelated' && isSameStory(names),
  };
}

/** The takes the page kept a sentence of (the first take when it kept none). */
function takesUsed(threadText: ThreadText, alignment: Alignment): Set<number> {
  const used = new Set<number>();
  alignment.kept.forEach((kept, i) => {
    if (kept) used.add(threadText.takeOf[i] as number);
  });
  return used.size ? used : new Set([0]);
}

/** The take the page used most: the most words of its sentences kept. */
function mainTake(threadText: ThreadText, alignment: Alignment, thread: Thread) {
  const words = thread.takes.map(() => 0);
  for (const sentence of threadText.text.sentences) {
    if (!alignment.kept[sentence.index] || sentence.credit) continue;
    const take = threadText.takeOf[sentence.index] as number;
    words[take] = (words[take] as number) + sentence.words;
  }
  const best = words.reduce((top, n, i) => (n > (words[top] as number) ? i : top), 0);
  return thread.takes[best] as Thread['takes'][number];
}

function originalCoverage(
  storyText: AnalyzedText,
  alignment: Alignment,
  counted: (s: Sentence) => boolean,
): number {
  const story = storyText.sentences.filter((s) => !s.credit && counted(s));
  const words = story.reduce((sum, s) => sum + s.words, 0);
  const kept = story.filter((s) => alignment.kept[s.index]).reduce((sum, s) => sum + s.words, 0);
  return words > 0 ? kept / words : 0;
}

function countSentences(
  pageText: AnalyzedText,
  storyText: AnalyzedText,
  alignment: Alignment,
  counted: (s: Sentence) => boolean,
): SentenceCounts {
  const counts: SentenceCounts = { verbatim: 0, edited: 0, paraphrased: 0, added: 0, dropped: 0 };
  for (const sentence of pageText.sentences) {
    if (!sentence.credit) counts[alignment.page[sentence.index] ?? 'added']++;
  }
  counts.dropped = storyText.sentences.filter((s) => counted(s) && !alignment.kept[s.index]).length;
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
      pageText.language,
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
  provenance: Provenance,
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
      words: provenance.bySentence[sentence.index] ?? [],
    };
  });
}

function round(value: number): number {
  return Math.round(value * 1000) / 1000;
}
