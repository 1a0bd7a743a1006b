import { REORDERING } from '../lib/normalize/field-text.ts';

/**
 * Control characters (C0 and C1: the terminal's escape sequences among them)
 * and the characters that reorder text around them (bidi embeddings,
 * overrides, isolates). A title in a corpus or on a page can carry them to
 * recolour, move or rewrite what a terminal shows.
 */
const CONTROL = /[\p{Cc}]/gu;

/** Text as the command line prints it: each control character a visible U+FFFD (tabs and line breaks a space), no reordering. */
export function printable(text: string): string {
  return text
    .replace(REORDERING, '')
    .replace(CONTROL, (char) => (char === '\t' || char === '\n' || char === '\r' ? ' ' : '\ufffd'));
}

/** The same for every string in a result (its titles, sources, sentences, ids), whatever its shape. */
export function printableData<T>(value: T): T {
  if (typeof value === 'string') return printable(value) as T;
  if (Array.isArray(value)) return value.map(printableData) as T;
  if (value && typeof value === 'object') {
    const copy: Record<string, unknown> = {};
    for (const [key, field] of Object.entries(value)) copy[key] = printableData(field);
    return copy as T;
  }
  return value;
}
