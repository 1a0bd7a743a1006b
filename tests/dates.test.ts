import { describe, expect, it } from 'vitest';
import { findDate, normalizeDateTime } from '../lib/extract/dates.ts';

describe('dates as news pages write them', () => {
  it.each([
    ['English, day first', 'Published 1 December 2026', '2026-12-01'],
    ['English, month first, abbreviated', 'Dec. 1, 2026', '2026-12-01'],
    ['French, with the ordinal', 'Publié le 1er décembre 2026', '2026-12-01'],
    ['Spanish', 'Madrid, 1 de diciembre de 2026', '2026-12-01'],
    ['Portuguese', '1 de dezembro de 2026', '2026-12-01'],
    ['Italian', '3 marzo 2026', '2026-03-03'],
    ['German', 'Berlin, 1. Dezember 2026', '2026-12-01'],
    ['Russian, the month declined', '1 декабря 2026 г.', '2026-12-01'],
    ['Turkish', '1 Aralık 2026', '2026-12-01'],
    ['Polish, declined', '1 grudnia 2026', '2026-12-01'],
    ['Arabic, in Arabic digits', '١ ديسمبر ٢٠٢٦', '2026-12-01'],
    ['Arabic, Levantine month names', '1 كانون الأول 2026', '2026-12-01'],
    ['Urdu, in Urdu digits', '۱ دسمبر ۲۰۲۶', '2026-12-01'],
    ['Hindi', '1 दिसंबर 2026', '2026-12-01'],
    ['Chinese and Japanese', '2026年12月1日 10:00', '2026-12-01'],
    ['Korean', '2026년 12월 1일', '2026-12-01'],
    ['ISO', 'updated 2026-12-01T08:00:00Z', '2026-12-01'],
  ])('%s: %s', (_, text, date) => {
    expect(findDate(text)).toBe(date);
  });

  it('finds no date in words that only look like month names, or in impossible dates', () => {
    expect(findDate('mayday 12 2026')).toBeNull();
    expect(findDate('The Marchioness 12 2026')).toBeNull();
    expect(findDate('32 December 2026')).toBeNull();
    expect(findDate('1 December 1492')).toBeNull();
  });

  it('keeps a metadata time as precise as it was given', () => {
    expect(normalizeDateTime('2026-12-01T08:30:00+01:00')).toBe('2026-12-01T07:30:00.000Z');
    expect(normalizeDateTime('1er décembre 2026')).toBe('2026-12-01');
    expect(normalizeDateTime('not a date')).toBeNull();
  });
});
