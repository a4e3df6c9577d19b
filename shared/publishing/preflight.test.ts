import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { articleLimits, type ArticleContent } from '../model/article';
import { importPlainText } from '../import/plainTextImport';
import type { RichTextNode } from '../model/richTextDocument';
import { arabicCatalogue } from '../i18n/arabicCatalogue';
import { translate } from '../i18n/catalogue';
import { hasBlockingProblems, preflightArticle, preflightFieldOrder, type PreflightOptions, type PreflightProblem } from './preflight';

const seed = readFileSync(new URL('../../e2e/fixtures/seed-article.txt', import.meta.url), 'utf8');
const seedArticle = (): ArticleContent => importPlainText(seed).content;

/** The seed article with every field filled in well: it passes with no problem at all. */
function cleanArticle(): ArticleContent {
  return {
    ...seedArticle(),
    standfirst: 'وجهت روسيا دعوة رسمية لوزير الخارجية السوري أسعد الشيباني لزيارة موسكو.',
    byline: 'فريق التحرير',
    tags: ['سوريا', 'روسيا'],
    slug: 'لافروف-دعوة-الشيباني',
    seoDescription:
      'أعلن وزير الخارجية الروسي سيرغي لافروف أن موسكو وجهت دعوة رسمية لوزير الخارجية السوري أسعد الشيباني لزيارة روسيا قريباً.',
  };
}

const publish: PreflightOptions = { status: 'publish' };
const draft: PreflightOptions = { status: 'draft' };
const summary = (problems: readonly PreflightProblem[]): string[] =>
  problems.map((problem) => `${problem.field} ${problem.severity} ${problem.messageKey}`);
const paragraph = (...content: RichTextNode[]): RichTextNode => ({ type: 'paragraph', content });
const linked = (text: string, href: string): RichTextNode => ({
  type: 'text',
  text,
  marks: [{ type: 'bold' }, { type: 'link', attrs: { href } }],
});
/** `text` repeated to exactly `length` characters, ending in a letter so that trimming keeps them all. */
const repeat = (text: string, length: number): string =>
  text
    .repeat(Math.ceil(length / text.length))
    .slice(0, length)
    .replace(/\s$/u, 'ة');

describe('preflightArticle on the seed article', () => {
  it('reports only warnings for the article as imported', () => {
    const problems = preflightArticle(seedArticle(), draft);
    expect(summary(problems)).toEqual([
      'standfirst warning preflight.standfirstMissing',
      'byline warning preflight.bylineMissing',
      'tags warning preflight.tagsMissing',
      'slug warning preflight.slugTooLong',
      'seoDescription warning preflight.seoDescriptionMissingNoStandfirst',
    ]);
    expect(hasBlockingProblems(problems)).toBe(false);
  });

  it('finds nothing once every field is filled in', () => {
    expect(preflightArticle(cleanArticle(), publish)).toEqual([]);
    expect(preflightArticle(cleanArticle(), { status: 'future', scheduledFor: '2030-01-01T09:00', siteNow: '2029-12-31T23:59' })).toEqual(
      [],
    );
  });
});

