/**
 * Joins hard-wrapped text back into paragraphs. Text wrapped at a fixed width
 * has most lines of nearly the same length and many that stop mid-sentence; a
 * paragraph is taken to end at a line that ends a sentence or stops short
 * (where a sentence ends at a line end inside a paragraph, the paragraph is
 * split there, which costs nothing: sentences are what the engine compares).
 */
const MIN_WRAPPED_LINES = 3;
const SENTENCE_END = /[.!?:]["')\]]*\s*$/;

export function unwrapLines(lines: readonly string[]): string[] {
  if (isOneWrappedParagraph(lines)) return [lines.map((l) => l.trim()).join(' ')];
  const width = wrapWidth(lines);
  if (width === null) return isBrokenParagraph(lines) ? [joinBroken(lines)] : [...lines];
  const paragraphs: string[] = [];
  let current: string[] = [];
  for (const line of lines) {
    current.push(line.trim());
    if (line.trim().length < width * 0.8 || SENTENCE_END.test(line)) {
      paragraphs.push(current.join(' '));
      current = [];
    }
  }
  if (current.length) paragraphs.push(current.join(' '));
  return paragraphs;
}

/** A short run of long lines that all stop mid-sentence but the last. */
function isOneWrappedParagraph(lines: readonly string[]): boolean {
  if (lines.length < 2) return false;
  return lines.slice(0, -1).every((l) => l.trim().length >= 40 && !SENTENCE_END.test(l));
}

/**
 * A paragraph broken at arbitrary points (a phrase a line, as text kept from
 * markup or an annotation tool gives it): it ends a sentence, yet most of its
 * lines stop mid-sentence. A menu ("Home / News / Sport") ends no sentence, and
 * a paragraph a line ends one on most lines.
 */
function isBrokenParagraph(lines: readonly string[]): boolean {
  if (lines.length < 2 || !SENTENCE_END.test(lines.at(-1) as string)) return false;
  const unfinished = lines.filter((l) => !SENTENCE_END.test(l)).length;
  return unfinished * 2 >= lines.length;
}

const LONE_MARK = /^["'()[\]]$/;
/** A line that closes what the line before it said (".", "\").", ","): glued to it. */
const CLOSING = /^["')\]]*[.,;:!?)\]]/;
/** Where a lone quote mark opens a quotation: at the start, or after a sentence end or a colon. */
const OPENS_AFTER = /(?:^|[.!?:])["')\]]*$/;

/** The lines as one paragraph; a lone quote mark is glued to the words it opens or closes. */
function joinBroken(lines: readonly string[]): string {
  let text = '';
  let open = false;
  for (const line of lines.map((l) => l.trim())) {
    const lone = LONE_MARK.test(line);
    const opening = lone && OPENS_AFTER.test(text);
    const glued = text === '' || open || CLOSING.test(line) || (lone && !opening);
    text += glued ? line : ` ${line}`;
    open = opening;
  }
  return text;
}

/** The width text was wrapped at, or null when it was not wrapped. */
function wrapWidth(lines: readonly string[]): number | null {
  if (lines.length < MIN_WRAPPED_LINES) return null;
  const lengths = lines.map((l) => l.trim().length);
  const width = lengths.reduce((max, n) => Math.max(max, n), 0);
  if (width < 40 || width > 160) return null;
  const full = lengths.filter((n) => n >= width * 0.8).length;
  const unfinished = lines.filter((l) => l.trim().length >= width * 0.8 && !SENTENCE_END.test(l)).length;
  return full >= lines.length * 0.6 && unfinished >= full * 0.5 ? width : null;
}
