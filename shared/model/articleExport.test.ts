import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { emptyArticleContent, type ArticleContent } from './article';
import { articleMarkdown, articlePageHtml, articlePlainText } from './articleExport';

const labels = { relatedArticles: 'مقالات ذات صلة', deskDate: { monthNames: 'levant', digits: 'western' } } as const;
const article: ArticleContent = {
  ...emptyArticleContent(),
  section: 'أخبار سوريا',
  headline: 'لافروف: وجهنا دعوة',
  standfirst: 'دعوة رسمية للشيباني',
  byline: 'فريق التحرير',
  dateline: { place: 'دمشق', date: '' },
  related: [{ key: 'a', title: 'الأول', url: 'https://example.com/1' }],
  body: {
    type: 'doc',
    content: [
      { type: 'heading', attrs: { level: 2 }, content: [{ type: 'text', text: 'الشيباني في أنقرة' }] },
      {
        type: 'paragraph',
        content: [
          { type: 'text', text: 'نص ' },
          { type: 'text', text: 'عريض', marks: [{ type: 'bold' }] },
          { type: 'text', text: ' و' },
          { type: 'text', text: 'رابط', marks: [{ type: 'link', attrs: { href: 'https://example.com/x' } }] },
        ],
      },
      {
        type: 'quote',
        attrs: { speaker: 'سيرغي لافروف', role: 'وزير الخارجية الروسي' },
        content: [{ type: 'paragraph', content: [{ type: 'text', text: 'تم تقديم جميع الضمانات' }] }],
      },
    ],
  },
};

describe('exports', () => {
  it('a standalone right-to-left page with the shared renderer’s markup and no script', () => {
    const html = articlePageHtml(article, labels);
    const document = new JSDOM(html).window.document;
    expect(document.documentElement.getAttribute('dir')).toBe('rtl');
    expect(document.documentElement.getAttribute('lang')).toBe('ar');
    expect(document.querySelector('h1.article-headline')?.textContent).toBe('لافروف: وجهنا دعوة');
    expect(document.querySelector('figure.quote cite')?.textContent).toBe('سيرغي لافروف');
    expect(document.querySelector('.related-articles h2')?.textContent).toBe('مقالات ذات صلة');
    expect(document.querySelectorAll('script')).toHaveLength(0);
  });

  it('never carries active content, whatever the body holds', () => {
    const hostile: ArticleContent = {
      ...article,
      headline: '<script>alert(1)</script>',
      related: [
        { key: 'x', title: 'خبيث', url: '' },
        { key: 'y', title: 'سليم', url: 'https://example.com/related' },
      ],
      body: {
        type: 'doc',
        content: [
          {
            type: 'paragraph',
            content: [{ type: 'text', text: 'آمن', marks: [{ type: 'link', attrs: { href: 'https://example.com/safe' } }] }],
          },
          {
            type: 'paragraph',
            attrs: { onclick: 'alert(1)' },
            content: [{ type: 'text', text: 'x', marks: [{ type: 'link', attrs: { href: 'javascript:alert(1)' } }] }],
          },
          {
            type: 'paragraph',
            content: [{ type: 'text', text: 'y', marks: [{ type: 'link', attrs: { href: 'data:text/html;base64,PHNjcmlwdD4=' } }] }],
          },
          { type: 'script', content: [{ type: 'text', text: 'alert(1)' }] },
        ],
      },
    };
    const page = articlePageHtml(hostile, labels);
    const document = new JSDOM(page).window.document;
    expect(document.querySelectorAll('script, iframe, object, embed')).toHaveLength(0);
    for (const element of document.querySelectorAll('*')) for (const name of element.getAttributeNames()) expect(name).not.toMatch(/^on/);
    // The safe links are there, as links; the hostile ones are not.
    expect([...document.querySelectorAll('a[href]')].map((link) => link.getAttribute('href'))).toEqual([
      'https://example.com/safe',
      'https://example.com/related',
    ]);
    expect(document.querySelector('h1')?.textContent).toBe('<script>alert(1)</script>');
    expect(page).not.toMatch(/javascript:|data:/i);

    const markdown = articleMarkdown(hostile, labels);
    expect(markdown).toContain('[آمن](<https://example.com/safe>)');
    expect(markdown).toContain('[سليم](<https://example.com/related>)');
    expect(markdown).not.toMatch(/javascript:|data:/i);

    const text = articlePlainText(hostile, labels);
    expect(text).toContain('سليم: https://example.com/related');
    expect(text).not.toMatch(/javascript:|data:/i);
  });

  it('Markdown keeps structure, emphasis, links, quotes with speakers and the related list', () => {
    expect(articleMarkdown(article, labels)).toBe(
      [
        '**أخبار سوريا**',
        '# لافروف: وجهنا دعوة',
        '*دعوة رسمية للشيباني*',
        'فريق التحرير — دمشق',
        '## الشيباني في أنقرة',
        'نص **عريض** و[رابط](<https://example.com/x>)',
        '> تم تقديم جميع الضمانات\n>\n> — سيرغي لافروف، وزير الخارجية الروسي',
        '## مقالات ذات صلة',
        '- [الأول](<https://example.com/1>)',
      ].join('\n\n') + '\n',
    );
  });

  it('plain text reads in order with the quote’s speaker', () => {
    const text = articlePlainText(article, labels);
    expect(text).toContain('“تم تقديم جميع الضمانات” — سيرغي لافروف، وزير الخارجية الروسي');
    expect(text.indexOf('لافروف: وجهنا دعوة')).toBeLessThan(text.indexOf('الشيباني في أنقرة'));
    expect(text).toContain('مقالات ذات صلة\n- الأول: https://example.com/1');
  });
});
