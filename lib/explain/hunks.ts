import { tokenDiff } from '../align/word-diff.ts';
import type { Token } from '../normalize/tokens.ts';

/** A place where two sentences differ: what the original had there, what the page has, and the words just before. */
export interface Hunk {
  deleted: Token[];
  inserted: Token[];
  /** The words the two sentences share just before the hunk ("more than" before a figure). */
  before: Token[];
}

export function hunksOf(original: readonly Token[], page: readonly Token[]): Hunk[] {
  const hunks: Hunk[] = [];
  let current: Hunk = { deleted: [], inserted: [], before: [] };
  const close = (next: Token[]) => {
    if (current.deleted.some(isWordToken) || current.inserted.some(isWordToken)) hunks.push(current);
    current = { deleted: [], inserted: [], before: next.slice(-3) };
  };
  for (const part of tokenDiff(original, page)) {
    if (part.op === 'equal' && part.tokens.some(isWordToken)) close(part.tokens);
    else if (part.op === 'delete') current.deleted = current.deleted.concat(part.tokens);
    else if (part.op === 'insert') current.inserted = current.inserted.concat(part.tokens);
  }
  close([]);
  return hunks;
}

/** A word or a number, not punctuation. */
export function isWordToken(token: Token): boolean {
  return token.kind !== 'punct';
}
