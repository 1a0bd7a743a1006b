import { joinTokens, tokenDiff } from '../align/word-diff.ts';
import type { Sentence } from '../normalize/analyze.ts';
import type { Token } from '../normalize/tokens.ts';

export type ChangeKind = 'number' | 'name' | 'term';

/** A fact the page states differently: a number, a name, or one word swapped for another. */
export interface Change {
  kind: ChangeKind;
  page: string;
  original: string;
}

/** The changes of a name or a number, not of a word for another: what the page gets wrong if anything. */
export function factChanges(changes: readonly Change[]): Change[] {
  return changes.filter((c) => c.kind !== 'term');
}

/** The changes of fact between an original sentence and the page sentence made from it. */
export function changesBetween(original: Sentence, page: Sentence): Change[] {
  const changes: Change[] = [];
  for (const hunk of hunksOf(original.tokens, page.tokens)) {
    const kind = kindOf(hunk.deleted, hunk.inserted, original.tokens, page.tokens);
    if (kind) changes.push({ kind, page: joinTokens(hunk.inserted), original: joinTokens(hunk.deleted) });
  }
  return changes;
}

interface Hunk {
  deleted: Token[];
  inserted: Token[];
}

function hunksOf(original: readonly Token[], page: readonly Token[]): Hunk[] {
  const hunks: Hunk[] = [];
  let current: Hunk = { deleted: [], inserted: [] };
  const close = () => {
    if (current.deleted.some(isWordToken) || current.inserted.some(isWordToken)) hunks.push(current);
    current = { deleted: [], inserted: [] };
  };
  for (const part of tokenDiff(original, page)) {
    if (part.op === 'equal' && part.tokens.some(isWordToken)) close();
    else if (part.op === 'delete') current.deleted = current.deleted.concat(part.tokens);
    else if (part.op === 'insert') current.inserted = current.inserted.concat(part.tokens);
  }
  close();
  return hunks;
}

function kindOf(
  deleted: Token[],
  inserted: Token[],
  original: readonly Token[],
  page: readonly Token[],
): ChangeKind | null {
  if (deleted.length === 0 || inserted.length === 0) return null;
  if (differs(deleted, inserted, original, page, (t) => t.kind === 'number')) return 'number';
  if (differs(deleted, inserted, original, page, (t) => t.proper && t.content)) return 'name';
  const gone = deleted.filter((t) => t.content);
  const come = inserted.filter((t) => t.content);
  if (
    gone.length === 1 &&
    come.length === 1 &&
    deleted.filter(isWordToken).length <= 2 &&
    inserted.filter(isWordToken).length <= 2
  ) {
    return gone[0]?.stem !== come[0]?.stem ? 'term' : null;
  }
  return null;
}

/** Some token of the kind on one side of the hunk is nowhere in the other sentence. */
function differs(
  deleted: Token[],
  inserted: Token[],
  original: readonly Token[],
  page: readonly Token[],
  ofKind: (t: Token) => boolean,
): boolean {
  const inPage = new Set(page.filter(ofKind).map((t) => t.stem));
  const inOriginal = new Set(original.filter(ofKind).map((t) => t.stem));
  return (
    deleted.some((t) => ofKind(t) && !inPage.has(t.stem)) ||
    inserted.some((t) => ofKind(t) && !inOriginal.has(t.stem))
  );
}

function isWordToken(token: Token): boolean {
  return token.kind !== 'punct';
}
