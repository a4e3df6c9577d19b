import { describe, expect, it } from 'vitest';
import { emptyArticleContent, type ArticleContent } from '../model/article';
import { plainTextOf } from '../model/plainText';
import type { RichTextNode } from '../model/richTextDocument';
import { withSlugFollowingHeadline } from '../text/slug';
import { applyReview, diffArticles, diffWords, isRewrite, tokenise } from './articleDiff';

const paragraph = (text: string): RichTextNode => ({ type: 'paragraph', content: [{ type: 'text', text }] });
const article = (change: Partial<ArticleContent> & { paragraphs?: string[] } = {}): ArticleContent => {
  const { paragraphs = ['أعلنت روسيا اليوم أنها وجهت دعوة رسمية لزيارة موسكو.', 'وأكد لافروف على تطابق المواقف مع تركيا.'], ...rest } =
    change;
  // As the app builds articles: the slug follows the headline unless it was edited.
  return withSlugFollowingHeadline({
    ...emptyArticleContent(),
    headline: 'لافروف يدعو الشيباني',
    body: { type: 'doc', content: paragraphs.map(paragraph) },
    ...rest,
  });
};

describe('tokenise (Arabic)', () => {
  it.each([
    ['words keep their diacritics', 'مُحَمَّدٌ رسولٌ', ['مُحَمَّدٌ', ' ', 'رسولٌ']],
    ['tatweel stays inside the word', 'كـــبير جداً', ['كـــبير', ' ', 'جداً']],
    ['punctuation is its own token', 'قال: “نعم”، ثم مضى.', ['قال', ':', ' ', '“', 'نعم', '”', '،', ' ', 'ثم', ' ', 'مضى', '.']],
    ['digits of both kinds are words', 'يومي ٢٣ و24', ['يومي', ' ', '٢٣', ' ', 'و24']],
    ['mixed scripts', 'قمة NATO اليوم', ['قمة', ' ', 'NATO', ' ', 'اليوم']],
  ])('%s', (_case, text, tokens) => {
    expect(tokenise(text)).toEqual(tokens);
  });

  it('marks a changed word, a hamza fixed by a copy editor included', () => {
    let id = 0;
    const segments = diffWords('قال الرئيس ان الاجتماع مهم', 'قال الرئيس إن الاجتماع مهم', () => ++id);
    expect(segments.filter((segment) => segment.type !== 'same')).toEqual([
      { type: 'removed', text: 'ان', changeId: 1 },
      { type: 'added', text: 'إن', changeId: 1 },
    ]);
  });
});

describe('diffWords: runs of changed words', () => {
  const counter = (): (() => number) => {
    let id = 0;
    return () => ++id;
  };

  it('shows a replaced word as one deletion followed by its replacement', () => {
    expect(diffWords('دعت روسيا', 'تدعو روسيا', counter())).toEqual([
      { type: 'removed', text: 'دعت', changeId: 1 },
      { type: 'added', text: 'تدعو', changeId: 1 },
      { type: 'same', text: ' روسيا' },
    ]);
  });

  it('groups a run of changed words into one deletion and one insertion, not alternating single words', () => {
    const segments = diffWords('لافروف يوجه دعوة للشيباني', 'لافروف يستقبل وزير الخارجية السوري', counter());
    expect(segments).toEqual([
      { type: 'same', text: 'لافروف ' },
      { type: 'removed', text: 'يوجه دعوة للشيباني', changeId: 1 },
      { type: 'added', text: 'يستقبل وزير الخارجية السوري', changeId: 1 },
    ]);
  });

  it('keeps two runs apart when an unchanged word stands between them', () => {
    const segments = diffWords('قال الوزير اليوم', 'أكد الوزير أمس', counter());
    expect(segments.map((segment) => [segment.type, segment.text, segment.changeId])).toEqual([
      ['removed', 'قال', 1],
      ['added', 'أكد', 1],
      ['same', ' الوزير ', undefined],
      ['removed', 'اليوم', 2],
      ['added', 'أمس', 2],
    ]);
  });
});

describe('isRewrite', () => {
  const segments = (before: string, after: string) => diffWords(before, after, () => 1);
  it.each([
    ['لافروف: وجهنا دعوة لوزير الخارجية السوري', 'موسكو تستقبل الشيباني الأسبوع المقبل', true],
    ['لافروف يدعو الشيباني إلى موسكو', 'لافروف يدعو الشيباني إلى روسيا', false],
    ['دعت روسيا الوزير', 'تدعو موسكو الوزير', true],
    ['', 'عنوان جديد', true],
    ['نص', 'نص', false],
  ] as const)('%s → %s: %s', (before, after, expected) => {
    expect(isRewrite(segments(before, after))).toBe(expected);
  });
});

