/**
 * The checks an article passes before it is queued for the site ("preflight"). Errors block
 * queueing; warnings are shown and may be ignored. Lengths are counted in user-perceived
 * characters, so Arabic tashkeel does not make a headline look longer than it reads.
 */
import { articleLimits, isAllowedLinkTarget, isHttpUrl, normaliseTag, type ArticleContent } from '../model/article';
import { plainTextOf } from '../model/plainText';
import { countWords } from '../text/textCounts';
import { fieldLength } from '../model/fieldLength';
import type { RichTextNode } from '../model/richTextDocument';
import type { MessageKey } from '../i18n/catalogue';
import type { ArticleStatus } from '../model/article';
import { approvedStatuses } from '../model/workflow';

export type PreflightField =
  'workflow' | 'section' | 'headline' | 'standfirst' | 'byline' | 'body' | 'related' | 'tags' | 'slug' | 'seoDescription' | 'scheduledFor';

export interface PreflightProblem {
  field: PreflightField;
  severity: 'error' | 'warning';
  messageKey: MessageKey;
  params?: Record<string, string | number>;
  /** for related: index of the entry */
  index?: number;
}

export interface PreflightOptions {
  status: 'draft' | 'pending' | 'future' | 'publish';
  /** ISO local date-time 'YYYY-MM-DDTHH:mm' in the site's time zone, for 'future' */
  scheduledFor?: string;
  /** the site's current local time in the same format, to judge the schedule */
  siteNow?: string;
  /** The draft's place in the desk's workflow: an article going out that was never approved is warned of. */
  workflowStatus?: ArticleStatus;
  /** The site publishes only approved articles (the desk's choice): going out unapproved is an error, not a warning. */
  isApprovalRequired?: boolean;
}

/** The fields in the order the editor shows them; problems are reported in this order. */
export const preflightFieldOrder: readonly PreflightField[] = [
  'workflow',
  'section',
  'headline',
  'standfirst',
  'byline',
  'body',
  'related',
  'tags',
  'slug',
  'seoDescription',
  'scheduledFor',
];

/** WordPress keeps this many bytes of a slug's percent-encoded form and drops the rest. */
const wordPressSlugMaxEncodedBytes = 200;

const maxShownHrefLength = 60;
const localDateTimePattern = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/;

/**
 * What is left of `slug` after WordPress cuts it to 200 percent-encoded bytes: its utf8_uri_encode
 * stops before the first character that would not fit, then trailing hyphens are trimmed.
 */
function wordPressSlugCut(slug: string): { kept: string; isCut: boolean } {
  let encodedLength = 0;
  let kept = '';
  for (const character of slug) {
    const codePoint = character.codePointAt(0)!;
    const utf8Bytes = codePoint < 0x80 ? 1 : codePoint < 0x800 ? 2 : codePoint < 0x10000 ? 3 : 4;
    // ASCII stays as it is; every byte of a longer character becomes "%XX".
    const encoded = utf8Bytes === 1 ? 1 : utf8Bytes * 3;
    if (encodedLength + encoded > wordPressSlugMaxEncodedBytes) return { kept: kept.replace(/-+$/, ''), isCut: true };
    encodedLength += encoded;
    kept += character;
  }
  return { kept, isCut: false };
}

/** Whether `value` is a real date and time written as 'YYYY-MM-DDTHH:mm'. */
function isLocalDateTime(value: string): boolean {
  const match = localDateTimePattern.exec(value);
  if (!match) return false;
  const [year, month, day, hour, minute] = match.slice(1).map(Number) as [number, number, number, number, number];
  const daysInMonth = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth && hour <= 23 && minute <= 59;
}

