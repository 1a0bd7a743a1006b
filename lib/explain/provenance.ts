import type { Alignment } from '../align/align.ts';
import { tokenDiff } from '../align/word-diff.ts';
import type { AnalyzedText, Sentence } from '../normalize/analyze.ts';
import type { Token } from '../normalize/tokens.ts';
import { isUnspaced } from '../normalize/unspaced-words.ts';

/** Where a page's words came from: word for word from the original, from it in other words, or the page's own. */
export type WordOrigin = 'verbatim' | 'rewrite' | 'new';

/** A run of the page's words with one origin, in page order; `original` is the original sentence it comes from. */
export interface ProvenanceRun {
  text: string;
  label: WordOrigin;
  original?: string;
}

/**
 * A run of at least this many words the original has in the same order is
 * taken word for word (shorter ones, "the police said", happen by chance).
 */
const VERBATIM_RUN = 3;

/**
 * The provenance of every word of the page against its original (the thread's
 * text): words inside a run of VERBATIM_RUN or more words the original has in
 * order, and the words a sentence aligned with an original sentence keeps of
 * it in order, are verbatim; the other words of an aligned sentence are
 * rewritten from it; the rest are new. Credit lines are the page's own. One
 * computation for the JSON and the reports.
 */
export function provenanceOf(page: AnalyzedText, original: AnalyzedText, alignment: Alignment): Provenance {
  const copied = copiedRuns(page, original);
  const words = { verbatim: 0, rewrite: 0, new: 0, narrative: 0, narrativeVerbatim: 0 };
  const bySentence = page.sentences.map((sentence) => {
    const runs: OpenRun[] = [];
    const partner = partnerOf(sentence, alignment, original);
    const kept = partner ? keptFrom(partner, sentence) : null;
    const labels = sentence.tokens.map(
      (_, i): WordOrigin =>
        sentence.credit
          ? 'new'
          : copied.get(sentence.index)?.[i] || kept?.[i]
            ? 'verbatim'
            : partner
              ? 'rewrite'
              : 'new',
    );
    const byWord = labelledByWrittenWord(sentence.tokens, labels);
    sentence.tokens.forEach((token, i) => {
      const label = byWord[i] as WordOrigin;
      push(runs, [token], label, partner?.text);
      if (token.kind === 'punct' || sentence.credit) return;
      words[label]++;
      if (token.quoted) return;
      words.narrative++;
      if (label === 'verbatim') words.narrativeVerbatim++;
    });
    return runs;
  });
  const total = words.verbatim + words.rewrite + words.new;
  // The page's runs are its sentences' runs, joined where one sentence's last and the next one's first agree.
  const joined: OpenRun[] = [];
  for (const run of bySentence.flat()) push(joined, run.tokens, run.label, run.original);
  return {
    runs: joined.map(runOf),
    bySentence: bySentence.map((runs) => runs.map(({ tokens, label }) => ({ text: runText(tokens), label }))),
    shares: {
      verbatim: share(words.verbatim, total),
      rewrite: share(words.rewrite, total),
      narrativeVerbatim: share(words.narrativeVerbatim, words.narrative),
    },
  };
}

function runOf({ tokens, label, original }: OpenRun): ProvenanceRun {
  return { text: runText(tokens), label, ...(original ? { original } : {}) };
}

/** Where the page's words came from: its runs, and the shares of its words (quotes apart) of each origin. */
export interface Provenance {
  runs: ProvenanceRun[];
  /** Each page sentence's runs, by sentence index (what the side-by-side view marks). */
  bySentence: { text: string; label: WordOrigin }[][];
  shares: {
    verbatim: number;
    rewrite: number;
    /** Of the page's own narrative words (not inside quotes), the share taken word for word. */
    narrativeVerbatim: number;
  };
}

function share(part: number, whole: number): number {
  return whole === 0 ? 0 : Math.round((part / whole) * 1000) / 1000;
}

/** The original sentence a page sentence is aligned with, if it derives from one. */
function partnerOf(sentence: Sentence, alignment: Alignment, original: AnalyzedText): Sentence | null {
  if ((alignment.page[sentence.index] ?? 'added') === 'added') return null;
  const pair = alignment.pairs.find((p) => p.page === sentence.index && !p.merged);
  return pair ? (original.sentences[pair.original] ?? null) : null;
}

/**
 * Labels made whole for each written word: the tokens of "3in", "22-year-old"
 * or "Oasis.I" are written without a space between them and are one word to a
 * reader, so they take the label of their first word. Chinese, Japanese and
 * Thai words are written together too, yet each is a word of its own.
 */
