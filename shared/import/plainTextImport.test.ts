import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { articleContentSchema } from '../model/article';
import { splitParagraphs } from './paragraphs';
import { importPlainText } from './plainTextImport';
import { plainTextOf } from '../model/plainText';

const seed = readFileSync(new URL('../../e2e/fixtures/seed-article.txt', import.meta.url), 'utf8');

describe('importPlainText on the seed article', () => {
  const { content, report } = importPlainText(seed);

  it('finds the section and headline', () => {
    expect(content.section).toBe('أخبار سوريا');
    expect(content.headline).toBe('لافروف: وجهنا دعوة لوزير الخارجية السوري لزيارة روسيا');
    expect(content.slug).toBe('لافروف-وجهنا-دعوة-لوزير-الخارجية-السوري-لزيارة-روسيا');
  });

  it('finds both subsections', () => {
    expect(report.subsections).toEqual(['الشيباني يلتقي لافروف في أنقرة', 'علاقة روسيا مع سوريا بعد سقوط الأسد']);
    const headings = (content.body.content ?? []).filter((node) => node.type === 'heading');
    expect(headings).toHaveLength(2);
  });

  it('finds the quotations with Lavrov as the speaker, and leaves scare quotes in the text', () => {
    expect(report.quotes.map((quote) => quote.speaker)).toEqual(['سيرغي لافروف', 'سيرغي لافروف']);
    expect(report.quotes[0]!.role).toBe('وزير الخارجية الروسي');
    expect(report.quotes[0]!.text).toMatch(/^تم تقديم جميع الضمانات/);
    expect(plainTextOf(content.body)).toContain('بـ”الحملات المزيفة”');
  });

  it('keeps every word of the article body, once', () => {
    const text = plainTextOf(content.body);
    expect(text).toContain('وأشار وزير الخارجية الروسي إلى أن موسكو قدمت جميع الضمانات اللازمة لدعم استقرار سوريا، قائلاً:');
    expect(text.match(/تم تقديم جميع الضمانات/g)).toHaveLength(1);
    expect(text).toContain('كما شدد الوزير التركي على أن الحكومة السورية تبذل جهوداً مستمرة في محاربة الإرهاب داخل البلاد.');
  });

  it('finds the related-articles block and drops the site chrome', () => {
    expect(report.isRelatedBlockFound).toBe(true);
    const text = plainTextOf(content.body);
    for (const chrome of ['مقالات ذات صلة', 'اترك تعليقاً', 'لن يتم نشر عنوان بريدك', 'زر الذهاب إلى الأعلى'])
      expect(text).not.toContain(chrome);
    expect(report.droppedLines).toContain('زر الذهاب إلى الأعلى');
  });

  it('produces a valid article', () => {
    expect(articleContentSchema.safeParse(content).success).toBe(true);
    expect(content.language).toBe('ar');
  });
});