/** The problems of `article` for publishing with `options.status`, errors first within each field, fields in editor order. */
export function preflightArticle(article: ArticleContent, options: PreflightOptions): PreflightProblem[] {
  const problems: PreflightProblem[] = [];
  const add = (
    field: PreflightField,
    severity: PreflightProblem['severity'],
    messageKey: MessageKey,
    params?: PreflightProblem['params'],
    index?: number,
  ): void => {
    const problem: PreflightProblem = { field, severity, messageKey };
    if (params) problem.params = params;
    if (index !== undefined) problem.index = index;
    problems.push(problem);
  };
  const isGoingOut = options.status === 'publish' || options.status === 'future';
  const missingSeverity = isGoingOut ? 'error' : 'warning';

  if (isGoingOut && options.workflowStatus && !approvedStatuses.includes(options.workflowStatus))
    add('workflow', options.isApprovalRequired ? 'error' : 'warning', 'preflight.notApproved');
  if (!article.section.trim()) add('section', missingSeverity, 'preflight.sectionMissing');

  const headlineLimits = articleLimits.headline;
  const headline = fieldLength(article.headline, headlineLimits);
  if (headline.verdict === 'empty') add('headline', 'error', 'preflight.headlineMissing');
  else if (headline.verdict === 'over')
    add('headline', 'error', 'preflight.headlineOverLimit', { count: headline.length, max: headlineLimits.max });
  else if (headline.verdict === 'short')
    add('headline', 'warning', 'preflight.headlineShort', { count: headline.length, min: headlineLimits.idealMin });
  else if (headline.verdict === 'long')
    add('headline', 'warning', 'preflight.headlineLong', { count: headline.length, max: headlineLimits.idealMax });

  const standfirst = fieldLength(article.standfirst, articleLimits.standfirst);
  if (standfirst.verdict === 'empty') add('standfirst', 'warning', 'preflight.standfirstMissing');
  else if (standfirst.verdict === 'over')
    add('standfirst', 'error', 'preflight.standfirstOverLimit', { count: standfirst.length, max: articleLimits.standfirst.max });

  if (!article.byline.trim()) add('byline', 'warning', 'preflight.bylineMissing');

  if (countWords(plainTextOf(article.body)) === 0) add('body', missingSeverity, 'preflight.bodyEmpty');
  for (const href of disallowedLinkTargets(article.body.content ?? []))
    add('body', 'error', 'preflight.linkNotAllowed', { href: shortened(href) });

  article.related.forEach((entry, index) => {
    const position = index + 1;
    if (!entry.title.trim()) add('related', 'error', 'preflight.relatedTitleMissing', { position }, index);
    const url = entry.url.trim();
    if (!url) add('related', 'error', 'preflight.relatedUrlMissing', { position }, index);
    else if (!isHttpUrl(url)) add('related', 'error', 'preflight.relatedUrlInvalid', { position }, index);
  });

  const tags = article.tags.map(normaliseTag).filter(Boolean);
  if (tags.length === 0) add('tags', 'warning', 'preflight.tagsMissing');
  // WordPress finds a tag by a slug made from its name, so "Syria" and "syria" are one tag there.
  const seenTags = new Set<string>();
  const reportedTags = new Set<string>();
  for (const tag of tags) {
    const tagKey = tag.toLowerCase();
    if (seenTags.has(tagKey) && !reportedTags.has(tagKey)) {
      add('tags', 'warning', 'preflight.tagDuplicate', { tag });
      reportedTags.add(tagKey);
    }
    seenTags.add(tagKey);
  }

  const slug = article.slug.trim();
  if (!slug) {
    add('slug', 'warning', 'preflight.slugMissing');
  } else {
    const { kept, isCut } = wordPressSlugCut(slug);
    if (isCut) add('slug', 'warning', 'preflight.slugTooLong', { count: [...kept].length, kept });
  }

  const seoLimits = articleLimits.seoDescription;
  const seoDescription = fieldLength(article.seoDescription, seoLimits);
  if (seoDescription.verdict === 'empty')
    add(
      'seoDescription',
      'warning',
      standfirst.verdict === 'empty' ? 'preflight.seoDescriptionMissingNoStandfirst' : 'preflight.seoDescriptionMissing',
    );
  else if (seoDescription.verdict === 'over')
    add('seoDescription', 'error', 'preflight.seoDescriptionOverLimit', { count: seoDescription.length, max: seoLimits.max });
  else if (seoDescription.verdict === 'long')
    add('seoDescription', 'warning', 'preflight.seoDescriptionLong', { count: seoDescription.length, max: seoLimits.idealMax });

  if (options.status === 'future') {
    const scheduledFor = options.scheduledFor?.trim() ?? '';
    if (!scheduledFor) add('scheduledFor', 'error', 'preflight.scheduleMissing');
    else if (!isLocalDateTime(scheduledFor)) add('scheduledFor', 'error', 'preflight.scheduleInvalid');
    // Both are local times in one format, so they compare as strings; seconds in siteNow are ignored.
    else if (options.siteNow && scheduledFor <= options.siteNow.slice(0, 16)) add('scheduledFor', 'error', 'preflight.schedulePast');
  }

  const rank = (problem: PreflightProblem): number =>
    preflightFieldOrder.indexOf(problem.field) * 2 + (problem.severity === 'error' ? 0 : 1);
  return problems.sort((first, second) => rank(first) - rank(second));
}

/** Whether any of `problems` is an error, which keeps the article out of the publishing queue. */
export function hasBlockingProblems(problems: readonly PreflightProblem[]): boolean {
  return problems.some((problem) => problem.severity === 'error');
}

/** The hrefs of link marks in `nodes` that the editor would not accept, each once, in document order. */
function disallowedLinkTargets(nodes: readonly RichTextNode[]): string[] {
  const found = new Set<string>();
  const stack = [...nodes].reverse();
  while (stack.length > 0) {
    const node = stack.pop()!;
    for (const mark of node.marks ?? []) {
      if (mark.type !== 'link') continue;
      const href = typeof mark.attrs?.href === 'string' ? mark.attrs.href : '';
      if (!isAllowedLinkTarget(href)) found.add(href);
    }
    if (node.content) for (let child = node.content.length - 1; child >= 0; child--) stack.push(node.content[child]!);
  }
  return [...found];
}

function shortened(text: string): string {
  const characters = [...text];
  return characters.length <= maxShownHrefLength ? text : `${characters.slice(0, maxShownHrefLength - 1).join('')}…`;
}