describe('diffArticles', () => {
  it('shows exactly what changed: three words, the headline, a removed related link', () => {
    const before = article({
      related: [
        { key: 'a', title: 'الأول', url: 'https://example.com/1' },
        { key: 'b', title: 'الثاني', url: 'https://example.com/2' },
      ],
    });
    const after = article({
      headline: 'لافروف يدعو وزير الخارجية السوري',
      paragraphs: ['أعلنت موسكو اليوم أنها وجهت دعوة رسمية لزيارة العاصمة.', 'وأكد لافروف على تطابق المواقف مع أنقرة.'],
      related: [{ key: 'a', title: 'الأول', url: 'https://example.com/1' }],
    });
    const { changes } = diffArticles(before, after);
    expect(changes.map((change) => change.kind).sort()).toEqual(['field', 'relatedRemoved', 'words', 'words', 'words']);
    expect(changes.find((change) => change.kind === 'field')).toMatchObject({
      field: 'headline',
      before: 'لافروف يدعو الشيباني',
      after: 'لافروف يدعو وزير الخارجية السوري',
    });
    expect(changes.find((change) => change.kind === 'relatedRemoved')).toMatchObject({ related: { title: 'الثاني' } });
  });

  it('names structural changes: a subsection added, a quote’s speaker changed', () => {
    const quote = (speaker: string): RichTextNode => ({
      type: 'quote',
      attrs: { speaker, role: '', variant: 'quote' },
      content: [paragraph('تم تقديم جميع الضمانات')],
    });
    const before = { ...article(), body: { type: 'doc' as const, content: [paragraph('مقدمة'), quote('لافروف')] } };
    const after = {
      ...article(),
      body: {
        type: 'doc' as const,
        content: [
          paragraph('مقدمة'),
          { type: 'heading', attrs: { level: 2 }, content: [{ type: 'text', text: 'عنوان فرعي جديد' }] },
          quote('سيرغي لافروف'),
        ],
      },
    };
    const kinds = diffArticles(before, after).changes.map((change) => change.kind);
    expect(kinds).toContain('blockAdded');
    expect(kinds).toContain('quoteAttribution');
  });

  it('keeps the slug of the side whose headline it keeps, even one that no longer follows it (a published address)', () => {
    const before = { ...article({ headline: 'عنوان الموقع' }), slug: 'عنوان-الخبر-المنشور' };
    const after = article({ headline: 'عنوان جديد' });
    const diff = diffArticles(before, after);
    expect(applyReview(before, after, diff, () => false)).toEqual(before);
    expect(applyReview(before, after, diff, () => true).slug).toBe('عنوان-جديد');
  });

  it('counts a slug that follows its headline as part of the headline change', () => {
    const before = article({ headline: 'قديم', slug: 'قديم' });
    const after = article({ headline: 'جديد', slug: 'جديد' });
    const diff = diffArticles(before, after);
    expect(diff.changes.map((change) => change.kind === 'field' && change.field)).toEqual(['headline']);
    expect(applyReview(before, after, diff, () => false).slug).toBe('قديم');
    expect(applyReview(before, after, diff, () => true).slug).toBe('جديد');
  });

  it('finds nothing between equal articles', () => {
    expect(diffArticles(article(), article()).changes).toEqual([]);
  });
});

describe('applyReview', () => {
  const before = article({
    tags: ['سوريا'],
    related: [
      { key: 'a', title: 'الأول', url: 'https://example.com/1' },
      { key: 'b', title: 'الثاني', url: 'https://example.com/2' },
    ],
  });
  const after = article({
    headline: 'عنوان جديد',
    paragraphs: ['أعلنت موسكو اليوم أنها وجهت دعوة رسمية لزيارة العاصمة.', 'وأكد لافروف على تطابق المواقف مع تركيا.'],
    tags: ['سوريا', 'روسيا'],
    related: [{ key: 'a', title: 'الأول', url: 'https://example.com/1' }],
  });
  const diff = diffArticles(before, after);

  it('accepting everything gives the new version; rejecting everything gives the old one', () => {
    expect(applyReview(before, after, diff, () => true)).toEqual(after);
    expect(applyReview(before, after, diff, () => false)).toEqual(before);
  });

  it('rejecting one body change and accepting the rest yields the expected text', () => {
    const rejected = diff.changes.find((change) => change.kind === 'words')!.id;
    const result = applyReview(before, after, diff, (id) => id !== rejected);
    expect(plainTextOf(result.body)).toBe(
      'أعلنت روسيا اليوم أنها وجهت دعوة رسمية لزيارة العاصمة.\nوأكد لافروف على تطابق المواقف مع تركيا.',
    );
    expect(result.headline).toBe('عنوان جديد');
    expect(result.tags).toEqual(['سوريا', 'روسيا']);
    expect(result.related.map((entry) => entry.title)).toEqual(['الأول']);
  });
});

