import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { emptyArticleContent, type ArticleContent } from './article';
import { articleHtml, bodyHtml, relatedArticlesHtml } from './articleHtml';
import type { RichTextDocument } from './richTextDocument';

const labels = { relatedArticles: 'مقالات ذات صلة', deskDate: { monthNames: 'levant', digits: 'western' } } as const;

describe('bodyHtml', () => {
  it('renders subsections, quotes with speakers, pull quotes, lists and marks, with direction per block', () => {
    const body: RichTextDocument = {
      type: 'doc',
      content: [
        { type: 'heading', attrs: { level: 2, dir: 'auto' }, content: [{ type: 'text', text: 'الشيباني يلتقي لافروف' }] },
        {
          type: 'paragraph',
          attrs: { dir: 'ltr' },
          content: [
            { type: 'text', text: 'English ' },
            { type: 'text', text: 'bold', marks: [{ type: 'bold' }] },
          ],
        },
        {
          type: 'quote',
          attrs: { speaker: 'سيرغي لافروف', role: 'وزير الخارجية الروسي', variant: 'quote' },
          content: [{ type: 'paragraph', content: [{ type: 'text', text: 'تم تقديم جميع الضمانات' }] }],
        },
        {
          type: 'quote',
          attrs: { speaker: 'فيدان', role: '', variant: 'pull' },
          content: [{ type: 'paragraph', content: [{ type: 'text', text: 'نص بارز' }] }],
        },
        { type: 'bulletList', content: [{ type: 'listItem', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'بند' }] }] }] },
      ],
    };
    expect(bodyHtml(body)).toBe(
      [
        '<h2 dir="auto">الشيباني يلتقي لافروف</h2>',
        '<p dir="ltr">English <strong>bold</strong></p>',
        '<figure class="quote" data-variant="quote"><blockquote><p>تم تقديم جميع الضمانات</p></blockquote><figcaption><cite>سيرغي لافروف</cite>، <span class="quote-role">وزير الخارجية الروسي</span></figcaption></figure>',
        '<figure class="quote pull-quote" data-variant="pull"><blockquote><p>نص بارز</p></blockquote><figcaption><cite>فيدان</cite></figcaption></figure>',
        '<ul><li><p>بند</p></li></ul>',
      ].join('\n'),
    );
  });

  it('never lets active content out, whatever the JSON holds', () => {
    const hostile: RichTextDocument = {
      type: 'doc',
      content: [
        {
          type: 'paragraph',
          attrs: { dir: '" onmouseover="alert(1)', onclick: 'alert(1)' },
          content: [{ type: 'text', text: '<script>alert(1)</script>' }],
        },
        { type: 'paragraph', content: [{ type: 'text', text: 'x', marks: [{ type: 'link', attrs: { href: 'javascript:alert(1)' } }] }] },
        {
          type: 'paragraph',
          content: [{ type: 'text', text: 'y', marks: [{ type: 'link', attrs: { href: 'data:text/html,<script>alert(1)</script>' } }] }],
        },
        {
          type: 'paragraph',
          content: [{ type: 'text', text: 'z', marks: [{ type: 'link', attrs: { href: 'https://example.com/" onclick="x' } }] }],
        },
        { type: 'script', content: [{ type: 'text', text: 'alert(1)' }] },
        { type: 'iframe', attrs: { src: 'https://evil.example' } },
        { type: 'quote', attrs: { speaker: '<img src=x onerror=alert(1)>', variant: 'pull' }, content: [] },
      ],
    };
    const html = bodyHtml(hostile);
    const document = new JSDOM(`<body>${html}</body>`).window.document;
    expect(document.querySelectorAll('script, iframe, img, object, embed, style')).toHaveLength(0);
    for (const element of document.querySelectorAll('*')) {
      for (const attribute of element.getAttributeNames()) expect(attribute).not.toMatch(/^on/i);
    }
    // The one allowed link is rendered, as a link, with its address escaped; the others are text.
    expect([...document.querySelectorAll('a')].map((link) => link.getAttribute('href'))).toEqual(['https://example.com/" onclick="x']);
    expect(html).toContain('&#60;script&#62;alert(1)&#60;/script&#62;');
    expect(html).toContain('<p>x</p>');
    expect(html).toContain('href="https://example.com/&#34; onclick=&#34;x"');
  });
});

describe('articleHtml', () => {
  const article: ArticleContent = {
    ...emptyArticleContent(),
    section: 'أخبار سوريا',
    headline: 'لافروف: وجهنا دعوة',
    standfirst: 'دعوة رسمية للشيباني',
    byline: 'فريق التحرير',
    dateline: { place: 'دمشق', date: '2026-11-29' },
    related: [
      { key: 'a', title: 'الأول', url: 'https://example.com/1' },
      { key: 'b', title: 'الثاني', url: '' },
    ],
  };

  it('renders the page in order: section, headline, standfirst, byline and dateline, body, related list', () => {
    const html = articleHtml(article, labels);
    const order = [
      'article-section',
      'article-headline',
      'article-standfirst',
      'article-byline',
      'article-dateline',
      'article-body',
      'مقالات ذات صلة',
    ].map((marker) => html.indexOf(marker));
    expect(order.every((position) => position >= 0)).toBe(true);
    expect([...order].sort((a, b) => a - b)).toEqual(order);
    expect(html).toMatch(/^<article class="article" lang="ar" dir="rtl">/);
    expect(html).toContain(
      '<li dir="auto"><a href="https://example.com/1" rel="noopener noreferrer">الأول</a></li><li dir="auto">الثاني</li>',
    );
  });

  it('writes the dateline day first with the desk’s month names and digits', () => {
    expect(articleHtml(article, labels)).toContain('<span class="article-dateline">دمشق – 29 تشرين الثاني 2026</span>');
    const egyptian = { ...labels, deskDate: { monthNames: 'gregorian', digits: 'arabicIndic' } } as const;
    expect(articleHtml(article, egyptian)).toContain('<span class="article-dateline">دمشق – ٢٩ نوفمبر ٢٠٢٦</span>');
  });

  it('leaves the related section out when there are no entries', () => {
    expect(relatedArticlesHtml([], labels)).toBe('');
  });
});
