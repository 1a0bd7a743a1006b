import { foldCase, foldTypography } from '../normalize/fold.ts';
import { MONTH_NAMES } from './month-names.ts';
import { escapeRegExp } from './wire-sources.ts';

/**
 * Finds a calendar date written the way news pages write them, in the wires'
 * languages, and returns it as YYYY-MM-DD: "1 December 2026", "December 1,
 * 2026", "1er décembre 2026", "1 de diciembre de 2026", "1. Dezember 2026",
 * "1 декабря 2026 г.", "١ ديسمبر ٢٠٢٦", "2026年12月1日", "2026년 12월 1일", ISO.
 */
const MONTH = `(${[...MONTH_NAMES.keys()]
  .sort((a, b) => b.length - a.length)
  .map(escapeRegExp)
  .join('|')})\\.?`;
const DAY = String.raw`(\d{1,2})(?:st|nd|rd|th|er|eme|º|ª|\.)?`;
const OF = String.raw`(?:\s*,?\s+(?:de|del|di)\s+|\s*,?\s+|\s*-\s*)`;
const YEAR = String.raw`(\d{4})`;
const EDGE = String.raw`(?<![\p{L}\p{N}])`;
const END = String.raw`(?![\p{L}\p{N}])`;
const MONTH_DAY_YEAR = new RegExp(`${EDGE}${MONTH}\\s+${DAY},?\\s+${YEAR}${END}`, 'u');
const DAY_MONTH_YEAR = new RegExp(`${EDGE}${DAY}${OF}${MONTH}${OF}${YEAR}${END}`, 'u');
const YEAR_MONTH_DAY = /(\d{4})\s*[年년]\s*(\d{1,2})\s*[月월]\s*(\d{1,2})\s*[日일]/u;
const ISO = /\b(\d{4})-(\d{2})-(\d{2})(?:[T ][\d:.]+(?:Z|[+-]\d{2}:?\d{2})?)?\b/;

export function findDate(text: string): string | null {
  const iso = ISO.exec(text);
  if (iso) return isoFrom(Number(iso[1]), Number(iso[2]), Number(iso[3]));
  // Folded as words are: lower case, no accents, every script's digits as ASCII ones.
  const folded = foldCase(foldTypography(text));
  const ymd = YEAR_MONTH_DAY.exec(folded);
  if (ymd) return isoFrom(Number(ymd[1]), Number(ymd[2]), Number(ymd[3]));
  const mdy = MONTH_DAY_YEAR.exec(folded);
  if (mdy) return isoFrom(Number(mdy[3]), monthNumber(mdy[1]), Number(mdy[2]));
  const dmy = DAY_MONTH_YEAR.exec(folded);
  if (dmy) return isoFrom(Number(dmy[3]), monthNumber(dmy[2]), Number(dmy[1]));
  return null;
}

/** A date-time string from page metadata, kept as precise as given when valid. */
export function normalizeDateTime(value: string | null | undefined): string | null {
  if (!value) return null;
  const trimmed = value.trim();
  const parsed = Date.parse(trimmed);
  if (!Number.isNaN(parsed) && /\d{4}-\d{2}-\d{2}T/.test(trimmed)) return new Date(parsed).toISOString();
  return findDate(trimmed) ?? (Number.isNaN(parsed) ? null : new Date(parsed).toISOString());
}

function monthNumber(name: string | undefined): number {
  return MONTH_NAMES.get(name ?? '') ?? 0;
}

function isoFrom(year: number, month: number, day: number): string | null {
  if (month < 1 || month > 12 || day < 1 || day > 31 || year < 1900 || year > 2200) return null;
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}
