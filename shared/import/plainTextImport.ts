/**
 * Builds a structured article from plain text as editors receive it (e-mail, messaging apps,
 * pages copied from a browser), and says what it found. The rules are general, not tuned to one
 * site, each in its own module:
 *
 * - paragraphs.ts: blank lines separate paragraphs; hard-wrapped e-mail lines are joined;
 * - siteChrome.ts: the comment form and everything after it, and the site's chrome (share bars,
 *   "back to top", copyright lines), are dropped and reported;
 * - articleHead.ts: the section line, the headline, the byline, the dateline and the date;
 * - a short line (2–12 words) without closing punctuation between two paragraphs is a subsection;
 * - quotations.ts: quotations with their speakers, through verbs of saying and appositions;
 * - relatedArticles.ts: the "مقالات ذات صلة / اقرأ أيضاً / Related articles" block.
 */
import { emptyArticleContent, isHttpUrl, type ArticleContent, type RelatedArticle } from '../model/article';
import type { RichTextNode } from '../model/richTextDocument';
import { withSlugFollowingHeadline } from '../text/slug';
import { readArticleHead } from './articleHead';
import { closingPunctuation, listLine, splitParagraphs, wordsOf } from './paragraphs';
import { findAppositions, paragraphNode, quoteBlocks, type FoundQuote } from './quotations';
import { inlineRelatedEntry, relatedBlockHeading, relatedEntry } from './relatedArticles';
import { withoutSiteChrome } from './siteChrome';

export interface PlainTextImportReport {
  section: string;
  headline: string;
  byline: string;
  datelinePlace: string;
  subsections: string[];
  quotes: FoundQuote[];
  isRelatedBlockFound: boolean;
  relatedCount: number;
  droppedLines: string[];
  paragraphCount: number;
}

export interface PlainTextImport {
  content: ArticleContent;
  report: PlainTextImportReport;
}

const arabicLetters = /[\u0600-\u06FF]/g;
const latinLetters = /[A-Za-z]/g;

function isSubheading(line: string, hasTextBefore: boolean, next: string | undefined): boolean {
  const words = wordsOf(line).length;
  if (!hasTextBefore || next === undefined || words < 2 || words > 12 || line.length > 100) return false;
  if (closingPunctuation.test(line) || /^[-•*–]\s/.test(line)) return false;
  // What follows must read as running text: longer, or closing with punctuation.
  return wordsOf(next).length > words || closingPunctuation.test(next);
}

export function importPlainText(text: string): PlainTextImport {
  const { lines, dropped } = withoutSiteChrome(splitParagraphs(text));
  const head = readArticleHead(lines, (line) => relatedBlockHeading.test(line));
  const content = emptyArticleContent();
  content.section = head.section;
  content.headline = head.headline;
  content.byline = head.byline;
  content.dateline = { place: head.datelinePlace, date: head.date };
  const quotes: FoundQuote[] = [];
  const subsections: string[] = [];

  const people = findAppositions(lines.join('\n'));
  const body: RichTextNode[] = [];
  const related: RelatedArticle[] = [];
  let isRelatedBlockFound = false;
  let isInRelated = false;
  let list: RichTextNode | undefined;
  const addRelated = (line: string): void => {
    const entry = relatedEntry(line, `imported-${related.length + 1}`);
    if (entry) related.push(entry);
  };
  for (let index = head.bodyStart; index < lines.length; index++) {
    const line = lines[index]!;
    if (relatedBlockHeading.test(line)) {
      isInRelated = isRelatedBlockFound = true;
      continue;
    }
    const inline = inlineRelatedEntry(line);
    if (inline !== undefined) {
      isRelatedBlockFound = true;
      addRelated(inline);
      continue;
    }
    if (isInRelated) {
      const isRunningText = wordsOf(line).length > 30 || /[.؟?!]$/.test(line);
      if (!isRunningText) {
        const last = related.at(-1);
        if (isHttpUrl(line) && last && !last.url) last.url = line;
        else addRelated(line);
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
    const next = lines[index + 1];
    if (isSubheading(line, body.length > 0, next !== undefined && !relatedBlockHeading.test(next) ? next : undefined)) {
      body.push({ type: 'heading', attrs: { level: 2 }, content: [{ type: 'text', text: line }] });
      subsections.push(line);
      continue;
    }
    body.push(...quoteBlocks(line, people, quotes));
  }

  content.body = { type: 'doc', content: body.length > 0 ? body : [paragraphNode('')] };
  content.related = related.slice(0, 20);
  content.language = (text.match(arabicLetters) ?? []).length >= (text.match(latinLetters) ?? []).length ? 'ar' : 'en';
  const report: PlainTextImportReport = {
    section: content.section,
    headline: content.headline,
    byline: content.byline,
    datelinePlace: content.dateline.place,
    subsections,
    quotes,
    isRelatedBlockFound,
    relatedCount: content.related.length,
    droppedLines: dropped,
    paragraphCount: body.filter((node) => node.type === 'paragraph').length,
  };
  return { content: withSlugFollowingHeadline(content), report };
}
