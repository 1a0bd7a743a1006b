import type { ReuseMark } from '../messages/protocol.ts';

/** The marks' colours on the page, and the badge's legend for them: one list, so the two never disagree. */
export const MARK_COLORS: Record<ReuseMark['label'], string> = {
  verbatim: 'rgba(220, 38, 38, 0.22)',
  edited: 'rgba(234, 88, 12, 0.2)',
  paraphrased: 'rgba(202, 138, 4, 0.2)',
};

export const MARK_NAMES: Record<ReuseMark['label'], string> = {
  verbatim: 'copied word for word',
  edited: 'lightly edited',
  paraphrased: 'paraphrased',
};
