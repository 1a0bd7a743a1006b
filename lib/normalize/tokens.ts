import { stemmerOf } from '../language/stemmers.ts';
import { stopwordsOf } from '../language/stopwords.ts';
import { foldCase } from './fold.ts';
import { isUnspaced, wordsOfUnspaced } from './unspaced-words.ts';

export type TokenKind = 'word' | 'number' | 'punct';

export interface Token {
  /** The token as written (after typographic folding). */
  text: string;
  /** Case- and accent-folded form; numbers without thousands separators. */
  key: string;
  /** Stem of the key: what content comparison uses. */
  stem: string;
  kind: TokenKind;
  /** A word or number that says what the sentence is about (not a function word). */
  content: boolean;
  /** Written with a capital inside a sentence, or an acronym: likely a name. */
  proper: boolean;
  /** Inside double quotes: somebody's words. */
  quoted: boolean;
  /** Written against the token before it, with no space between ("year-old", "北京市"): how it is written back. */
  glued?: true;
}

export const TOKEN =
  /(?:\p{Lu}\.){2,}|\d+(?:[.,:]\d+)*(?:st|nd|rd|th|s|m|bn|km|kg|pc)?|[\p{L}\p{M}\p{N}]+(?:['-][\p{L}\p{M}\p{N}]+)*|\S/gu;
const COUNTRY_KEYS: Record<string, string> = {
  'u.s.': 'usa',
  us: 'usa',
  'u.s': 'usa',
  'u.k.': 'uk',
  uk: 'uk',
};
const LETTER = /\p{L}/u;
const UPPER_START = /^\p{Lu}/u;
const ALL_CAPS = /^[\p{Lu}\d.]+$/u;

export interface TokenizeResult {
  tokens: Token[];
  /** Whether a double quote is still open at the end of the text. */
  inQuote: boolean;
}

/**
 * Splits one sentence (or any run of text) into tokens; `inQuote` carries
 * quote state across sentences. `language` says which words are function words
 * and how words are stemmed; Chinese, Japanese and Thai runs are cut into
 * words by `Intl.Segmenter`.
 */
export function tokenize(text: string, inQuote = false, language: string | null = 'en'): TokenizeResult {
  const tokens: Token[] = [];
  let quoted = inQuote;
  let sentenceStart = true;
  let end = -1;
  for (const match of text.matchAll(TOKEN)) {
    const raw = match[0];
    const glued = match.index === end;
    end = match.index + raw.length;
    const first = tokens.length;
    if (raw === '"') {
      quoted = !quoted;
      tokens.push(punct(raw, quoted));
    } else {
      for (const word of isUnspaced(raw) ? wordsOfUnspaced(raw, language) : [raw])
        if (pushWord(word, sentenceStart, quoted, tokens, language)) sentenceStart = false;
    }
    // The words a Chinese or Japanese run is cut into are written together, as the run was.
    for (let i = first; i < tokens.length; i++) if (i > first || glued) (tokens[i] as Token).glued = true;
  }
  return { tokens: text.includes('United States') ? mergeUnitedStates(tokens) : tokens, inQuote: quoted };
}

/** Adds the tokens of one match; returns whether it was a word or number rather than punctuation. */
function pushWord(
  raw: string,
  sentenceStart: boolean,
  quoted: boolean,
  into: Token[],
  language: string | null,
): boolean {
  if (isDigit(raw)) {
    into.push(numberToken(raw, quoted));
    return true;
  }
  const info = wordInfo(raw, language);
  if (!info) {
    into.push(punct(raw, quoted));
    return false;
  }
  const proper = info.capitalized && (!sentenceStart || info.acronym);
  into.push({
    text: raw,
    key: info.key,
    stem: info.stem,
    kind: 'word',
    content: info.content,
    proper,
    quoted,
  });
  // "haven't" reads as "have not"; the word's own text already holds the "n't", so the "not" has none.
  if (info.negated)
    into.push({ text: '', key: 'not', stem: 'not', kind: 'word', content: false, proper: false, quoted });
  return true;
}

/** A word or number with what comparison needs of it, without its place in a text. */
export interface Term {
  kind: 'word' | 'number';
  key: string;
  stem: string;
  content: boolean;
  capitalized: boolean;
}

/**
 * Visits the words and numbers of a text in order: the lean path for
 * fingerprinting many stories, with the same normalization as `tokenize`.
 */
export function forEachTerm(text: string, visit: (term: Term) => void, language: string | null = 'en'): void {
  for (const match of text.match(TOKEN) ?? []) {
    for (const raw of isUnspaced(match) ? wordsOfUnspaced(match, language) : [match]) {
      const term = isDigit(raw) ? numberTerm(raw) : wordInfo(raw, language);
      if (term) visit(term);
    }
  }
}

/** The term a token spelled this way stands for in English (null for punctuation): what callers that cache by spelling need. */
export function termOfSpelling(raw: string): Term | null {
  return isDigit(raw) ? numberTerm(raw) : readWord(raw, 'en');
}

function isDigit(raw: string): boolean {
  const first = raw.charCodeAt(0);
  return first >= 48 && first <= 57;
}

function numberTerm(raw: string): Term {
  const key = numberKey(raw);
  return { kind: 'number', key, stem: key, content: true, capitalized: false };
}

interface WordInfo extends Term {
  kind: 'word';
  key: string;
  stem: string;
  content: boolean;
  capitalized: boolean;
  /** All capitals, two letters or more ("NATO", "U.S."): a name even at a sentence's start. */
  acronym: boolean;
  /** "isn't": the word is followed by a "not". */
  negated: boolean;
}

const MAX_CACHED_WORDS = 200_000;
// A prototype-less object is the fastest string-keyed cache in V8, faster than a Map here; one a language.
let words: Record<string, Record<string, WordInfo | null>> = Object.create(null);
let cachedWords = 0;

/** What a written word means to the engine in a language; words repeat, so the answer is remembered. */
function wordInfo(raw: string, language: string | null): WordInfo | null {
  const code = language ?? 'en';
  let cache = words[code];
  if (!cache) {
    cache = Object.create(null) as Record<string, WordInfo | null>;
    words[code] = cache;
  }
  let info = cache[raw];
  if (info === undefined) {
    if (++cachedWords > MAX_CACHED_WORDS) {
      words = Object.create(null);
      cachedWords = 1;
      cache = Object.create(null) as Record<string, WordInfo | null>;
      words[code] = cache;
    }
    info = readWord(raw, code);
    cache[raw] = info;
  }
  return info;
}

function readWord(raw: string, language: string): WordInfo | null {
  if (!LETTER.test(raw) && !/\d/.test(raw)) return null;
  const capitalized = UPPER_START.test(raw);
  const acronym = ALL_CAPS.test(raw) && raw.length > 1;
  const country = COUNTRY_KEYS[raw.toLowerCase()];
  if (country && acronym) {
    return {
      kind: 'word',
      key: country,
      stem: country,
      content: true,
      capitalized: true,
      acronym,
      negated: false,
    };
  }
  if (language !== 'en') return readForeignWord(raw, language, capitalized, acronym);
  const contraction = /^(.+)n't$/i.exec(raw);
  const key = foldCase(contraction?.[1] ?? raw)
    .replace(/'s$|'$/, '')
    .replace(/-/g, '')
    .replace(/\.$/, '');
  const content = !contraction && !stopwordsOf(language).has(key) && (key.length > 1 || isUnspaced(key));
  const stem = content ? stemmerOf(language)(key) : key;
  return { kind: 'word', key, stem, content, capitalized, acronym, negated: contraction !== null };
}

/** Where a word's apostrophe cuts it: after an elided article (French, Italian), before a name's suffix (Turkish). */
const ELISION = new Set(['fr', 'it', 'ca']);
const SUFFIX_AFTER_APOSTROPHE = new Set(['tr', 'az']);

/**
 * A word in a language other than English: stemmed as written in lower case
 * (a Snowball stemmer knows "büyüklüğündeki", not "buyuklugundeki"), then
 * folded, so that spellings with and without accents still meet.
 */
function readForeignWord(raw: string, language: string, capitalized: boolean, acronym: boolean): WordInfo {
  let word = raw.replace(/\.$/, '');
  if (word.includes("'")) {
    if (ELISION.has(language)) word = word.slice(word.lastIndexOf("'") + 1);
    else if (SUFFIX_AFTER_APOSTROPHE.has(language)) word = word.slice(0, word.indexOf("'"));
  }
  const lower = word.toLocaleLowerCase(language).replace(/-/g, '');
  const key = foldCase(lower);
  const content = !stopwordsOf(language).has(key) && (key.length > 1 || isUnspaced(key));
  const stem = content ? foldCase(stemmerOf(language)(lower.normalize('NFC'))) : key;
  return { kind: 'word', key, stem, content, capitalized, acronym, negated: false };
}

function numberToken(raw: string, quoted: boolean): Token {
  const key = numberKey(raw);
  return { text: raw, key, stem: key, kind: 'number', content: true, proper: false, quoted };
}

function numberKey(raw: string): string {
  return raw.toLowerCase().replace(/,(?=\d{3}\b)/g, '');
}

function punct(text: string, quoted: boolean): Token {
  return { text, key: text, stem: text, kind: 'punct', content: false, proper: false, quoted };
}

function mergeUnitedStates(tokens: Token[]): Token[] {
  const merged: Token[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i] as Token;
    const next = tokens[i + 1];
    if (token.key === 'united' && next?.key === 'states') {
      merged.push({ ...token, text: `${token.text} ${next.text}`, key: 'usa', stem: 'usa', proper: true });
      i++;
    } else {
      merged.push(token);
    }
  }
  return merged;
}
