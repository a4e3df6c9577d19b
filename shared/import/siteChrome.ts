/** What a page copied from a browser carries besides the article: the comment form and the site's chrome. */
import { wordsOf } from './paragraphs';

const commentFormStart = /^(?:اترك\s+تعليقا[ًا]?|أضف\s+تعليقا[ًا]?|اكتب\s+تعليقا[ًا]?|leave\s+a\s+(?:reply|comment)|post\s+a\s+comment)\s*$/iu;
const shareNames =
  '(?:فيسبوك|فيس\\s?بوك|تويتر|واتساب|واتس\\s?آب|تيليجرام|تلغرام|تليغرام|لينكدإن|لينكد\\s?إن|ماسنجر|بريد\\s+إلكتروني|طباعة|انستغرام|إنستغرام|يوتيوب|facebook|twitter|whatsapp|telegram|linkedin|email|print|reddit|pinterest|messenger|x)';
const chromePatterns: readonly RegExp[] = [
  new RegExp(`^${shareNames}(?:\\s*[|·•,،/-]?\\s*${shareNames})*$`, 'iu'),
  /^(?:شارك|مشاركة|شارك\s+هذا\s+(?:المقال|الخبر)|شارك\s+الخبر|share(?:\s+this(?:\s+(?:article|story|post))?)?)\s*(?:على\s+.*|on\s+.*)?[:：]?$/iu,
  /^(?:زر\s+)?(?:الذهاب|العودة|الرجوع)\s+(?:إلى|الى)\s+(?:الأعلى|أعلى\s+الصفحة)$/u,
  /^back\s+to\s+top$/iu,
  /جميع\s+الحقوق\s+محفوظة|all\s+rights\s+reserved|^©|^copyright\b/iu,
  /^لن\s+يتم\s+نشر\s+عنوان\s+بريدك\s+الإلكتروني|^your\s+email\s+address\s+will\s+not\s+be\s+published/iu,
  /^\d+\s*(?:تعليق|تعليقات|comments?)$/iu,
  /^منذ\s+\S+\s+(?:دقيقة|دقائق|ساعة|ساعات|يوم|أيام|أسبوع|أسابيع)$/u,
  /^(?:الرئيسية|home)(?:\s*[/>»›]\s*\S.*)?$/iu,
  /^(?:إعلان|advertisement)$/iu,
];

// "Follow us on …": a short line, not a sentence ("تابعنا باهتمام ما جرى…" is the article's).
// (\b knows only Latin letters: after an Arabic word the next space is the boundary.)
const followUs = /^(?:تابعونا|تابعنا|follow\s+us)(?![\p{L}\p{N}])/iu;
const isFollowUsLine = (line: string): boolean => followUs.test(line) && wordsOf(line).length <= 8 && !/[.؟?!،,]/u.test(line);

/** Whether a line is the site's, not the article's: share bars, "follow us", "back to top", copyright, comment counts, breadcrumbs, ads. */
export function isSiteChrome(line: string): boolean {
  return isFollowUsLine(line) || chromePatterns.some((pattern) => pattern.test(line));
}

/** The article's lines, and the lines dropped: the comment form and everything after it, and the site's chrome. */
export function withoutSiteChrome(lines: readonly string[]): { lines: string[]; dropped: string[] } {
  const formStart = lines.findIndex((line) => commentFormStart.test(line));
  const article = formStart >= 0 ? lines.slice(0, formStart) : [...lines];
  const dropped = formStart >= 0 ? lines.slice(formStart) : [];
  const kept = article.filter((line) => {
    if (!isSiteChrome(line)) return true;
    dropped.push(line);
    return false;
  });
  return { lines: kept, dropped };
}
