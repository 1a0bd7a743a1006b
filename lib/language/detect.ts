import { francAll } from 'franc-min';

/**
 * The languages franc names (ISO 639-3) as BCP 47 primary subtags, for those
 * the wires write in and their neighbours; others keep franc's code.
 */
const TWO_LETTER: Record<string, string> = {
  eng: 'en',
  fra: 'fr',
  spa: 'es',
  deu: 'de',
  ita: 'it',
  por: 'pt',
  rus: 'ru',
  tur: 'tr',
  arb: 'ar',
  ara: 'ar',
  urd: 'ur',
  hin: 'hi',
  cmn: 'zh',
  zho: 'zh',
  jpn: 'ja',
  kor: 'ko',
  nld: 'nl',
  pol: 'pl',
  ukr: 'uk',
  ces: 'cs',
  ron: 'ro',
  hun: 'hu',
  swe: 'sv',
  dan: 'da',
  nob: 'no',
  fin: 'fi',
  ell: 'el',
  bul: 'bg',
  srp: 'sr',
  hrv: 'hr',
  ind: 'id',
  zlm: 'ms',
  vie: 'vi',
  tha: 'th',
  pes: 'fa',
  heb: 'he',
  ben: 'bn',
  tam: 'ta',
  npi: 'ne',
  cat: 'ca',
  slk: 'sk',
  lit: 'lt',
};

/** Below this many letters a text says too little of its language; the page's own word is taken then. */
const MIN_LETTERS = 20;

/**
 * The language a text is written in, as a BCP 47 primary subtag ("en",
 * "zh"), detected from the text with franc; `hint` (a page's `lang`
 * attribute, say) decides where the text is too short to tell, or where the
 * hinted language is as likely as franc's first. Null when nothing can be said.
 */
export function detectLanguage(text: string, hint: string | null = null): string | null {
  const hinted = hint ? primaryTag(hint) : null;
  const letters = text.match(/\p{L}/gu)?.length ?? 0;
  if (letters < MIN_LETTERS) return hinted;
  const ranked = francAll(text.slice(0, SAMPLE_CHARS), { minLength: MIN_LETTERS });
  const [best] = ranked;
  if (!best || best[0] === 'und') return hinted;
  if (hinted && ranked.some(([code, score]) => (TWO_LETTER[code] ?? code) === hinted && score >= 0.95))
    return hinted;
  return TWO_LETTER[best[0]] ?? best[0];
}

/** Enough of a text to tell its language, not so much that detection costs more than the rest of reading it. */
const SAMPLE_CHARS = 2_000;

/** "en-GB" → "en", "zh-Hant-TW" → "zh". */
export function primaryTag(tag: string): string | null {
  const primary = tag.trim().toLowerCase().split(/[-_]/)[0] ?? '';
  return /^[a-z]{2,3}$/.test(primary) ? primary : null;
}
