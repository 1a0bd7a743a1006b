import { foldCase } from '../normalize/fold.ts';

/** The languages whose month names dates are read in: the wires' and their readers'. */
const LOCALES = [
  'en',
  'fr',
  'es',
  'de',
  'it',
  'pt',
  'nl',
  'ru',
  'uk',
  'tr',
  'pl',
  'ar',
  'ar-LB',
  'ur',
  'hi',
  'fa',
  'id',
];

/**
 * Every name a month goes by in those languages, folded (lower case, no
 * accents), from the runtime's own calendar data: long and short, standing
 * alone and inside a date (Russian declines "декабрь" to "1 декабря"). A name
 * two languages give to different months is left out.
 */
function monthNames(): Map<string, number> {
  const names = new Map<string, number>();
  const ambiguous = new Set<string>();
  for (const locale of LOCALES)
    for (let month = 1; month <= 12; month++)
      for (const name of namesOf(locale, month)) {
        const folded = foldCase(name).replace(/\.$/, '');
        if (!/\p{L}/u.test(folded)) continue;
        const known = names.get(folded);
        if (known !== undefined && known !== month) ambiguous.add(folded);
        names.set(folded, month);
      }
  for (const name of ambiguous) names.delete(name);
  return names;
}

function namesOf(locale: string, month: number): string[] {
  const date = new Date(Date.UTC(2026, month - 1, 15));
  const formats: Intl.DateTimeFormatOptions[] = [
    { month: 'long' },
    { month: 'short' },
    { day: 'numeric', month: 'long' },
    { day: 'numeric', month: 'short' },
  ];
  return formats.flatMap((format) =>
    new Intl.DateTimeFormat(locale, { ...format, timeZone: 'UTC', calendar: 'gregory' })
      .formatToParts(date)
      .filter((part) => part.type === 'month')
      .map((part) => part.value),
  );
}

export const MONTH_NAMES = monthNames();