describe('preflightArticle rules', () => {
  it('warns, first and without blocking, when an article that was never approved goes out', () => {
    for (const status of ['draft', 'submitted', 'inCopyEdit', 'copyEdited'] as const) {
      for (const going of [publish, { status: 'future', scheduledFor: '2099-01-01T10:00', siteNow: '2026-12-02T10:00' }] as const) {
        const problems = preflightArticle(cleanArticle(), { ...going, workflowStatus: status });
        expect(summary(problems)).toEqual(['workflow warning preflight.notApproved']);
        expect(hasBlockingProblems(problems)).toBe(false);
      }
    }
    for (const status of ['approved', 'published'] as const)
      expect(preflightArticle(cleanArticle(), { ...publish, workflowStatus: status })).toEqual([]);
    // A desk that publishes only approved articles makes it an error.
    const required = preflightArticle(cleanArticle(), { ...publish, workflowStatus: 'copyEdited', isApprovalRequired: true });
    expect(summary(required)).toEqual(['workflow error preflight.notApproved']);
    expect(hasBlockingProblems(required)).toBe(true);
    expect(preflightArticle(cleanArticle(), { ...publish, workflowStatus: 'approved', isApprovalRequired: true })).toEqual([]);
    // Kept as a draft or pending review on the site, nothing goes out yet.
    for (const status of ['draft', 'pending'] as const)
      expect(preflightArticle(cleanArticle(), { status, workflowStatus: 'draft' })).toEqual([]);
  });

  it('requires a section to publish, and only warns about it in a draft', () => {
    const article = { ...cleanArticle(), section: '  ' };
    expect(summary(preflightArticle(article, publish))).toEqual(['section error preflight.sectionMissing']);
    expect(summary(preflightArticle(article, { status: 'pending' }))).toEqual(['section warning preflight.sectionMissing']);
  });

  it('requires a headline', () => {
    const problems = preflightArticle({ ...cleanArticle(), headline: ' \n ' }, draft);
    expect(summary(problems)).toEqual(['headline error preflight.headlineMissing']);
    expect(hasBlockingProblems(problems)).toBe(true);
  });

  it('refuses a headline over the limit and warns outside the ideal range', () => {
    const { idealMin, idealMax, max } = articleLimits.headline;
    const withHeadline = (length: number) => preflightArticle({ ...cleanArticle(), headline: repeat('عنوان طويل ', length) }, draft);
    expect(withHeadline(max + 1)).toEqual([
      { field: 'headline', severity: 'error', messageKey: 'preflight.headlineOverLimit', params: { count: max + 1, max } },
    ]);
    expect(withHeadline(max)).toEqual([
      { field: 'headline', severity: 'warning', messageKey: 'preflight.headlineLong', params: { count: max, max: idealMax } },
    ]);
    expect(withHeadline(idealMax)).toEqual([]);
    expect(withHeadline(idealMin)).toEqual([]);
    expect(withHeadline(idealMin - 1)).toEqual([
      { field: 'headline', severity: 'warning', messageKey: 'preflight.headlineShort', params: { count: idealMin - 1, min: idealMin } },
    ]);
  });

  it('counts a diacritised headline by its letters, not its tashkeel', () => {
    // Every letter carries a mark: twice the code points, the same characters on screen.
    const bare = 'وجهنا دعوة رسمية لوزير الخارجية السوري لزيارة موسكو وبحث التعاون بين البلدين';
    const diacritised = bare.replace(/\p{L}/gu, (letter) => `${letter}\u064E`);
    expect([...diacritised].length).toBeGreaterThan(articleLimits.headline.max);
    expect(preflightArticle({ ...cleanArticle(), headline: diacritised }, publish)).toEqual([]);
    const short = preflightArticle({ ...cleanArticle(), headline: 'عَاجِلٌ: زِيَارَةٌ' }, publish);
    expect(short[0]?.params).toEqual({ count: 'عاجل: زيارة'.length, min: articleLimits.headline.idealMin });
  });

  it('warns about an empty standfirst and refuses one over the limit', () => {
    expect(summary(preflightArticle({ ...cleanArticle(), standfirst: '' }, publish))).toEqual([
      'standfirst warning preflight.standfirstMissing',
    ]);
    const long = preflightArticle({ ...cleanArticle(), standfirst: repeat('مقدمة ', articleLimits.standfirst.max + 1) }, publish);
    expect(long).toEqual([
      {
        field: 'standfirst',
        severity: 'error',
        messageKey: 'preflight.standfirstOverLimit',
        params: { count: articleLimits.standfirst.max + 1, max: articleLimits.standfirst.max },
      },
    ]);
    expect(preflightArticle({ ...cleanArticle(), standfirst: repeat('مقدمة ', articleLimits.standfirst.max) }, publish)).toEqual([]);
  });

  it('warns about a missing byline', () => {
    expect(summary(preflightArticle({ ...cleanArticle(), byline: ' ' }, publish))).toEqual(['byline warning preflight.bylineMissing']);
  });

  it('requires a body to publish or schedule, and only warns about it otherwise', () => {
    const article = { ...cleanArticle(), body: { type: 'doc' as const, content: [paragraph(), paragraph({ type: 'text', text: ' … ' })] } };
    expect(summary(preflightArticle(article, publish))).toEqual(['body error preflight.bodyEmpty']);
    expect(summary(preflightArticle(article, { status: 'future', scheduledFor: '2030-01-01T09:00' }))).toEqual([
      'body error preflight.bodyEmpty',
    ]);
    expect(summary(preflightArticle(article, draft))).toEqual(['body warning preflight.bodyEmpty']);
    expect(summary(preflightArticle(article, { status: 'pending' }))).toEqual(['body warning preflight.bodyEmpty']);
  });

  it('refuses links the editor would not accept, wherever they sit, each once', () => {
    const longBad = `javascript:${'a'.repeat(100)}`;
    const body = {
      type: 'doc' as const,
      content: [
        paragraph({ type: 'text', text: 'نص ' }, linked('سليم', 'https://example.com/a'), linked('بريد', 'mailto:desk@example.com')),
        {
          type: 'bulletList',
          content: [
            { type: 'listItem', content: [paragraph(linked('خطر', 'javascript:alert(1)'), linked('خطر مكرر', 'javascript:alert(1)'))] },
          ],
        },
        { type: 'quote', attrs: { speaker: 'لافروف' }, content: [paragraph(linked('طويل', longBad), linked('بلا هدف', ''))] },
        paragraph({ type: 'text', text: 'نسبي', marks: [{ type: 'link', attrs: { href: '/relative' } }] }),
      ],
    };
    const problems = preflightArticle({ ...cleanArticle(), body }, publish);
    expect(problems.map((problem) => [problem.severity, problem.messageKey, problem.params?.href])).toEqual([
      ['error', 'preflight.linkNotAllowed', 'javascript:alert(1)'],
      ['error', 'preflight.linkNotAllowed', `${longBad.slice(0, 59)}…`],
      ['error', 'preflight.linkNotAllowed', ''],
      ['error', 'preflight.linkNotAllowed', '/relative'],
    ]);
  });

  it('requires a title and an http(s) address for every related article, naming the entry', () => {
    const related = [
      { key: 'a', title: 'مقال سليم', url: 'https://example.com/a' },
      { key: 'b', title: '  ', url: 'https://example.com/b' },
      { key: 'c', title: 'بلا رابط', url: '' },
      { key: 'd', title: 'رابط غريب', url: 'ftp://example.com/d' },
    ];
    expect(preflightArticle({ ...cleanArticle(), related }, publish)).toEqual([
      { field: 'related', severity: 'error', messageKey: 'preflight.relatedTitleMissing', params: { position: 2 }, index: 1 },
      { field: 'related', severity: 'error', messageKey: 'preflight.relatedUrlMissing', params: { position: 3 }, index: 2 },
      { field: 'related', severity: 'error', messageKey: 'preflight.relatedUrlInvalid', params: { position: 4 }, index: 3 },
    ]);
  });

  it('warns about no tags and about tags that are the same once trimmed', () => {
    expect(summary(preflightArticle({ ...cleanArticle(), tags: [] }, publish))).toEqual(['tags warning preflight.tagsMissing']);
    expect(summary(preflightArticle({ ...cleanArticle(), tags: [' '] }, publish))).toEqual(['tags warning preflight.tagsMissing']);
    const duplicates = preflightArticle({ ...cleanArticle(), tags: [' سوريا', 'روسيا', 'سوريا ', 'سوريا', 'Syria', 'syria'] }, publish);
    expect(duplicates.map((problem) => [problem.messageKey, problem.params?.tag])).toEqual([
      ['preflight.tagDuplicate', 'سوريا'],
      ['preflight.tagDuplicate', 'syria'],
    ]);
  });

  it('warns about a slug WordPress would cut to 200 encoded bytes, with the letters kept', () => {
    // An Arabic letter is two UTF-8 bytes, six once percent-encoded: 33 fit in 200.
    expect(preflightArticle({ ...cleanArticle(), slug: 'ب'.repeat(33) }, publish)).toEqual([]);
    expect(preflightArticle({ ...cleanArticle(), slug: 'ب'.repeat(34) }, publish)).toEqual([
      { field: 'slug', severity: 'warning', messageKey: 'preflight.slugTooLong', params: { count: 33, kept: 'ب'.repeat(33) } },
    ]);
    expect(preflightArticle({ ...cleanArticle(), slug: 'a'.repeat(articleLimits.slug.max) }, publish)).toEqual([]);

    const { slug } = seedArticle();
    let kept = slug;
    while (encodeURIComponent(kept).length > 200) kept = [...kept].slice(0, -1).join('');
    kept = kept.replace(/-+$/, '');
    const [problem] = preflightArticle({ ...cleanArticle(), slug }, publish);
    expect(problem?.params).toEqual({ count: [...kept].length, kept });
  });

  it('warns about an empty slug', () => {
    expect(summary(preflightArticle({ ...cleanArticle(), slug: '' }, publish))).toEqual(['slug warning preflight.slugMissing']);
  });

  it('checks the SEO description: over the limit, over the ideal, or empty', () => {
    const { idealMax, max } = articleLimits.seoDescription;
    const withDescription = (length: number, standfirst = cleanArticle().standfirst) =>
      preflightArticle({ ...cleanArticle(), standfirst, seoDescription: repeat('وصف الخبر ', length) }, publish);
    expect(withDescription(max + 1)).toEqual([
      { field: 'seoDescription', severity: 'error', messageKey: 'preflight.seoDescriptionOverLimit', params: { count: max + 1, max } },
    ]);
    expect(withDescription(max)).toEqual([
      { field: 'seoDescription', severity: 'warning', messageKey: 'preflight.seoDescriptionLong', params: { count: max, max: idealMax } },
    ]);
    expect(withDescription(idealMax)).toEqual([]);
    expect(summary(withDescription(0))).toEqual(['seoDescription warning preflight.seoDescriptionMissing']);
    expect(summary(withDescription(0, ''))).toEqual([
      'standfirst warning preflight.standfirstMissing',
      'seoDescription warning preflight.seoDescriptionMissingNoStandfirst',
    ]);
  });

  it('requires a valid schedule in the future when scheduling', () => {
    const schedule = (scheduledFor: string | undefined, siteNow?: string) => {
      const options: PreflightOptions = { status: 'future' };
      if (scheduledFor !== undefined) options.scheduledFor = scheduledFor;
      if (siteNow !== undefined) options.siteNow = siteNow;
      return summary(preflightArticle(cleanArticle(), options));
    };
    expect(schedule(undefined)).toEqual(['scheduledFor error preflight.scheduleMissing']);
    expect(schedule(' ')).toEqual(['scheduledFor error preflight.scheduleMissing']);
    for (const invalid of [
      '2030-02-30T10:00',
      '2030-13-01T10:00',
      '2030-01-01T24:00',
      '2030-01-01T10:60',
      '2030-01-01 10:00',
      '2030-01-01T10:00:00',
      '١٠:٠٠',
    ]) {
      expect(schedule(invalid), invalid).toEqual(['scheduledFor error preflight.scheduleInvalid']);
    }
    expect(schedule('2028-02-29T10:00')).toEqual([]);
    expect(schedule('2030-01-01T10:00', '2030-01-01T10:00')).toEqual(['scheduledFor error preflight.schedulePast']);
    expect(schedule('2030-01-01T10:00', '2030-01-01T10:00:30')).toEqual(['scheduledFor error preflight.schedulePast']);
    expect(schedule('2029-12-31T23:59', '2030-01-01T10:00')).toEqual(['scheduledFor error preflight.schedulePast']);
    expect(schedule('2030-01-01T10:01', '2030-01-01T10:00')).toEqual([]);
    expect(preflightArticle(cleanArticle(), { status: 'publish', scheduledFor: 'not a date' })).toEqual([]);
  });

  it('orders problems by the editor’s fields, errors before warnings within a field', () => {
    const article: ArticleContent = {
      ...seedArticle(),
      section: '',
      headline: '',
      body: { type: 'doc', content: [paragraph(linked(' ', 'javascript:void(0)'))] },
      related: [{ key: 'a', title: '', url: '' }],
      tags: ['وسم', 'وسم'],
      slug: '',
      seoDescription: 'و'.repeat(articleLimits.seoDescription.max + 1),
    };
    const problems = preflightArticle(article, { status: 'draft' });
    expect(summary(problems)).toEqual([
      'section warning preflight.sectionMissing',
      'headline error preflight.headlineMissing',
      'standfirst warning preflight.standfirstMissing',
      'byline warning preflight.bylineMissing',
      'body error preflight.linkNotAllowed',
      'body warning preflight.bodyEmpty',
      'related error preflight.relatedTitleMissing',
      'related error preflight.relatedUrlMissing',
      'tags warning preflight.tagDuplicate',
      'slug warning preflight.slugMissing',
      'seoDescription error preflight.seoDescriptionOverLimit',
    ]);
    const ranks = problems.map((problem) => preflightFieldOrder.indexOf(problem.field));
    expect(ranks).toEqual([...ranks].sort((first, second) => first - second));
  });
});