describe('importPlainText on other shapes', () => {
  it('takes a bare headline without a section, a byline, a dateline and a date', () => {
    const { content } = importPlainText(
      'انفجار في مرفأ بيروت يهز العاصمة\nبقلم: ريم الحسن\nبيروت – خاص\n12/03/2026\n\nهز انفجار ضخم مرفأ بيروت مساء اليوم، وفق ما أفاد شهود عيان.\n\nوقالت مصادر أمنية إن الانفجار نجم عن حريق.',
    );
    expect(content.section).toBe('');
    expect(content.headline).toBe('انفجار في مرفأ بيروت يهز العاصمة');
    expect(content.byline).toBe('ريم الحسن');
    expect(content.dateline).toEqual({ place: 'بيروت – خاص', date: '2026-03-12' });
  });

  it.each([
    ['٢٩/١١/٢٠٢٦', '2026-11-29'],
    ['۲۹/۱۱/۲۰۲۶', '2026-11-29'],
    ['٢٠٢٦-١١-٢٩', '2026-11-29'],
    ['29.11.2026', '2026-11-29'],
    ['الأحد ٢٩ تشرين الثاني ٢٠٢٦', '2026-11-29'],
    ['٣١/٠٢/٢٠٢٦', ''],
  ])('reads the date line %j as %j, whatever its digits', (line, date) => {
    const { content } = importPlainText(
      `انفجار في مرفأ بيروت يهز العاصمة\nبيروت – خاص\n${line}\n\nهز انفجار ضخم مرفأ بيروت مساء اليوم، وفق ما أفاد شهود عيان.`,
    );
    expect(content.dateline).toEqual({ place: 'بيروت – خاص', date });
  });

  it('reads related links with URLs, inline "اقرأ أيضاً" lines and share bars', () => {
    const { content, report } = importPlainText(
      [
        'اقتصاد',
        'الليرة السورية تتحسن أمام الدولار',
        'سجلت الليرة السورية تحسناً ملحوظاً في تعاملات اليوم.',
        'اقرأ أيضاً: المصرف المركزي يرفع سعر الفائدة',
        'وقال الخبير الاقتصادي سمير العلي إن “التحسن مرتبط بتدفق الحوالات من الخارج”.',
        'فيسبوك تويتر واتساب',
        'اقرأ أيضا',
        'أسعار الذهب اليوم https://example.com/gold',
        'تراجع التضخم في الربع الأول',
        'https://example.com/inflation',
      ].join('\n\n'),
    );
    expect(content.section).toBe('اقتصاد');
    expect(content.related.map(({ title, url }) => ({ title, url }))).toEqual([
      { title: 'المصرف المركزي يرفع سعر الفائدة', url: '' },
      { title: 'أسعار الذهب اليوم', url: 'https://example.com/gold' },
      { title: 'تراجع التضخم في الربع الأول', url: 'https://example.com/inflation' },
    ]);
    expect(report.quotes).toEqual([{ speaker: 'الخبير الاقتصادي سمير العلي', role: '', text: 'التحسن مرتبط بتدفق الحوالات من الخارج' }]);
    expect(report.droppedLines).toContain('فيسبوك تويتر واتساب');
  });

  it('joins hard-wrapped e-mail lines and reads lists', () => {
    const wrapped =
      'Storm closes the coastal road\n\nHeavy rain closed the coastal road between the two cities on\nTuesday morning, officials said, and crews were sent to clear it.\n\n- first point of the list\n- second point of the list';
    const { content } = importPlainText(wrapped);
    expect(content.language).toBe('en');
    expect(content.body.content![0]).toMatchObject({ type: 'paragraph' });
    expect(plainTextOf(content.body).split('\n')[0]).toBe(
      'Heavy rain closed the coastal road between the two cities on Tuesday morning, officials said, and crews were sent to clear it.',
    );
    expect(content.body.content![1]).toMatchObject({ type: 'bulletList' });
  });

  it('keeps long list lines as separate items', () => {
    const { content } = importPlainText(
      'خطة الحكومة للعام المقبل\n\nأعلنت الحكومة خطتها للعام المقبل اليوم.\n\n- زيادة الرواتب بنسبة عشرين في المئة لكل العاملين في القطاع العام\n- دعم أسعار الخبز والمحروقات في جميع المحافظات طوال العام المقبل\n- إعادة تأهيل شبكة الكهرباء في المدن الكبرى والأرياف على مراحل',
    );
    const list = content.body.content!.find((node) => node.type === 'bulletList');
    expect(list?.content).toHaveLength(3);
  });

  it('never fails on empty or odd input', () => {
    for (const input of ['', '   \n\n  ', '“”', 'كلمة', 'https://example.com']) {
      const { content } = importPlainText(input);
      expect(articleContentSchema.safeParse(content).success).toBe(true);
    }
  });

  it('splits paragraphs on blank lines and lines of spaces', () => {
    expect(splitParagraphs('أ\n \u00a0\nب\n\n\nج')).toEqual(['أ', 'ب', 'ج']);
  });
});
