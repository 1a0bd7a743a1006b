/**
 * Credit lines: how a page says where its text came from. A page that copies a
 * wire story is expected to say so ("(Reuters) -", "Reporting by …", "AP Photo/…").
 */
export interface WireSource {
  /** The name we show. */
  name: string;
  /** How pages write it. */
  pattern: RegExp;
}

export const WIRE_SOURCES: readonly WireSource[] = [
  { name: 'Reuters', pattern: /\breuters\b/i },
  { name: 'AP', pattern: /\b(?:[Aa]ssociated [Pp]ress|AP(?= photo| \u2014|\)| -|\/)|\(AP\))/ },
  { name: 'AFP', pattern: /\b(?:AFP|agence france[- ]presse)\b/i },
  { name: 'PA', pattern: /\b(?:PA(?= wire| media| images|\))|\(PA\)|press association|PA Media)\b/ },
  { name: 'Bloomberg', pattern: /\bbloomberg\b/i },
  { name: 'UPI', pattern: /\b(?:UPI|united press international)\b/ },
  { name: 'dpa', pattern: /\b(?:dpa|deutsche presse-agentur)\b/ },
  { name: 'ANSA', pattern: /\bANSA\b/ },
  { name: 'EFE', pattern: /\bEFE\b/ },
  { name: 'Kyodo', pattern: /\bkyodo\b/i },
  { name: 'Xinhua', pattern: /\bxinhua\b/i },
  { name: 'AAP', pattern: /\b(?:AAP|australian associated press)\b/ },
  { name: 'Canadian Press', pattern: /\bcanadian press\b/i },
  { name: 'Yonhap', pattern: /\byonhap\b/i },
];

/** Wire services as credit lines name them after "With", "Via" or "Source". */
const WIRE_NAMES = [
  'Reuters',
  'AP',
  'Associated Press',
  'AFP',
  'Agence France-Presse',
  'PA',
  'PA Media',
  'Press Association',
  'Bloomberg',
  'UPI',
  'dpa',
  'ANSA',
  'EFE',
  'Kyodo',
  'Xinhua',
  'AAP',
  'Canadian Press',
  'Yonhap',
  'wire services',
  'agencies',
  '[Aa]dditional reporting',
].join('|');

// Two expressions, not one: an alternation mixing anchored and loose parts is tried at every position of every line.
// Case is spelt out, not folded with /i: with /i, \p{Lu} matches lower case too, and "With a heavy heart…" was a credit.
const CREDIT_START = new RegExp(
  `^(?:${[
    String.raw`\(?(?:[Aa]dditional )?(?:[Rr]eporting|[Ww]riting|[Ee]diting|[Cc]ompiled|[Ww]ritten|[Tt]ranslated|[Rr]esearch|[Pp]roduction|[Gg]raphics?|[Aa]daptation) by\b`,
    String.raw`(?:[Ww]ith|[Ss]ources?:?|[Vv]ia|\u00a9|[Cc]opyright|\([Cc]\))\s+(?:the\s+)?(?:${WIRE_NAMES})\b`,
    String.raw`(?:[Ss]ources?:|\u00a9|[Cc]opyright|\([Cc]\))\s+\p{Lu}`,
    String.raw`[-\u2013\u2014]\s*\p{Lu}[\p{L} ]{1,30}$`,
    '[Oo]ur [Ss]tandards:',
  ].join('|')})`,
  'u',
);
const CREDIT_PHRASE = /\b(?:contributed to this (?:report|story|article)|all rights reserved)\b/iu;

/** A cheap test that must pass before the full one: every photo credit ends with one of these. */
const PHOTO_HINT = /\/|photo|picture|image|video|getty/i;

// Capitals by \p{Lu} without /i ("REUTERS/Albert Gea"; with /i, "and/or his partner fled" was one), the rest any case.
const PHOTO_CREDIT = new RegExp(
  [
    String.raw`(?:^|\s)\p{Lu}{2,}(?:\s\p{Lu}{2,})*\/[\p{L} .'/-]+$`,
    String.raw`\b(?:[Pp]hoto|PHOTO|[Pp]icture|[Ii]mage|[Ff]ile [Pp]hoto|[Vv]ideo)\s*(?:by|:|\/|[Cc]redit)`,
    String.raw`\b[Vv]ia [Gg]etty [Ii]mages\b`,
  ].join('|'),
  'u',
);

/** A photo caption's credit ("REUTERS/Albert Gea", "AP Photo/…"): the line is a caption, not story text. */
export function isPhotoCredit(line: string): boolean {
  return line.length <= 400 && PHOTO_HINT.test(line.slice(-80)) && PHOTO_CREDIT.test(line);
}

/** "WASHINGTON (Reuters) - ", "LONDON, March 3 (AP) — ", "(AFP) - " at the start of a paragraph. */
const DATELINE =
  /^((?:[\p{Lu}][\p{Lu}\p{L} .,'/-]{0,60}?\s*)?\((?:Reuters|AP|AFP|PA|UPI|dpa|ANSA|EFE|Kyodo|Xinhua|AAP|Bloomberg|CP)\)\s*[-:\u2013\u2014]+\s*)/u;

/** DATELINE, tried only where it can match: most paragraphs have no "(" at all, and the expression is slow to fail. */
function startsWithCreditedDateline(text: string): boolean {
  return text.includes('(') && DATELINE.test(text);
}

/** "MARCH 31 - ", "LONDON - " datelines that name no source. */
const PLAIN_DATELINE =
  /^((?:\p{Lu}{3,}[\p{Lu} .,'/]{0,30}?)(?:\s+\d{1,2})?\s+[-\u2013\u2014]+\s+)(?=\p{Lu})/u;

export function isCreditLine(line: string): boolean {
  const text = line.trim();
  if (text.length > 240) return false;
  if (CREDIT_START.test(text) || CREDIT_PHRASE.test(text) || isPhotoCredit(text)) return true;
  return startsWithCreditedDateline(text) && text.replace(DATELINE, '').trim().length === 0;
}

/** Separates a leading dateline from a paragraph; the credit part is returned when it names a source. */
export function splitDateline(paragraph: string): { text: string; credit: string | null } {
  const credited = startsWithCreditedDateline(paragraph) ? DATELINE.exec(paragraph) : null;
  if (credited?.[1]) {
    return { text: paragraph.slice(credited[1].length).trim(), credit: credited[1].trim() };
  }
  const plain = PLAIN_DATELINE.exec(paragraph);
  if (plain?.[1]) return { text: paragraph.slice(plain[1].length).trim(), credit: null };
  return { text: paragraph, credit: null };
}

/** The wire sources that lines of credit or body text name. */
export function sourcesNamed(lines: readonly string[]): string[] {
  const names = new Set<string>();
  for (const line of lines) {
    for (const source of WIRE_SOURCES) if (source.pattern.test(line)) names.add(source.name);
  }
  return [...names];
}

/** Canonical name for a story's source as written in a corpus ("Reuters", "Associated Press" → "AP"). */
export function canonicalSource(source: string): string {
  const named = sourcesNamed([source]);
  return named[0] ?? source.trim();
}