describe('hasBlockingProblems', () => {
  it('is true only when there is an error', () => {
    expect(hasBlockingProblems([])).toBe(false);
    expect(hasBlockingProblems([{ field: 'tags', severity: 'warning', messageKey: 'preflight.tagsMissing' }])).toBe(false);
    expect(
      hasBlockingProblems([
        { field: 'tags', severity: 'warning', messageKey: 'preflight.tagsMissing' },
        { field: 'headline', severity: 'error', messageKey: 'preflight.headlineMissing' },
      ]),
    ).toBe(true);
  });
});

describe('preflight messages', () => {
  const everyProblem = (): PreflightProblem[] => {
    const base = cleanArticle();
    const longHref = `javascript:${'x'.repeat(200)}`;
    const articles: Array<[ArticleContent, PreflightOptions]> = [
      [
        {
          ...seedArticle(),
          section: '',
          headline: '',
          byline: '',
          tags: ['أ', 'أ'],
          related: [
            { key: 'a', title: '', url: '' },
            { key: 'b', title: 'ب', url: 'ftp://x' },
          ],
        },
        { status: 'future', workflowStatus: 'draft' },
      ],
      [
        {
          ...base,
          headline: 'قصير',
          standfirst: 'م'.repeat(700),
          slug: '',
          seoDescription: 'و'.repeat(400),
          body: { type: 'doc', content: [paragraph(linked(' ', longHref))] },
        },
        { status: 'publish' },
      ],
      [
        { ...base, headline: 'ع'.repeat(100), tags: [], seoDescription: 'و'.repeat(200) },
        { status: 'future', scheduledFor: 'غداً' },
      ],
      [
        { ...base, headline: 'ع'.repeat(130), seoDescription: '' },
        { status: 'future', scheduledFor: '2020-01-01T00:00', siteNow: '2025-01-01T00:00' },
      ],
    ];
    return articles.flatMap(([article, options]) => preflightArticle(article, options));
  };

  it('cover every preflight key in the catalogue', () => {
    const produced = new Set(everyProblem().map((problem) => problem.messageKey));
    const catalogued = Object.keys(arabicCatalogue).filter((key) => key.startsWith('preflight.'));
    expect([...produced].sort()).toEqual(catalogued.sort());
  });

  it('render in Arabic and English with every placeholder filled', () => {
    for (const problem of everyProblem()) {
      const arabic = translate('ar', problem.messageKey, problem.params);
      const english = translate('en', problem.messageKey, problem.params);
      expect(arabic, problem.messageKey).toMatch(/[\u0600-\u06FF]/);
      expect(arabic, problem.messageKey).not.toMatch(/\{\w+\}/);
      expect(english, problem.messageKey).not.toMatch(/\{\w+\}/);
    }
    for (const count of [0, 1, 2, 3, 11, 33, 100, 150]) {
      expect(translate('ar', 'preflight.slugTooLong', { count, kept: 'x' })).not.toMatch(/\{\w+\}/);
      expect(translate('en', 'preflight.slugTooLong', { count, kept: 'x' })).not.toMatch(/\{\w+\}/);
    }
    expect(translate('en', 'preflight.relatedUrlMissing', { position: 3 })).toBe('Add a link to related article 3.');
  });
});