function labelledByWrittenWord(tokens: readonly Token[], labels: readonly WordOrigin[]): WordOrigin[] {
  const out = [...labels];
  let wordLabel: WordOrigin | null = null;
  tokens.forEach((token, i) => {
    const joined = token.glued === true && !isUnspaced(token.text) && !isUnspaced(tokens[i - 1]?.text ?? '');
    if (!joined) wordLabel = null;
    if (wordLabel !== null) out[i] = wordLabel;
    else if (token.kind !== 'punct') wordLabel = out[i] as WordOrigin;
  });
  return out;
}

/** The words a page sentence keeps of its partner, in order: the word diff's equal parts. */
function keptFrom(partner: Sentence, sentence: Sentence): boolean[] {
  const kept = sentence.tokens.map(() => false);
  let at = 0;
  for (const part of tokenDiff(partner.tokens, sentence.tokens)) {
    if (part.op === 'delete') continue;
    if (part.op === 'equal') for (let i = 0; i < part.tokens.length; i++) kept[at + i] = true;
    at += part.tokens.length;
  }
  return kept;
}

/** For each page sentence, which of its tokens lie in a run of VERBATIM_RUN words the original has in order. */
function copiedRuns(page: AnalyzedText, original: AnalyzedText): Map<number, boolean[]> {
  const ids = new Map<string, number>();
  const idOf = (key: string) => {
    const known = ids.get(key);
    if (known !== undefined) return known;
    ids.set(key, ids.size);
    return ids.size - 1;
  };
  const grams = new Set<string | number>();
  for (const sentence of original.sentences) {
    const words = wordIds(sentence.tokens, idOf);
    for (let i = 0; i + VERBATIM_RUN <= words.length; i++) grams.add(gramOf(words, i));
  }
  const copied = new Map<number, boolean[]>();
  for (const sentence of page.sentences) {
    const marks = sentence.tokens.map(() => false);
    const words = wordIds(sentence.tokens, idOf);
    for (let i = 0; i + VERBATIM_RUN <= words.length; i++) {
      if (!grams.has(gramOf(words, i))) continue;
      // The run's words, and the punctuation between them, are copied.
      const first = words[i]?.at as number;
      const last = words[i + VERBATIM_RUN - 1]?.at as number;
      for (let t = first; t <= last; t++) marks[t] = true;
    }
    copied.set(sentence.index, marks);
  }
  return copied;
}

/** A text's words as numbers (one per distinct key) and where each stands among its tokens. */
function wordIds(tokens: readonly Token[], idOf: (key: string) => number): { id: number; at: number }[] {
  const words: { id: number; at: number }[] = [];
  tokens.forEach((token, at) => {
    if (token.kind !== 'punct') words.push({ id: idOf(token.key), at });
  });
  return words;
}

/** VERBATIM_RUN word ids from `i` as one number (exact while each id is under 2^17, else as text). */
function gramOf(words: readonly { id: number }[], i: number): string | number {
  let gram = 0;
  for (let k = 0; k < VERBATIM_RUN; k++) {
    const id = words[i + k]?.id as number;
    if (id >= ID_LIMIT)
      return words
        .slice(i, i + VERBATIM_RUN)
        .map((w) => w.id)
        .join(' ');
    gram = gram * ID_LIMIT + id;
  }
  return gram;
}

const ID_LIMIT = 2 ** 17;

interface OpenRun {
  tokens: Token[];
  label: WordOrigin;
  original?: string;
}

function push(runs: OpenRun[], tokens: readonly Token[], label: WordOrigin, original?: string): void {
  const from = label === 'new' ? undefined : original;
  const last = runs.at(-1);
  if (last && last.label === label && last.original === from) last.tokens.push(...tokens);
  else runs.push({ tokens: [...tokens], label, ...(from ? { original: from } : {}) });
}

/**
 * A run's words as text: a space between words, none before closing
 * punctuation. A quote mark always stands apart from the word before it: an
 * apostrophe and a quote are one character, and "was'the" would read as one word.
 */
function runText(tokens: readonly Token[]): string {
  let text = '';
  for (const token of tokens) {
    if (!token.text) continue;
    const closing = token.kind === 'punct' && /^[.,;:!?)\]%]$/.test(token.text);
    text += text === '' || closing || token.glued ? token.text : ` ${token.text}`;
  }
  return text;
}
