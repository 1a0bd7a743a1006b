/** When two sentences count as one derived from the other. Tuned on the fixtures in tests/fixtures. */
export const ALIGN = {
  /** Weighted similarity of content words for a paraphrase. */
  minDice: 0.42,
  /** A page sentence that is mostly made of one original sentence's words (a split or a cut). */
  minPageContained: 0.7,
  /** An original sentence folded into a page sentence aligned to another (a merge). */
  minMergedContained: 0.7,
  /** Distinct shared content words below which nothing is claimed. */
  minSharedTerms: 2,
  /** A second page sentence this close to the first is the same paragraph printed again. */
  duplicateDice: 0.8,
  /** Words in the same order: at or above this, the sentence was edited, not paraphrased. */
  editedWords: 0.8,
  /** A page sentence whose words all appear in order in the original, at least this many. */
  cutMinWords: 6,
  /** …and of whose words at least this share the original keeps in order: a cut, so edited. */
  cutKept: 0.9,
  /** A sentence with one content word ("It has increased.") counts when this much of its wording is the original's. */
  shortCopyWords: 0.8,
  /** …and it has at least this many words. */
  shortCopyMinWords: 3,
  /** Distinct content words an original sentence shares with a page sentence to count as merged into it. */
  mergedMinShared: 3,
  /** Sentences fully compared with each sentence at most: those sharing the most terms with it. */
  maxPartners: 16,
} as const;

/** When a page's quote is an original quote kept or altered. */
export const QUOTES = {
  /** Words a quote has at least: a quoted word alone is a term, not somebody's words. */
  minWords: 2,
  /** Share of the shorter quote's words the two share, above which they are the same quote. */
  minShared: 0.5,
  /** Letters a word is compared by: "damaging" and "damage" share "damag". */
  stemLetters: 5,
} as const;
