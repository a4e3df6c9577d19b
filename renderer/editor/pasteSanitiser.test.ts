// @vitest-environment jsdom
import { Editor } from '@tiptap/core';
import { afterEach, describe, expect, it } from 'vitest';
import { bodyExtensions } from './bodyExtensions';
import { sanitisePastedHtml } from './pasteSanitiser';

let editor: Editor | undefined;
afterEach(() => editor?.destroy());

/** What the editor keeps of pasted HTML: sanitised, then parsed by the real schema. */
function pasted(html: string) {
  editor = new Editor({ extensions: bodyExtensions({ placeholder: '' }), content: sanitisePastedHtml(html) });
  return { json: editor.getJSON(), html: editor.getHTML() };
}

describe('pasting', () => {
  it('from a web page keeps structure and drops scripts, styles, classes and event handlers', () => {
    const { html } = pasted(
      '<style>p{color:red}</style><script>alert(1)</script><h1 class="title" style="color:red">عنوان</h1>' +
        '<p onclick="alert(1)" class="lead">فقرة <a href="javascript:alert(1)">خبيث</a> و<a href="https://example.com" onmouseover="x()">رابط</a></p>' +
        '<img src=x onerror=alert(1)><iframe src="https://evil.example"></iframe>' +
        '<ul><li>أول</li><li>ثان</li></ul><blockquote><p>اقتباس</p></blockquote>',
    );
    expect(html).not.toMatch(/script|style=|class="(title|lead)"|onclick|onmouseover|onerror|javascript:|<img|<iframe/);
    expect(html).toContain('<h2');
    expect(html).toContain('href="https://example.com"');
    expect(html).toContain('<ul><li><p>أول</p></li>');
    expect(html).toContain('<figure');
  });

  it('from Google Docs keeps the bold and italic it expresses with styles, without making everything bold', () => {
    const { json } = pasted(
      '<meta charset="utf-8"><b style="font-weight:normal;" id="docs-internal-guid-1234"><p dir="rtl"><span style="font-weight:700">عريض</span><span style="font-weight:400"> عادي </span><span style="font-style:italic">مائل</span></p></b>',
    );
    const texts = json.content?.[0]?.content ?? [];
    expect(texts.map((text) => [(text as { text?: string }).text, (text.marks ?? []).map((mark) => mark.type)])).toEqual([
      ['عريض', ['bold']],
      [' عادي ', []],
      ['مائل', ['italic']],
    ]);
  });

  it('from Word turns list paragraphs into a list and drops its markup', () => {
    const { json, html } = pasted(
      '<p class=MsoNormal>مقدمة<o:p></o:p></p>' +
        '<p class=MsoListParagraphCxSpFirst style="mso-list:l0 level1 lfo1"><span style="mso-list:Ignore">·<span>&nbsp;&nbsp;</span></span>البند الأول<o:p></o:p></p>' +
        '<p class=MsoListParagraphCxSpLast style="mso-list:l0 level1 lfo1"><span style="mso-list:Ignore">·<span>&nbsp;&nbsp;</span></span>البند الثاني<o:p></o:p></p>',
    );
    expect(json.content?.map((node) => node.type)).toEqual(['paragraph', 'bulletList']);
    expect(html).toContain('البند الأول');
    expect(html).not.toContain('·');
    expect(html).not.toMatch(/Mso|mso-/);
  });
});

describe('the editor’s own JSON', () => {
  it('passes the body check the store applies (direction attributes included)', async () => {
    const { isWellFormedRichTextDocument } = await import('../../shared/model/richTextDocument');
    editor = new Editor({
      extensions: bodyExtensions({ placeholder: '' }),
      textDirection: 'auto',
      content:
        '<h2>عنوان</h2><p>فقرة <strong>عريضة</strong></p><figure class="quote"><blockquote><p>اقتباس</p></blockquote></figure><ul><li>بند</li></ul>',
    });
    expect(isWellFormedRichTextDocument(editor.getJSON())).toBe(true);
  });
});
