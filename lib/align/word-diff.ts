import { diffArrays } from 'diff';
import type { Token } from '../normalize/tokens.ts';

export type DiffOp = 'equal' | 'insert' | 'delete';

/** A run of words the two sentences share (equal), that only the page has (insert) or only the original (delete). */
export interface DiffPart {
  op: DiffOp;
  text: string;
}

export interface TokenDiffPart {
  op: DiffOp;
  tokens: Token[];
}

/**
 * Past this many tokens a "sentence" is a run of text with no full stops; a
 * word diff of two such runs costs time that grows with their product, so they
 * are shown as replaced whole.
 */
export const MAX_DIFF_TOKENS = 600;

/**
 * Diffs already computed, by the two sentences' token arrays: the report's
 * view, the changes and the provenance each ask for the same pairs. Weak, so
 * they go with the analysed texts. The parts returned are shared: read them only.
 */
const computed = new WeakMap<readonly Token[], WeakMap<readonly Token[], TokenDiffPart[]>>();

/** Word-level differences from the original sentence to the page sentence. */
export function tokenDiff(original: readonly Token[], page: readonly Token[]): TokenDiffPart[] {
  const byOriginal = computed.get(page) ?? new WeakMap<readonly Token[], TokenDiffPart[]>();
  const known = byOriginal.get(original);
  if (known) return known;
  const parts = diffTokens(original, page);
  byOriginal.set(original, parts);
  computed.set(page, byOriginal);
  return parts;
}

function diffTokens(original: readonly Token[], page: readonly Token[]): TokenDiffPart[] {
  if (original.length > MAX_DIFF_TOKENS || page.length > MAX_DIFF_TOKENS) {
    return [
      { op: 'delete', tokens: [...original] },
      { op: 'insert', tokens: [...page] },
    ];
  }
  const changes = diffArrays(original as Token[], page as Token[], { comparator: (a, b) => a.key === b.key });
  return changes.map((change) => ({
    op: change.added ? 'insert' : change.removed ? 'delete' : 'equal',
    tokens: change.value,
  }));
}

export function wordDiff(original: readonly Token[], page: readonly Token[]): DiffPart[] {
  return tokenDiff(original, page)
    .map((part) => ({ op: part.op, text: joinTokens(part.tokens) }))
    .filter((part) => part.text !== '');
}

/** Writes tokens back as text: a space between words, none inside brackets and quotes or before punctuation. */
export function joinTokens(tokens: readonly Token[]): string {
  let text = '';
  let glueNext = true;
  for (const token of tokens) {
    if (!token.text) continue;
    const closing =
      token.kind === 'punct' && (/^[.,;:!?)\]%']$/.test(token.text) || (token.text === '"' && !token.quoted));
    text += glueNext || closing || token.glued ? token.text : ` ${token.text}`;
    glueNext = token.kind === 'punct' && (/^[([$]$/.test(token.text) || (token.text === '"' && token.quoted));
  }
  return text;
}
