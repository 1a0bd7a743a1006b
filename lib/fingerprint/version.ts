/**
 * The version of everything a stored index is built from: tokens, stems,
 * stopwords, features, the feature sample and the term counts. A cache records
 * the version that built its index; when this number is ahead, the worker
 * re-indexes every stored story from its text in the background
 * (extension/db/reindex.ts). Bump it with any change that alters a story's
 * fingerprint or sample: tests/fingerprint-version.test.ts fails until you do.
 *
 * 1. English tokens, stems and stopwords for every text (before languages).
 * 2. Each text read in its own language (stopwords-iso, Snowball stemmers,
 *    Intl.Segmenter words for Chinese, Japanese and Thai).
 * 3. Decimal digits of every script read as ASCII digits ("٢٠٢٦" is 2026);
 *    only accents and vowel points folded away, not the vowel signs of Indic
 *    and Thai words; Korean syllables kept whole.
 * 4. Words of languages other than English stemmed before their accents are
 *    folded; stopword lists folded as the words they meet; elided articles
 *    (l', dell') and Turkish name suffixes ('nin) cut at the apostrophe.
 * 5. A story's lede (its first 32 features) kept whole beside the sample, so
 *    that a brief cut from it is found.
 */
export const FINGERPRINT_VERSION = 5;
