/**
 * Seeded, reproducible Arabic news articles of a given length, with subsections, quotes with
 * speakers and related links, built from the vocabulary of real Arabic news copy. Used by the
 * benchmarks (and the library benchmark's generated libraries).
 */
import { readFileSync } from 'node:fs';
import { emptyArticleContent, type ArticleContent } from '../shared/model/article';
import type { RichTextNode } from '../shared/model/richTextDocument';

/** A small, fast, seeded pseudo-random generator (mulberry32). */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let value = state;
    value = Math.imul(value ^ (value >>> 15), value | 1);
    value ^= value + Math.imul(value ^ (value >>> 7), value | 61);
    return ((value ^ (value >>> 14)) >>> 0) / 4294967296;
  };
}

const extraVocabulary =
  'الحكومة الوزير المجلس البرلمان الاقتصاد الليرة الدولار الأسعار المواطنين المدينة العاصمة المحافظة المنطقة الحدود الاتفاق المفاوضات الجلسة القرار الأمم المتحدة المبعوث الخاص الأزمة الإنسانية المساعدات اللاجئين العودة الإعمار البنية التحتية الكهرباء المياه المدارس المستشفيات الطلاب الجامعة الانتخابات الدستور المعارضة الأحزاب السياسية الأمن الشرطة الجيش العمليات العسكرية التصريحات الرسمية وكالة الأنباء مصادر مطلعة شهود عيان تقرير مراسل الأسبوع الماضي العام المقبل خلال الأشهر بحسب وفق مشيراً مؤكداً أضاف أوضح تابع';

function vocabulary(): string[] {
  const seed = readFileSync(new URL('../e2e/fixtures/seed-article.txt', import.meta.url), 'utf8');
  const words = `${seed} ${extraVocabulary}`
    .split(/\s+/)
    .map((word) => word.replace(/[“”"«».،,:؛()]/g, ''))
    .filter((word) => /[\u0600-\u06FF]{2,}/.test(word));
  return [...new Set(words)];
}

const speakers = [
  ['سيرغي لافروف', 'وزير الخارجية الروسي'],
  ['هاكان فيدان', 'وزير الخارجية التركي'],
  ['أسعد الشيباني', 'وزير الخارجية السوري'],
  ['مصدر حكومي', 'طلب عدم ذكر اسمه'],
] as const;

export interface GeneratedArticle {
  content: ArticleContent;
  words: number;
}

/** An article of about `wordCount` body words, the same for the same seed. */
export function generateArticle(wordCount: number, seed: number): GeneratedArticle {
  const random = seededRandom(seed);
  const words = vocabulary();
  const pick = (): string => words[Math.floor(random() * words.length)]!;
  const sentence = (length: number): string => Array.from({ length }, pick).join(' ');
  const body: RichTextNode[] = [];
  let written = 0;
  let sinceHeading = 0;
  let sinceQuote = 0;
  while (written < wordCount) {
    if (sinceHeading > 180 + random() * 200 && wordCount - written > 60) {
      body.push({
        type: 'heading',
        attrs: { level: random() < 0.8 ? 2 : 3 },
        content: [{ type: 'text', text: sentence(4 + Math.floor(random() * 4)) }],
      });
      sinceHeading = 0;
      continue;
    }
    if (sinceQuote > 350 + random() * 300) {
      const [speaker, role] = speakers[Math.floor(random() * speakers.length)]!;
      const length = 12 + Math.floor(random() * 15);
      body.push({
        type: 'quote',
        attrs: { speaker, role, variant: random() < 0.2 ? 'pull' : 'quote' },
        content: [{ type: 'paragraph', content: [{ type: 'text', text: `${sentence(length)}.` }] }],
      });
      written += length;
      sinceQuote = 0;
      continue;
    }
    const length = Math.min(30 + Math.floor(random() * 40), wordCount - written);
    const sentences = Math.ceil(length / 12);
    const text = Array.from({ length: sentences }, (_, index) => sentence(index === sentences - 1 ? length - 12 * index : 12)).join('، ');
    body.push({ type: 'paragraph', content: [{ type: 'text', text: `${text}.` }] });
    written += length;
    sinceHeading += length;
    sinceQuote += length;
  }
  const content: ArticleContent = {
    ...emptyArticleContent(),
    section: ['أخبار سوريا', 'اقتصاد', 'رياضة', 'ثقافة', 'دولي'][Math.floor(random() * 5)]!,
    headline: sentence(6 + Math.floor(random() * 6)),
    standfirst: `${sentence(20)}.`,
    byline: ['فريق التحرير', 'ريم الحسن', 'سامر العلي', 'هبة خليل'][Math.floor(random() * 4)]!,
    dateline: { place: 'دمشق', date: '2026-11-29' },
    body: { type: 'doc', content: body },
    tags: Array.from({ length: 1 + Math.floor(random() * 4) }, pick),
    related: [{ key: 'generated-1', title: sentence(6), url: `https://example.com/${seed}/1` }],
  };
  return { content, words: written };
}
