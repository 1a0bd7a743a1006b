/**
 * Splits a paragraph into sentences. A full stop after an abbreviation ("Mr.",
 * "U.S.", "Jan.") or an initial ("J. Smith") does not end a sentence.
 *
 * A sentence ends at . ! ? (or ؟ ۔ । in Arabic, Urdu and Hindi) followed by
 * space and a capital, a digit or a letter of a script without capitals; and
 * at 。！？ whatever follows (Chinese and Japanese put no space after them), and
 * at ! ? before Chinese or Japanese (what ！？ become once typography is folded).
 *
 * One pass over the text, each character looked at a bounded number of times:
 * a page is free to send runs of a million full stops (a regular expression
 * with the same rules took quadratic time on them).
 */
const ABBREVIATIONS = new Set(
  `mr mrs ms dr prof gen col lt sgt capt cmdr adm maj sen rep gov pres supt insp det rev st mt ft jr sr
  inc ltd co corp plc llc bros dept univ assn est approx vs etc al fig no nos vol pp ed eds
  jan feb mar apr jun jul aug sep sept oct nov dec mon tue tues wed thu thur thurs fri sat sun
  ala ariz ark calif colo conn del fla ga ill ind kan ky la md mass mich minn miss mo mont neb nev okla ore
  pa tenn tex va vt wash wis wyo`.split(/\s+/),
);

const STOPS = new Set('.!?؟۔।');
const CLOSERS = new Set('"\')]»”’');
const OPENERS = new Set('"\'([«„“¿¡');
const CJK_STOPS = new Set('。！？');
const CJK_CLOSERS = new Set('"\')]」』”’');
const STARTS_SENTENCE = /[\p{Lu}\p{N}\p{Lo}]/u;
const CJK = /[\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}]/u;
const SPACE = /\s/u;
/** Longer than this, the word before a full stop is no abbreviation, and is not read back further. */
const LONGEST_ABBREVIATION = 40;

interface Boundary {
  /** Where the stop that ends the sentence begins. */
  stopAt: number;
  /** Where the sentence ends (after its stop and closing quotes). */
  end: number;
  /** Where the next search starts. */
  next: number;
  stop: string;
}

export function splitSentences(paragraph: string): string[] {
  const text = paragraph.trim();
  if (!text) return [];
  const sentences: string[] = [];
  let start = 0;
  for (let i = 0; i < text.length; ) {
    const boundary = boundaryAt(text, i);
    if (!boundary) {
      i = skipRun(text, i);
      continue;
    }
    i = boundary.next;
    if (boundary.stop === '.' && endsWithAbbreviation(text, start, boundary.stopAt)) continue;
    pushTrimmed(sentences, text.slice(start, boundary.end));
    start = boundary.end;
  }
  pushTrimmed(sentences, text.slice(start));
  return sentences;
}

/** A sentence boundary starting at `i`, or null. */
function boundaryAt(text: string, i: number): Boundary | null {
  const char = charAt(text, i);
  if (CJK_STOPS.has(char)) return cjkBoundary(text, i, runEnd(text, i, CJK_STOPS));
  if (!STOPS.has(char)) return null;
  const stopEnd = runEnd(text, i, STOPS);
  const closersEnd = runEnd(text, stopEnd, CLOSERS);
  const spaceEnd = runEnd(text, closersEnd, null);
  if (spaceEnd > closersEnd && startsSentence(text, spaceEnd))
    return { stopAt: i, end: closersEnd, next: spaceEnd, stop: text.slice(i, stopEnd) };
  // "…!?" straight before Chinese or Japanese: the run's last ! and ? end the sentence.
  let bang = stopEnd;
  while (bang > i && (text[bang - 1] === '!' || text[bang - 1] === '?')) bang--;
  if (bang === stopEnd) return null;
  const cjkClosersEnd = runEnd(text, stopEnd, CJK_CLOSERS);
  if (!CJK.test(charAt(text, cjkClosersEnd))) return null;
  return { stopAt: bang, end: cjkClosersEnd, next: cjkClosersEnd, stop: text.slice(bang, stopEnd) };
}

function cjkBoundary(text: string, i: number, stopEnd: number): Boundary | null {
  const closersEnd = runEnd(text, stopEnd, CJK_CLOSERS);
  const spaceEnd = runEnd(text, closersEnd, null);
  if (spaceEnd >= text.length) return null;
  return { stopAt: i, end: closersEnd, next: spaceEnd, stop: text.slice(i, stopEnd) };
}

/** Past the character at `i`, or past its whole run of stops when they end no sentence. */
function skipRun(text: string, i: number): number {
  const char = charAt(text, i);
  // A run of stops that ends no sentence is passed whole (boundaryAt tried its last ! and ? too).
  return STOPS.has(char) ? runEnd(text, i, STOPS) : i + char.length;
}

/** Where a run of characters from `set` (white space, for null) starting at `i` ends. */
function runEnd(text: string, i: number, set: ReadonlySet<string> | null): number {
  let end = i;
  while (end < text.length) {
    const char = charAt(text, end);
    if (set ? !set.has(char) : !SPACE.test(char)) break;
    end += char.length;
  }
  return end;
}

function startsSentence(text: string, i: number): boolean {
  const first = charAt(text, i);
  const letter = OPENERS.has(first) ? charAt(text, i + first.length) : first;
  return STARTS_SENTENCE.test(letter);
}

function charAt(text: string, i: number): string {
  const code = text.codePointAt(i);
  return code === undefined ? '' : String.fromCodePoint(code);
}

/** Whether the word before the full stop at `stopAt` (within the sentence begun at `start`) is an abbreviation. */
function endsWithAbbreviation(text: string, start: number, stopAt: number): boolean {
  let from = stopAt;
  while (from > start && !SPACE.test(text[from - 1] as string)) {
    if (stopAt - from >= LONGEST_ABBREVIATION) return false;
    from--;
  }
  const bare = text.slice(from, stopAt).replace(/^["'([]+/, '');
  if (/^\p{Lu}$/u.test(bare)) return true; // an initial: "J. Smith"
  if (/^(?:\p{L}\.)+\p{L}$/u.test(bare)) return true; // "U.S", "e.g", "a.m"
  return ABBREVIATIONS.has(bare.toLowerCase());
}

function pushTrimmed(into: string[], sentence: string): void {
  const trimmed = sentence.trim();
  if (trimmed) into.push(trimmed);
}
