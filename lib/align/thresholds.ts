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
} as const;
