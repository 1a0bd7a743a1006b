/**
 * Scripts written without spaces between words: Chinese, Japanese, Thai,
 * Lao, Khmer, Myanmar. A run of them is one "word" to a regular expression;
 * `Intl.Segmenter` (in Chrome, Firefox and Node alike) cuts it into words.
 */
const UNSPACED =
  /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Thai}\p{Script=Lao}\p{Script=Khmer}\p{Script=Myanmar}]/u;

export function isUnspaced(text: string): boolean {
  return UNSPACED.test(text);
}

const segmenters = new Map<string, Intl.Segmenter>();

/**
 * Runs already cut, by locale and text: a page's text is cut for its
 * fingerprint and again for its sentences, and cutting is the costliest step
 * of reading Chinese or Japanese (about 1.5 ms for 3,000 characters).
 */
const cut = new Map<string, readonly string[]>();
const CUT_RUNS_KEPT = 8_192;

/** The words of a run of text in an unspaced script, punctuation left out. */
export function wordsOfUnspaced(run: string, language: string | null): readonly string[] {
  const locale = language && language !== 'en' ? language : guessLocale(run);
  const key = `${locale}\u0000${run}`;
  const known = cut.get(key);
  if (known) return known;
  const out: string[] = [];
  for (const piece of segmenterFor(locale).segment(run)) if (piece.isWordLike) out.push(piece.segment);
  if (cut.size >= CUT_RUNS_KEPT) cut.clear();
  cut.set(key, out);
  return out;
}

function segmenterFor(locale: string): Intl.Segmenter {
  let segmenter = segmenters.get(locale);
  if (!segmenter) {
    segmenter = new Intl.Segmenter(locale, { granularity: 'word' });
    segmenters.set(locale, segmenter);
  }
  return segmenter;
}

/** Kana say Japanese, Thai letters Thai; other unspaced runs are taken for Chinese. */
function guessLocale(run: string): string {
  if (/[\p{Script=Hiragana}\p{Script=Katakana}]/u.test(run)) return 'ja';
  if (/\p{Script=Thai}/u.test(run)) return 'th';
  return 'zh';
}
