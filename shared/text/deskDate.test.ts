import { describe, expect, it } from 'vitest';
import { arabicMonthName, articleDate, deskDateStyleSchema, monthNameStyles, parseTypedDate, typedDate } from './deskDate';

describe('deskDate', () => {
  it('prints the day first with the desk’s month names and digits', () => {
    expect(articleDate('2026-12-02', 'ar', { monthNames: 'levant', digits: 'western' })).toBe('2 كانون الأول 2026');
    expect(articleDate('2026-12-02', 'ar', { monthNames: 'gregorian', digits: 'arabicIndic' })).toBe('٢ ديسمبر ٢٠٢٦');
    expect(articleDate('2026-12-02', 'ar', { monthNames: 'gregorianAndLevant', digits: 'western' })).toBe('2 ديسمبر/كانون الأول 2026');
    expect(articleDate('2026-08-15', 'ar', { monthNames: 'maghreb', digits: 'western' })).toBe('15 غشت 2026');
    expect(articleDate('2026-07-05', 'ar', { monthNames: 'algeria', digits: 'western' })).toBe('5 جويلية 2026');
    expect(articleDate('2026-12-02', 'en', { monthNames: 'levant', digits: 'arabicIndic' })).toBe('2 December 2026');
  });

  it('has twelve distinct names in every tradition', () => {
    for (const style of monthNameStyles) {
      const names = Array.from({ length: 12 }, (_, index) => arabicMonthName(index + 1, style));
      expect(new Set(names).size).toBe(12);
      expect(names.every(Boolean)).toBe(true);
    }
  });

  it('prints nothing for no date or a date that does not exist', () => {
    expect(articleDate('', 'ar', { monthNames: 'levant', digits: 'western' })).toBe('');
    expect(articleDate('2026-02-30', 'ar', { monthNames: 'levant', digits: 'western' })).toBe('');
    expect(typedDate('2026-13-01', 'western')).toBe('');
  });

  it('shows a stored date as it is typed, day first', () => {
    expect(typedDate('2026-12-02', 'western')).toBe('02/12/2026');
    expect(typedDate('2026-12-02', 'arabicIndic')).toBe('٠٢/١٢/٢٠٢٦');
  });

  it('reads a typed date day first, in any digits and separators', () => {
    expect(parseTypedDate('2/12/2026')).toEqual({ isValid: true, isoDate: '2026-12-02' });
    expect(parseTypedDate('٢/١٢/٢٠٢٦')).toEqual({ isValid: true, isoDate: '2026-12-02' });
    expect(parseTypedDate('۲۵-۰۳-۲۰۲۶')).toEqual({ isValid: true, isoDate: '2026-03-25' });
    expect(parseTypedDate(' 02.12.26 ')).toEqual({ isValid: true, isoDate: '2026-12-02' });
    expect(parseTypedDate('2 12 2026')).toEqual({ isValid: true, isoDate: '2026-12-02' });
    expect(parseTypedDate('2026-12-02')).toEqual({ isValid: true, isoDate: '2026-12-02' });
    expect(parseTypedDate('29/2/2028')).toEqual({ isValid: true, isoDate: '2028-02-29' });
    expect(parseTypedDate('')).toEqual({ isValid: true, isoDate: '' });
  });

  it('waits for the whole year while it is being typed', () => {
    expect(parseTypedDate('2/12/20', { isShortYearAllowed: false })).toEqual({ isValid: false });
    expect(parseTypedDate('2/12/2026', { isShortYearAllowed: false })).toEqual({ isValid: true, isoDate: '2026-12-02' });
  });

  it('refuses what is not a date rather than guessing', () => {
    for (const text of ['12/31/2026', '29/2/2027', '2/12', 'أمس', '2/12/202', '0/1/2026', '1/1/2026/1']) {
      expect(parseTypedDate(text), text).toEqual({ isValid: false });
    }
  });

  it('falls back to the default style for unknown stored values', () => {
    expect(deskDateStyleSchema.parse({ monthNames: 'klingon', digits: 7 })).toEqual({ monthNames: 'levant', digits: 'western' });
  });
});
