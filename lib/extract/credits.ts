import { escapeRegExp, WIRE_SOURCES } from './wire-sources.ts';

export { canonicalSource, sourcesNamed } from './wire-sources.ts';

/*
 * Credit lines: how a page says where its text came from. A page that copies a
 * wire story is expected to say so ("(Reuters) -", "Reporting by …", "AP Photo/…",
 * "(dpa)", "con información de EFE", "新华社北京12月1日电").
 */

/** Wire services as credit lines name them after "With", "Via" or "Source". */
const WIRE_NAMES = [
  ...WIRE_SOURCES.flatMap((s) => s.dateline).map(escapeRegExp),
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
/** Phrases that say where a text came from, in the wires' languages. */
const CREDIT_PHRASE = new RegExp(
  [
    String.raw`\b(?:contributed to this (?:report|story|article)|all rights reserved)\b`,
    String.raw`\bcon (?:información|informaciones) de\b`,
    String.raw`\b(?:avec|selon) (?:l['’])?(?:AFP|agences?)\b`,
    String.raw`\bmit Material (?:von|der)\b`,
    String.raw`\b(?:tous droits réservés|todos los derechos reservados|alle Rechte vorbehalten|tutti i diritti riservati)\b`,
    String.raw`^(?:Quelle|Fuente|Fonte|Source|Kaynak|Источник|المصدر|ماخذ|स्रोत|来源|出典)\s*[:：]`,
  ].join('|'),
  'iu',
);

/** A line that is only a wire's name, in parentheses or not: "(dpa)", "EFE", "Agencia EFE". */
const NAME_ALONE = new RegExp(
  `^[\\s(（【]*(?:Agencia\\s+)?(?:${WIRE_SOURCES.flatMap((s) => [s.name, ...s.dateline])
    .map(escapeRegExp)
    .join('|')})[\\s)）】.]*$`,
  'u',
);

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

/**
 * "WASHINGTON (Reuters) - ", "SINGAPORE, Nov 24 (Reuters) -", "LONDON, March 3 (AP) — ",
 * "(AFP) - ", "PARÍS, 1 dic (EFE).-", "بيروت (أ ف ب) -", "اسلام آباد (اے پی پی)",
 * "МОСКВА, 1 декабря. /ТАСС/.": a place (in any script, with its date), the
 * wire in parentheses or slashes, a dash, a colon or a full stop.
 */
const DATELINE_NAMES = WIRE_SOURCES.flatMap((s) => s.dateline)
  .map(escapeRegExp)
  .join('|');
const DATELINE = new RegExp(
  `^((?:[\\p{Lu}\\p{Lo}][\\p{L}\\p{M}\\p{N} .,'/-]{0,60}?\\s*)?(?:[(（](?:${DATELINE_NAMES})[)）]|/(?:${DATELINE_NAMES})/)\\s*(?:\\.?[-:\\u2013\\u2014]+|\\.(?=\\s)|(?=\\s*\\p{Lo}))\\s*)`,
  'u',
);

/** "新华社北京12月1日电", "【ワシントン共同】": the Chinese and Japanese wires' datelines, which take no parentheses. */
const CJK_DATELINE =
  /^((?:新华社|新華社)[^\s，,。]{0,12}?电(?:[(（][^)）]{0,20}[)）])?\s*|【[^】]{1,16}共同】\s*)/u;

/** DATELINE, tried only where it can match: most paragraphs have no "(" at all, and the expression is slow to fail. */
function startsWithCreditedDateline(text: string): boolean {
  return (
    ((text.includes('(') || text.includes('（') || text.includes('/')) && DATELINE.test(text)) ||
    CJK_DATELINE.test(text)
  );
}

function creditedDateline(text: string): RegExpExecArray | null {
  return DATELINE.exec(text) ?? CJK_DATELINE.exec(text);
}

/** "MARCH 31 - ", "LONDON - " datelines that name no source. */
const PLAIN_DATELINE =
  /^((?:\p{Lu}{3,}[\p{Lu} .,'/]{0,30}?)(?:\s+\p{N}{1,2})?\s+[-\u2013\u2014]+\s+)(?=\p{Lu})/u;

export function isCreditLine(line: string): boolean {
  const text = line.trim();
  if (text.length > 240) return false;
  if (CREDIT_START.test(text) || CREDIT_PHRASE.test(text) || NAME_ALONE.test(text) || isPhotoCredit(text))
    return true;
  if (!startsWithCreditedDateline(text)) return false;
  return text.slice(creditedDateline(text)?.[1]?.length ?? 0).trim().length === 0;
}

/** Separates a leading dateline from a paragraph; the credit part is returned when it names a source. */
export function splitDateline(paragraph: string): { text: string; credit: string | null } {
  const credited = startsWithCreditedDateline(paragraph) ? creditedDateline(paragraph) : null;
  if (credited?.[1]) {
    return { text: paragraph.slice(credited[1].length).trim(), credit: credited[1].trim() };
  }
  const plain = PLAIN_DATELINE.exec(paragraph);
  if (plain?.[1]) return { text: paragraph.slice(plain[1].length).trim(), credit: null };
  return { text: paragraph, credit: null };
}
