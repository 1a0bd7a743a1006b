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

/** The words of a run of text in an unspaced script, punctuation left out. */
export function wordsOfUnspaced(run: string, language: string | null): string[] {
  const locale = language && language !== 'en' ? language : guessLocale(run);
  let segmenter = segmenters.get(locale);
  if (!segmenter) {
    segmenter = new Intl.Segmenter(locale, { granularity: 'word' });
    segmenters.set(locale, segmenter);
  }
  const out: string[] = [];
  for (const piece of segmenter.segment(run)) if (piece.isWordLike) out.push(piece.segment);
  return out;
}

/** Kana say Japanese, Thai letters Thai; other unspaced runs are taken for Chinese. */
function guessLocale(run: string): string {
  if (/[\p{Script=Hiragana}\p{Script=Katakana}]/u.test(run)) return 'ja';
  if (/\p{Script=Thai}/u.test(run)) return 'th';
  return 'zh';
}