describe('applyReview keeps the formatting of the text that stays', () => {
  const link = { type: 'link', attrs: { href: 'https://example.com/' } };
  const inBody = (...blocks: RichTextNode[]): ArticleContent => ({ ...article(), body: { type: 'doc', content: blocks } });

  it('a paragraph with one change accepted and one rejected keeps its bold, italic and link', () => {
    const before: RichTextNode = {
      type: 'paragraph',
      content: [
        { type: 'text', text: 'أعلنت ' },
        { type: 'text', text: 'روسيا', marks: [{ type: 'bold' }] },
        { type: 'text', text: ' اليوم دعوة ' },
        { type: 'text', text: 'رسمية', marks: [link] },
        { type: 'text', text: ' للوزير السوري.' },
      ],
    };
    const after: RichTextNode = {
      type: 'paragraph',
      content: [
        { type: 'text', text: 'أعلنت ' },
        { type: 'text', text: 'روسيا', marks: [{ type: 'bold' }] },
        { type: 'text', text: ' أمس دعوة ' },
        { type: 'text', text: 'رسمية', marks: [link] },
        { type: 'text', text: ' للوزير ' },
        { type: 'text', text: 'السوري', marks: [{ type: 'italic' }] },
        { type: 'text', text: ' الجديد.' },
      ],
    };
    const old = inBody(before);
    const current = inBody(after);
    const diff = diffArticles(old, current);
    const words = diff.changes.filter((change) => change.kind === 'words');
    expect(words).toHaveLength(2);
    // "اليوم → أمس" rejected, "الجديد" added accepted.
    const result = applyReview(old, current, diff, (id) => id !== words[0]!.id);
    expect(result.body.content).toEqual([
      {
        type: 'paragraph',
        content: [
          { type: 'text', text: 'أعلنت ' },
          { type: 'text', text: 'روسيا', marks: [{ type: 'bold' }] },
          { type: 'text', text: ' اليوم دعوة ' },
          { type: 'text', text: 'رسمية', marks: [link] },
          { type: 'text', text: ' للوزير ' },
          { type: 'text', text: 'السوري', marks: [{ type: 'italic' }] },
          { type: 'text', text: ' الجديد.' },
        ],
      },
    ]);
  });

  it('a rejected word comes back with the link it had; an accepted one keeps its new bold', () => {
    const before: RichTextNode = {
      type: 'paragraph',
      content: [
        { type: 'text', text: 'وجهت موسكو دعوة ' },
        { type: 'text', text: 'رسمية', marks: [link] },
        { type: 'text', text: ' للوزير اليوم.' },
      ],
    };
    const after: RichTextNode = {
      type: 'paragraph',
      content: [
        { type: 'text', text: 'وجهت موسكو دعوة ' },
        { type: 'text', text: 'عاجلة' },
        { type: 'text', text: ' للوزير ' },
        { type: 'text', text: 'أمس', marks: [{ type: 'bold' }] },
        { type: 'text', text: '.' },
      ],
    };
    const old = inBody(before);
    const current = inBody(after);
    const diff = diffArticles(old, current);
    const words = diff.changes.filter((change) => change.kind === 'words');
    expect(words).toHaveLength(2);
    const result = applyReview(old, current, diff, (id) => id !== words[0]!.id);
    expect(result.body.content![0]!.content).toEqual([
      { type: 'text', text: 'وجهت موسكو دعوة ' },
      { type: 'text', text: 'رسمية', marks: [link] },
      { type: 'text', text: ' للوزير ' },
      { type: 'text', text: 'أمس', marks: [{ type: 'bold' }] },
      { type: 'text', text: '.' },
    ]);
  });

  it('a hard break on the kept side stays a hard break', () => {
    const block = (first: string, second: string): RichTextNode => ({
      type: 'paragraph',
      content: [{ type: 'text', text: first }, { type: 'hardBreak' }, { type: 'text', text: second }],
    });
    const old = inBody(block('سطر أول قديم', 'سطر ثان طويل هنا'));
    const current = inBody(block('سطر أول جديد', 'سطر ثان قصير هنا'));
    const diff = diffArticles(old, current);
    const words = diff.changes.filter((change) => change.kind === 'words');
    expect(words).toHaveLength(2);
    const result = applyReview(old, current, diff, (id) => id === words[0]!.id);
    expect(result.body.content![0]!.content).toEqual([
      { type: 'text', text: 'سطر أول جديد' },
      { type: 'hardBreak' },
      { type: 'text', text: 'سطر ثان طويل هنا' },
    ]);
  });

  it('a quote keeps its paragraphs and their formatting', () => {
    const quote = (word: string, second: string): RichTextNode => ({
      type: 'quote',
      attrs: { speaker: 'لافروف', role: '' },
      content: [
        {
          type: 'paragraph',
          content: [
            { type: 'text', text: 'نحن ' },
            { type: 'text', text: word, marks: [{ type: 'bold' }] },
          ],
        },
        { type: 'paragraph', content: [{ type: 'text', text: second }] },
      ],
    });
    const old = inBody(quote('مستعدون', 'للحوار مع دمشق اليوم'));
    const current = inBody(quote('جاهزون', 'للحوار مع دمشق غداً'));
    const diff = diffArticles(old, current);
    const words = diff.changes.filter((change) => change.kind === 'words');
    expect(words).toHaveLength(2);
    const result = applyReview(old, current, diff, (id) => id === words[0]!.id);
    expect(result.body.content).toEqual([quote('جاهزون', 'للحوار مع دمشق اليوم')]);
  });
});
