/** Finds a calendar date written the way news pages write them and returns it as YYYY-MM-DD. */
const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const MONTH = String.raw`(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?`;
const MONTH_DAY_YEAR = new RegExp(String.raw`\b${MONTH}\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})\b`, 'i');
const DAY_MONTH_YEAR = new RegExp(String.raw`\b(\d{1,2})(?:st|nd|rd|th)?\s+${MONTH},?\s+(\d{4})\b`, 'i');
const ISO = /\b(\d{4})-(\d{2})-(\d{2})(?:[T ][\d:.]+(?:Z|[+-]\d{2}:?\d{2})?)?\b/;

export function findDate(text: string): string | null {
  const iso = ISO.exec(text);
  if (iso) return isoFrom(Number(iso[1]), Number(iso[2]), Number(iso[3]));
  const mdy = MONTH_DAY_YEAR.exec(text);
  if (mdy) return isoFrom(Number(mdy[3]), monthNumber(mdy[1]), Number(mdy[2]));
  const dmy = DAY_MONTH_YEAR.exec(text);
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
  return MONTHS.indexOf((name ?? '').slice(0, 3).toLowerCase()) + 1;
}

function isoFrom(year: number, month: number, day: number): string | null {
  if (month < 1 || month > 12 || day < 1 || day > 31 || year < 1900 || year > 2200) return null;
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}
