/**
 * Dates as an Arab desk writes them: day, month, year, never the American month first, with the
 * month names the desk uses and its digits. Written here rather than left to Intl because the
 * locale data differs between Node, Chromium and Electron builds ("ar" gives ديسمبر with Western
 * digits in one and Arabic-Indic in another), and because a desk's choice is not a country's: a
 * pan-Arab desk in London may write "كانون الأول/ديسمبر". Dates are stored as YYYY-MM-DD.
 */
import { z } from 'zod';
import { digitValue, withArabicIndicDigits } from './arabicCharacters';

/**
 * The month-name traditions of Arabic newsrooms: the Syriac names of the Levant and Iraq, the
 * Gregorian names of Egypt and the Gulf, both together as pan-Arab outlets write them, Morocco's,
 * and the French-derived names of Algeria and Tunisia.
 */
export const monthNameStyles = ['levant', 'gregorian', 'gregorianAndLevant', 'maghreb', 'algeria'] as const;
export type MonthNameStyle = (typeof monthNameStyles)[number];

export const dateDigitStyles = ['western', 'arabicIndic'] as const;
export type DateDigitStyle = (typeof dateDigitStyles)[number];

/** A desk date style as the API takes it: both parts, nothing else. */
export const deskDateStyleInputSchema = z.object({ monthNames: z.enum(monthNameStyles), digits: z.enum(dateDigitStyles) }).strict();
/** As stored: an unknown or damaged part falls back to the default. */
export const deskDateStyleSchema = z.object({
  monthNames: z.enum(monthNameStyles).catch('levant'),
  digits: z.enum(dateDigitStyles).catch('western'),
});
export type DeskDateStyle = z.infer<typeof deskDateStyleSchema>;
export const defaultDeskDateStyle: DeskDateStyle = { monthNames: 'levant', digits: 'western' };

const levant = [
  'كانون الثاني',
  'شباط',
  'آذار',
  'نيسان',
  'أيار',
  'حزيران',
  'تموز',
  'آب',
  'أيلول',
  'تشرين الأول',
  'تشرين الثاني',
  'كانون الأول',
];
const gregorian = ['يناير', 'فبراير', 'مارس', 'أبريل', 'مايو', 'يونيو', 'يوليو', 'أغسطس', 'سبتمبر', 'أكتوبر', 'نوفمبر', 'ديسمبر'];
const maghreb = ['يناير', 'فبراير', 'مارس', 'أبريل', 'ماي', 'يونيو', 'يوليوز', 'غشت', 'شتنبر', 'أكتوبر', 'نونبر', 'دجنبر'];
const algeria = ['جانفي', 'فيفري', 'مارس', 'أفريل', 'ماي', 'جوان', 'جويلية', 'أوت', 'سبتمبر', 'أكتوبر', 'نوفمبر', 'ديسمبر'];
const english = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

const monthNames: Record<Exclude<MonthNameStyle, 'gregorianAndLevant'>, readonly string[]> = { levant, gregorian, maghreb, algeria };

/** The name of month `month` (1–12) as the desk writes it in Arabic. */
export function arabicMonthName(month: number, style: MonthNameStyle): string {
  if (style === 'gregorianAndLevant') return `${arabicMonthName(month, 'gregorian')}/${arabicMonthName(month, 'levant')}`;
  return monthNames[style][month - 1] ?? '';
}

interface DateParts {
  year: number;
  month: number;
  day: number;
}

function partsOf(isoDate: string): DateParts | undefined {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(isoDate);
  if (!match) return undefined;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  return isRealDate(year, month, day) ? { year, month, day } : undefined;
}

function isRealDate(year: number, month: number, day: number): boolean {
  if (year < 1000 || year > 9999 || month < 1 || month > 12 || day < 1) return false;
  return day <= new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** A day or month as two digits. */
function pad(value: number): string {
  return String(value).padStart(2, '0');
}

function withDigits(text: string, digits: DateDigitStyle): string {
  return digits === 'arabicIndic' ? withArabicIndicDigits(text) : text;
}

/** The date as it is printed in an article of `language`: "2 كانون الأول 2026", "2 December 2026"; '' for no or a bad date. */
export function articleDate(isoDate: string, language: 'ar' | 'en', style: DeskDateStyle): string {
  const parts = partsOf(isoDate);
  if (!parts) return '';
  if (language === 'en') return `${parts.day} ${english[parts.month - 1] ?? ''} ${parts.year}`;
  return withDigits(`${parts.day} ${arabicMonthName(parts.month, style.monthNames)} ${parts.year}`, style.digits);
}

/** The date as it is typed: day/month/year with two-digit day and month, "02/12/2026"; '' for no or a bad date. */
export function typedDate(isoDate: string, digits: DateDigitStyle): string {
  const parts = partsOf(isoDate);
  if (!parts) return '';
  return withDigits(`${pad(parts.day)}/${pad(parts.month)}/${parts.year}`, digits);
}

export type ParsedDate = { isValid: true; isoDate: string } | { isValid: false };

/**
 * A typed date, day first: "2/12/2026", "٢/١٢/٢٠٢٦", "02-12-2026", "2.12.26" (a two-digit year is
 * this century's); any digits, any of / - . ، or spaces between. Empty text is no date ('').
 * Also takes YYYY-MM-DD, which a pasted stored date or another program's export may hold.
 * While the year is still being typed ("2/12/20…"), `isShortYearAllowed: false` keeps "20" from
 * being read as 2020.
 */
export function parseTypedDate(text: string, { isShortYearAllowed = true } = {}): ParsedDate {
  const trimmed = text.trim();
  if (trimmed === '') return { isValid: true, isoDate: '' };
  const western = [...trimmed].map((character) => digitValue(character) ?? character).join('');
  const numbers = western.split(/[\s/\-.،,\u200f\u200e]+/).filter(Boolean);
  const [first = '', second = '', third = ''] = numbers;
  if (numbers.length !== 3 || numbers.some((number) => !/^\d+$/.test(number))) return { isValid: false };
  const month = Number(second);
  let [day, year] = [Number(first), Number(third)];
  if (first.length === 4) [year, day] = [day, year];
  else if (third.length === 2 && isShortYearAllowed) year += 2000;
  else if (third.length !== 4) return { isValid: false };
  if (!isRealDate(year, month, day)) return { isValid: false };
  return { isValid: true, isoDate: `${year}-${pad(month)}-${pad(day)}` };
}
