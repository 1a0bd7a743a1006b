/**
 * Short fields a page or a feed gives (title, byline, site name): the most
 * Wiretrace keeps and shows of each. A headline is rarely over 150 characters.
 */
export const FIELD_CHARS = { title: 300, byline: 200, name: 100 } as const;

/**
 * The characters that reorder text around them (bidi embeddings, overrides
 * and isolates): in a title they can make it read as something else wherever
 * it is shown. The command line strips them from what it prints too.
 */
export const REORDERING = /[\u202a-\u202e\u2066-\u2069]/gu;
/** Control characters, and the marks that set a direction (left-to-right, right-to-left, Arabic letter). */
const CONTROLS_AND_MARKS = /[\p{Cc}\u061c\u200e\u200f]/gu;

/**
 * A field as shown and kept: unsafe characters removed, white space as single
 * spaces, cut to `max` characters (with an ellipsis). Linear in the input.
 */
export function cleanField(text: string, max: number): string {
  const clean = text.replace(REORDERING, ' ').replace(CONTROLS_AND_MARKS, ' ').replace(/\s+/gu, ' ').trim();
  if (clean.length <= max) return clean;
  const cut = Array.from(clean.slice(0, max)).slice(0, -1).join('');
  return `${cut.trimEnd()}…`;
}

/** The same for a field that may be missing: empty once cleaned is missing. */
export function cleanOptionalField(text: string | null | undefined, max: number): string | null {
  if (!text) return null;
  return cleanField(text, max) || null;
}
