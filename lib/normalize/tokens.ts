import { stemmer } from 'stemmer';
import { foldCase } from './fold.ts';
import { isStopword } from './stopwords.ts';

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
}

const TOKEN =
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

/** Splits one sentence (or any run of text) into tokens; `inQuote` carries quote state across sentences. */
export function tokenize(text: string, inQuote = false): TokenizeResult {
  const tokens: Token[] = [];
  let quoted = inQuote;
  let first = true;
  for (const match of text.matchAll(TOKEN)) {
    const raw = match[0];
    if (raw === '"') {
      quoted = !quoted;
      tokens.push(punct(raw, quoted));
      continue;
    }
    for (const token of wordTokens(raw, first, quoted)) tokens.push(token);
    if (LETTER.test(raw) || /\d/.test(raw)) first = false;
  }
  return { tokens: mergeUnitedStates(tokens), inQuote: quoted };
}

function wordTokens(raw: string, sentenceStart: boolean, quoted: boolean): Token[] {
  if (/^\d/.test(raw)) return [numberToken(raw, quoted)];
  if (!LETTER.test(raw) && !/\d/.test(raw)) return [punct(raw, quoted)];
  const country = COUNTRY_KEYS[raw.toLowerCase()];
  if (country && ALL_CAPS.test(raw)) return [word(raw, country, true, quoted)];
  const proper = UPPER_START.test(raw) && (!sentenceStart || (ALL_CAPS.test(raw) && raw.length > 1));
  const contraction = /^(.+)n't$/i.exec(raw);
  if (contraction?.[1]) {
    return [word(raw, foldCase(contraction[1]), false, quoted), word("n't", 'not', false, quoted)];
  }
  const key = foldCase(raw)
    .replace(/'s$|'$/, '')
    .replace(/-/g, '')
    .replace(/\.$/, '');
  return [word(raw, key, proper, quoted)];
}

function word(text: string, key: string, proper: boolean, quoted: boolean): Token {
  const content = !isStopword(key) && key.length > 1;
  return { text, key, stem: content ? stemmer(key) : key, kind: 'word', content, proper, quoted };
}

function numberToken(raw: string, quoted: boolean): Token {
  const key = raw.toLowerCase().replace(/,(?=\d{3}\b)/g, '');
  return { text: raw, key, stem: key, kind: 'number', content: true, proper: false, quoted };
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

export function isWord(token: Token): boolean {
  return token.kind !== 'punct';
}
