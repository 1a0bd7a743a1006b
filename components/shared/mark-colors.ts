import type { MarkedWords } from '../../extension/messages/replies.ts';

/**
 * The marks' colours on the page, and the badge's legend for them: one list,
 * so the two never disagree. Light tints behind the page's own text, apart in
 * hue as well as in lightness, so that they read apart for colour-blind readers too.
 */
export const MARK_COLORS: Record<MarkedWords, string> = {
  verbatim: 'rgba(220, 38, 38, 0.24)',
  rewrite: 'rgba(37, 99, 235, 0.2)',
};

/** A changed fact: underlined, wavy, over whichever colour its words have (a highlight can draw no outline). */
export const CHANGED_MARK =
  'text-decoration: underline wavy rgb(179, 38, 30); text-decoration-thickness: 2px';
export const CHANGED_NAME = 'a fact the original states otherwise';

/** What each colour means, in the words of the full report's legend. */
export const MARK_NAMES: Record<MarkedWords, string> = {
  verbatim: 'word for word from the wire',
  rewrite: 'reworded from it',
};
