/**
 * The head of an article in plain text: a section line, the headline, and byline, dateline and
 * date lines after it in any order.
 */
import { isHttpUrl } from '../model/article';
import { withWesternDigits } from '../text/arabicCharacters';
import { closingPunctuation, wordsOf } from './paragraphs';

export interface ArticleHead {
  section: string;
  headline: string;
  byline: string;
  datelinePlace: string;
  /** YYYY-MM-DD, or empty. */
  date: string;
  /** The index of the first line after the head. */
  bodyStart: number;
}

// Month names as Arab desks write them: the Levantine names and the ones used in Egypt and the Gulf.
const arabicMonths: Readonly<Record<string, number>> = Object.fromEntries(
  [
    ['كانون الثاني', 'يناير'],
    ['شباط', 'فبراير'],
    ['آذار', 'مارس'],
    ['نيسان', 'أبريل', 'ابريل'],
    ['أيار', 'مايو'],
    ['حزيران', 'يونيو'],
    ['تموز', 'يوليو'],
    ['آب', 'أغسطس'],
    ['أيلول', 'سبتمبر'],
    ['تشرين الأول', 'أكتوبر'],
    ['تشرين الثاني', 'نوفمبر'],
    ['كانون الأول', 'ديسمبر'],
  ].flatMap((names, month) => names.map((name) => [name, month + 1])),
);

const bylineLine = /^(?:بقلم|كتب|كتبت|إعداد|اعداد|تقرير|by)\s*[:：]?\s+(.{2,80})$/iu;
const datelineLine = /^[\p{L} ]{2,30}\s[-–—]\s[\p{L} ]{2,30}$/u;

const isShortLabel = (line: string): boolean =>
  wordsOf(line).length <= 4 && line.length <= 40 && !closingPunctuation.test(line) && !isHttpUrl(line);

/** Whether a line reads as a headline: 2–30 words, not over 220 characters, not ending a sentence. */
export function isHeadlineLike(line: string): boolean {
  const words = wordsOf(line).length;
  return words >= 2 && words <= 30 && line.length <= 220 && !/[.؟?!]$/.test(line.replace(/["”»]+$/, ''));
}

/**
 * A date as a line gives it — 29/11/2026, 29.11.2026, 2026-11-29, "الأحد 29 تشرين الثاني 2026" —
 * in Western or Arabic-Indic digits; YYYY-MM-DD, or undefined for anything else or no such day.
 */
export function parseDate(line: string): string | undefined {
  const western = withWesternDigits(line.trim());
  const numeric = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(western);
  if (numeric) return isoDate(Number(numeric[3]), Number(numeric[2]), Number(numeric[1]));
  const iso = /^(\d{4})-(\d{2})-(\d{2})$/.exec(western);
  if (iso) return isoDate(Number(iso[1]), Number(iso[2]), Number(iso[3]));
  const named = /^(?:\p{L}+[،,]?\s+)?(\d{1,2})\s+(.+?)\s+(\d{4})$/u.exec(western);
  if (named) {
    const month = arabicMonths[named[2]!.replace(/\s+/g, ' ').replace(/^\p{L}+\s+\//u, '')];
    if (month) return isoDate(Number(named[3]), month, Number(named[1]));
  }
  return undefined;
}

function isoDate(year: number, month: number, day: number): string | undefined {
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return undefined;
  return date.toISOString().slice(0, 10);
}

/**
 * Reads the head: a short label line (≤ 4 words, no closing punctuation) before a headline-like
 * line is the section (unless `isNotSection` says it is something else); the next headline-like
 * line is the headline; then up to three lines of "بقلم/كتب/By …" (byline), "PLACE – SOURCE"
 * (dateline) and a date.
 */
export function readArticleHead(lines: readonly string[], isNotSection: (line: string) => boolean): ArticleHead {
  const head: ArticleHead = { section: '', headline: '', byline: '', datelinePlace: '', date: '', bodyStart: 0 };
  let cursor = 0;
  if (lines.length >= 2 && isShortLabel(lines[0]!) && isHeadlineLike(lines[1]!) && !isNotSection(lines[0]!))
    head.section = lines[cursor++]!;
  if (cursor < lines.length && isHeadlineLike(lines[cursor]!)) head.headline = lines[cursor++]!;
  for (let guard = 0; guard < 3 && cursor < lines.length; guard++) {
    const line = lines[cursor]!;
    const byline = bylineLine.exec(line);
    const date = parseDate(line);
    if (byline) head.byline = byline[1]!.trim();
    else if (datelineLine.test(line) && wordsOf(line).length <= 6) head.datelinePlace = line;
    else if (date) head.date = date;
    else break;
    cursor++;
  }
  head.bodyStart = cursor;
  return head;
}
