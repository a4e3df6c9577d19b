/**
 * Builds a structured article from plain text as editors receive it (e-mail, messaging apps,
 * pages copied from a browser). The rules are general, not tuned to one site:
 *
 * - blank lines (and lines of spaces) separate paragraphs; hard-wrapped e-mail lines are joined;
 * - the comment form and everything after it, and known site chrome (share bars, "back to top",
 *   copyright lines), are dropped and reported;
 * - a short label line (≤ 4 words, no closing punctuation) followed by a headline-like line is the
 *   section; the next line is the headline; "بقلم/كتب/By …" is the byline; "PLACE – SOURCE" is the dateline;
 * - a short line (2–12 words) without closing punctuation between two paragraphs is a subsection;
 * - a quotation of four words or more, in a sentence whose verb of saying names a speaker, becomes a
 *   quote with that speaker; a title given elsewhere in apposition ("وزير الخارجية الروسي، سيرغي
 *   لافروف،") resolves a role to a name and a surname to the full name;
 * - a "مقالات ذات صلة / اقرأ أيضاً / Related articles" heading starts the related-articles block.
 */
import { emptyArticleContent, isHttpUrl, type ArticleContent, type RelatedArticle } from './article';
import type { RichTextNode } from './richTextDocument';
import { arabicIndicDigitRanges, withWesternDigits } from '../text/arabicCharacters';
import { withSlugFollowingHeadline } from '../text/slug';

export interface PlainTextImportReport {
  section: string;
  headline: string;
  byline: string;
  datelinePlace: string;
  subsections: string[];
  quotes: Array<{ speaker: string; role: string; text: string }>;
  isRelatedBlockFound: boolean;
  relatedCount: number;
  droppedLines: string[];
  paragraphCount: number;
}

export interface PlainTextImport {
  content: ArticleContent;
  report: PlainTextImportReport;
}

// A list line: a bullet, or a number in any digits followed by a full stop or a bracket.
const listLine = new RegExp(`^(?:[-•*–]|(\\d+|[${arabicIndicDigitRanges}]+)[.)])\\s+(.+)$`, 'u');

