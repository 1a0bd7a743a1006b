/**
 * Splits a paragraph into sentences. A full stop after an abbreviation ("Mr.",
 * "U.S.", "Jan.") or an initial ("J. Smith") does not end a sentence.
 */
const ABBREVIATIONS = new Set(
  `mr mrs ms dr prof gen col lt sgt capt cmdr adm maj sen rep gov pres supt insp det rev st mt ft jr sr
  inc ltd co corp plc llc bros dept univ assn est approx vs etc al fig no nos vol pp ed eds
  jan feb mar apr jun jul aug sep sept oct nov dec mon tue tues wed thu thur thurs fri sat sun
  ala ariz ark calif colo conn del fla ga ill ind kan ky la md mass mich minn miss mo mont neb nev okla ore
  pa tenn tex va vt wash wis wyo`.split(/\s+/),
);

/**
 * A sentence ends at . ! ? (or ؟ ۔ । in Arabic, Urdu and Hindi) followed by
 * space and a capital, a digit or a letter of a script without capitals; and
 * at 。！？ whatever follows (Chinese and Japanese put no space after them), and
 * at ! ? before Chinese or Japanese (what ！？ become once typography is folded).
 */
const BOUNDARY =
  /([.!?؟۔।]+|\.\.\.)(["')\]»”’]*)(\s+)(?=["'([«„“¿¡]?[\p{Lu}\p{N}\p{Lo}])|([。！？]+|[!?]+(?=["')\]」』”’]*[\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}]))(["')\]」』”’]*)(\s*)(?=\S)/gu;

export function splitSentences(paragraph: string): string[] {
  const text = paragraph.trim();
  if (!text) return [];
  const sentences: string[] = [];
  let start = 0;
  for (const match of text.matchAll(BOUNDARY)) {
    const stop = match[1] ?? match[4] ?? '';
    const closers = match[2] ?? match[5] ?? '';
    const end = (match.index ?? 0) + stop.length + closers.length;
    if (stop === '.' && endsWithAbbreviation(text.slice(start, match.index))) continue;
    pushTrimmed(sentences, text.slice(start, end));
    start = end;
  }
  pushTrimmed(sentences, text.slice(start));
  return sentences;
}

function endsWithAbbreviation(before: string): boolean {
  const last = /(\S+)$/.exec(before)?.[1] ?? '';
  const bare = last.replace(/^["'([]+/, '');
  if (/^\p{Lu}$/u.test(bare)) return true; // an initial: "J. Smith"
  if (/^(?:\p{L}\.)+\p{L}$/u.test(bare)) return true; // "U.S", "e.g", "a.m"
  return ABBREVIATIONS.has(bare.toLowerCase());
}

function pushTrimmed(into: string[], sentence: string): void {
  const trimmed = sentence.trim();
  if (trimmed) into.push(trimmed);
}