const closingPunctuation = /[.!?؟…:؛;,،"”»)\]'’]$/u;
const arabicLetters = /[\u0600-\u06FF]/g;
const latinLetters = /[A-Za-z]/g;

const relatedMarker =
  /^(?:(?:مقالات|أخبار|مواضيع|مواد|قصص)\s+ذات\s+صلة|اقرأ\s+أيضا[ًا]?|إقرأ\s+أيضا[ًا]?|related\s+(?:articles|posts|stories|news)|read\s+(?:also|more)|see\s+also)\s*[:：]?$/iu;
const inlineRelated = /^(?:اقرأ|إقرأ)\s+أيضا[ًا]?\s*[:：]\s*(.+)$|^read\s+also\s*:\s*(.+)$/iu;
const commentFormStart = /^(?:اترك\s+تعليقا[ًا]?|أضف\s+تعليقا[ًا]?|اكتب\s+تعليقا[ًا]?|leave\s+a\s+(?:reply|comment)|post\s+a\s+comment)\s*$/iu;
const shareNames =
  '(?:فيسبوك|فيس\\s?بوك|تويتر|واتساب|واتس\\s?آب|تيليجرام|تلغرام|تليغرام|لينكدإن|لينكد\\s?إن|ماسنجر|بريد\\s+إلكتروني|طباعة|انستغرام|إنستغرام|يوتيوب|facebook|twitter|whatsapp|telegram|linkedin|email|print|reddit|pinterest|messenger|x)';
const chromePatterns: readonly RegExp[] = [
  new RegExp(`^${shareNames}(?:\\s*[|·•,،/-]?\\s*${shareNames})*$`, 'iu'),
  /^(?:شارك|مشاركة|شارك\s+هذا\s+(?:المقال|الخبر)|شارك\s+الخبر|share(?:\s+this(?:\s+(?:article|story|post))?)?)\s*(?:على\s+.*|on\s+.*)?[:：]?$/iu,
  /^(?:زر\s+)?(?:الذهاب|العودة|الرجوع)\s+(?:إلى|الى)\s+(?:الأعلى|أعلى\s+الصفحة)$/u,
  /^back\s+to\s+top$/iu,
  /^(?:تابعونا|تابعنا|follow\s+us)\b/iu,
  /جميع\s+الحقوق\s+محفوظة|all\s+rights\s+reserved|^©|^copyright\b/iu,
  /^لن\s+يتم\s+نشر\s+عنوان\s+بريدك\s+الإلكتروني|^your\s+email\s+address\s+will\s+not\s+be\s+published/iu,
  /^\d+\s*(?:تعليق|تعليقات|comments?)$/iu,
  /^منذ\s+\S+\s+(?:دقيقة|دقائق|ساعة|ساعات|يوم|أيام|أسبوع|أسابيع)$/u,
  /^(?:الرئيسية|home)(?:\s*[/>»›]\s*\S.*)?$/iu,
  /^(?:إعلان|advertisement)$/iu,
];

const speechVerbs = new Set(
  [
    'قال',
    'أكد',
    'اكد',
    'أوضح',
    'اوضح',
    'أشار',
    'اشار',
    'أضاف',
    'اضاف',
    'أعلن',
    'اعلن',
    'شدد',
    'صرح',
    'لفت',
    'تابع',
    'ختم',
    'اعتبر',
    'رأى',
    'ذكر',
    'بين',
    'أفاد',
    'افاد',
    'نوه',
    'كشف',
    'أردف',
    'استطرد',
    'حذر',
    'طالب',
    'دعا',
    'أعرب',
    'قالت',
  ].flatMap((verb) => [verb, `${verb}ت`]),
);
const speechParticiples = /^[وف]?(?:قائل|مضيف|مؤكد|مشير|موضح|معتبر|لافت|مشدد|منوه|محذر)(?:اً|ا|ةً|ة)?[:،]?$/u;
const subjectStopWords = new Set([
  'إلى',
  'الى',
  'أن',
  'أنّ',
  'ان',
  'بأن',
  'بأنّ',
  'في',
  'خلال',
  'على',
  'عن',
  'مع',
  'أمام',
  'لـ',
  'ل',
  'إن',
  'إنّ',
  'اليوم',
  'أمس',
  'يوم',
  'عبر',
  'أثناء',
  'بعد',
  'قبل',
  'حول',
  'لوسائل',
  'لصحيفة',
  'لوكالة',
  'لقناة',
  'that',
  'in',
  'on',
  'to',
  'at',
  'during',
]);
const titleWords =
  '(?:وزير|الوزير|وزيرة|الرئيس|رئيس|رئيسة|المبعوث|مبعوث|نائب|المتحدث|متحدث|الناطق|ناطق|السفير|سفير|الأمين|مدير|المدير|قائد|القائد|مستشار|المستشار|زعيم|الملك|ملك|الأمير|أمير|ولي|عضو|محافظ|المحافظ|رئيس)';
const appositionPattern = new RegExp(
  `(${titleWords}(?:\\s+[^\\s،,.:]+){0,5})\\s*[،,]\\s+([^\\s،,.:]+(?:\\s+[^\\s،,.:]+){0,2})\\s*[،,]`,
  'gu',
);
const quotePattern = /[“«"”]([^“”«»"]+)[”»"“]/gu;

const arabicMonths: Readonly<Record<string, number>> = {
  'كانون الثاني': 1,
  يناير: 1,
  شباط: 2,
  فبراير: 2,
  آذار: 3,
  مارس: 3,
  نيسان: 4,
  أبريل: 4,
  ابريل: 4,
  أيار: 5,
  مايو: 5,
  حزيران: 6,
  يونيو: 6,
  تموز: 7,
  يوليو: 7,
  آب: 8,
  أغسطس: 8,
  أيلول: 9,
  سبتمبر: 9,
  'تشرين الأول': 10,
  أكتوبر: 10,
  'تشرين الثاني': 11,
  نوفمبر: 11,
  'كانون الأول': 12,
  ديسمبر: 12,
};

/** Splits text into paragraphs: blank lines separate; hard-wrapped lines within a paragraph are joined. */
export function splitParagraphs(text: string): string[] {
  const lines = text
    .replace(/\r\n?/g, '\n')
    .replace(/[\u00A0\u2007\u202F]/g, ' ')
    .replace(/[\u200B\uFEFF]/g, '')
    .split('\n')
    .map((line) => line.replace(/[ \t]+/g, ' ').trim());
  const blocks: string[][] = [[]];
  for (const line of lines) {
    if (line) blocks[blocks.length - 1]!.push(line);
    else if (blocks[blocks.length - 1]!.length > 0) blocks.push([]);
  }
  const paragraphs: string[] = [];
  for (const block of blocks) {
    if (block.length === 0) continue;
    // A block of long lines none of which closes a sentence before the last is one wrapped paragraph.
    const isListLine = (line: string): boolean => listLine.test(line);
    const isWrapped =
      block.length > 1 && !block.some(isListLine) && block.slice(0, -1).every((line) => line.length >= 45 && !/[.!?؟]$/u.test(line));
    if (isWrapped) paragraphs.push(block.join(' '));
    else paragraphs.push(...block);
  }
  return paragraphs;
}

const wordsOf = (line: string): string[] => line.split(/\s+/).filter((word) => /[\p{L}\p{N}]/u.test(word));
const isShortLabel = (line: string): boolean =>
  wordsOf(line).length <= 4 && line.length <= 40 && !closingPunctuation.test(line) && !isHttpUrl(line);
const isHeadlineLike = (line: string): boolean =>
  wordsOf(line).length >= 2 && wordsOf(line).length <= 30 && line.length <= 220 && !/[.؟?!]$/.test(line.replace(/["”»]+$/, ''));
const isChrome = (line: string): boolean => chromePatterns.some((pattern) => pattern.test(line));

function isSubheading(line: string, hasTextBefore: boolean, next: string | undefined): boolean {
  const words = wordsOf(line).length;
  if (!hasTextBefore || next === undefined || words < 2 || words > 12 || line.length > 100) return false;
  if (closingPunctuation.test(line) || /^[-•*–]\s/.test(line)) return false;
  // What follows must read as running text: longer, or closing with punctuation.
  return wordsOf(next).length > words || closingPunctuation.test(next);
}

function parseDate(line: string): string | undefined {
  // Arab desks write dates in Western and Arabic-Indic digits alike.
  const western = withWesternDigits(line);
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

interface Person {
  name: string;
  role: string;
}

/** Roles given in apposition anywhere in the text: "الرئيس الروسي، فلاديمير بوتين،". */
function findAppositions(text: string): Person[] {
  const people: Person[] = [];
  for (const match of text.matchAll(appositionPattern)) {
    const role = match[1]!.replace(/^[وف](?=ال)/u, '').trim();
    const name = match[2]!.trim();
    if (wordsOf(name).length >= 1 && !people.some((person) => person.role === role)) people.push({ role, name });
  }
  return people;
}

const stripToken = (token: string): string => token.replace(/^[("“«]+|[)"”»:،,.]+$/gu, '');

/** The speaker named by the verb of saying in `sentence`, resolved against the appositions. */
function findSpeaker(sentence: string, people: readonly Person[]): Person | undefined {
  const tokens = sentence.split(/\s+/).filter(Boolean);
  for (let index = 0; index < tokens.length; index++) {
    const verb = stripToken(tokens[index]!).replace(/^[وف](?=[أاقشصلتخرذبنكحطدع])/u, '');
    if (!speechVerbs.has(verb) || speechParticiples.test(tokens[index]!)) continue;
    const subject: string[] = [];
    for (let next = index + 1; next < tokens.length && subject.length < 6; next++) {
      const raw = tokens[next]!;
      const word = stripToken(raw);
      if (!word || subjectStopWords.has(word) || speechParticiples.test(raw) || /^[“«"]/.test(raw)) break;
      subject.push(word);
      if (/[،,:]$/.test(raw)) break;
    }
    if (subject.length === 0) continue;
    return resolvePerson(subject.join(' '), people);
  }
  return undefined;
}

function resolvePerson(subject: string, people: readonly Person[]): Person {
  const byRole = people.find((person) => person.role === subject || person.role.endsWith(` ${subject}`) || subject.startsWith(person.role));
  if (byRole) return byRole;
  const byName = people.find((person) => person.name === subject || person.name.split(' ').at(-1) === subject);
  if (byName) return byName;
  return { name: subject, role: '' };
}

function paragraphNode(text: string): RichTextNode {
  return { type: 'paragraph', content: text ? [{ type: 'text', text }] : [] };
}

/** Splits a paragraph around a long quotation with a named speaker; otherwise returns it whole. */
function quoteBlocks(paragraph: string, people: readonly Person[], found: PlainTextImportReport['quotes']): RichTextNode[] {
  for (const match of paragraph.matchAll(quotePattern)) {
    const quoted = match[1]!.trim();
    if (wordsOf(quoted).length < 4) continue;
    const leadIn = paragraph.slice(0, match.index).trim();
    const rest = paragraph
      .slice(match.index! + match[0].length)
      .replace(/^[\s.،,؛;]+/u, '')
      .trim();
    const speaker = findSpeaker(leadIn, people) ?? findSpeaker(rest, people);
    if (!speaker) continue;
    found.push({ speaker: speaker.name, role: speaker.role, text: quoted });
    const blocks: RichTextNode[] = [];
    if (/[\p{L}\p{N}]/u.test(leadIn)) blocks.push(paragraphNode(leadIn));
    blocks.push({
      type: 'quote',
      attrs: { speaker: speaker.name, role: speaker.role, variant: 'quote' },
      content: [paragraphNode(quoted)],
    });
    if (/[\p{L}\p{N}]/u.test(rest)) blocks.push(...quoteBlocks(rest, people, found));
    return blocks;
  }
  return [paragraphNode(paragraph)];
}

function relatedEntry(line: string, key: string): RelatedArticle | undefined {
  const url = /https?:\/\/\S+/u.exec(line)?.[0]?.replace(/[)\].,،]+$/u, '');
  const title = line
    .replace(/https?:\/\/\S+/gu, '')
    .replace(/^[-•*–\s]+|[-–—|:\s]+$/gu, '')
    .trim();
  if (!title && !url) return undefined;
  return { key, title, url: url && isHttpUrl(url) ? url : '' };
}

export function importPlainText(text: string): PlainTextImport {
  const report: PlainTextImportReport = {
    section: '',
    headline: '',
    byline: '',
    datelinePlace: '',
    subsections: [],
    quotes: [],
    isRelatedBlockFound: false,
    relatedCount: 0,
    droppedLines: [],
    paragraphCount: 0,
  };
  const content = emptyArticleContent();
  let lines = splitParagraphs(text);

  const formStart = lines.findIndex((line) => commentFormStart.test(line));
  if (formStart >= 0) {
    report.droppedLines.push(...lines.slice(formStart));
    lines = lines.slice(0, formStart);
  }
  lines = lines.filter((line) => {
    if (!isChrome(line)) return true;
    report.droppedLines.push(line);
    return false;
  });

  let cursor = 0;
  if (lines.length >= 2 && isShortLabel(lines[0]!) && isHeadlineLike(lines[1]!) && !relatedMarker.test(lines[0]!)) {
    content.section = lines[0]!;
    cursor = 1;
  }
  if (cursor < lines.length && isHeadlineLike(lines[cursor]!)) content.headline = lines[cursor++]!;
  // Byline, dateline and date lines may follow the headline, in any order.
  for (let guard = 0; guard < 3 && cursor < lines.length; guard++) {
    const line = lines[cursor]!;
    const byline = /^(?:بقلم|كتب|كتبت|إعداد|اعداد|تقرير|by)\s*[:：]?\s+(.{2,80})$/iu.exec(line);
    const date = parseDate(line);
    if (byline) content.byline = byline[1]!.trim();
    else if (/^[\p{L} ]{2,30}\s[-–—]\s[\p{L} ]{2,30}$/u.test(line) && wordsOf(line).length <= 6) content.dateline.place = line;
    else if (date) content.dateline.date = date;
    else break;
    cursor++;
  }

  const people = findAppositions(lines.join('\n'));
  const body: RichTextNode[] = [];
  const related: RelatedArticle[] = [];
  let isInRelated = false;
  let list: RichTextNode | undefined;
  for (let index = cursor; index < lines.length; index++) {
    const line = lines[index]!;
    if (relatedMarker.test(line)) {
      isInRelated = true;
      report.isRelatedBlockFound = true;
      continue;
    }
    const inline = inlineRelated.exec(line);
    if (inline) {
      report.isRelatedBlockFound = true;
      const entry = relatedEntry((inline[1] ?? inline[2])!, `imported-${related.length + 1}`);
      if (entry) related.push(entry);
      continue;
    }
    if (isInRelated) {
      const isRunningText = wordsOf(line).length > 30 || /[.؟?!]$/.test(line);
      if (!isRunningText) {
        if (isHttpUrl(line) && related.length > 0 && !related[related.length - 1]!.url) related[related.length - 1]!.url = line;
        else {
          const entry = relatedEntry(line, `imported-${related.length + 1}`);
          if (entry) related.push(entry);
        }
        continue;
      }
      isInRelated = false;
    }
    const bullet = listLine.exec(line);
    if (bullet) {
      const type = bullet[1] ? 'orderedList' : 'bulletList';
      if (!list || list.type !== type) body.push((list = { type, content: [] }));
      list.content!.push({ type: 'listItem', content: [paragraphNode(bullet[2]!)] });
      continue;
    }
    list = undefined;
    if (isSubheading(line, body.length > 0, lines[index + 1] && !relatedMarker.test(lines[index + 1]!) ? lines[index + 1] : undefined)) {
      body.push({ type: 'heading', attrs: { level: 2 }, content: [{ type: 'text', text: line }] });
      report.subsections.push(line);
      continue;
    }
    body.push(...quoteBlocks(line, people, report.quotes));
  }

  content.body = { type: 'doc', content: body.length > 0 ? body : [paragraphNode('')] };
  content.related = related.slice(0, 20);
  const arabicCount = (text.match(arabicLetters) ?? []).length;
  content.language = arabicCount >= (text.match(latinLetters) ?? []).length ? 'ar' : 'en';
  report.section = content.section;
  report.headline = content.headline;
  report.byline = content.byline;
  report.datelinePlace = content.dateline.place;
  report.relatedCount = content.related.length;
  report.paragraphCount = body.filter((node) => node.type === 'paragraph').length;
  return { content: withSlugFollowingHeadline(content), report };
}
