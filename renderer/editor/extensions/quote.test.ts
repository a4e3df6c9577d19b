// @vitest-environment jsdom
import { Editor } from '@tiptap/core';
import StarterKit from '@tiptap/starter-kit';
import { afterEach, describe, expect, it } from 'vitest';
import { bodyHtml } from '../../../shared/model/articleHtml';
import type { RichTextDocument } from '../../../shared/model/richTextDocument';
import { Quote } from './quote';

let editor: Editor | undefined;
afterEach(() => editor?.destroy());

const makeEditor = (content: string): Editor =>
  (editor = new Editor({ extensions: [StarterKit.configure({ blockquote: false }), Quote], content }));

describe('the quote node', () => {
  it('reads the shape the shared renderer writes, and writes it back', () => {
    const html = bodyHtml({
      type: 'doc',
      content: [
        {
          type: 'quote',
          attrs: { speaker: 'سيرغي لافروف', role: 'وزير الخارجية الروسي', variant: 'pull' },
          content: [{ type: 'paragraph', content: [{ type: 'text', text: 'تم تقديم جميع الضمانات' }] }],
        },
      ],
    });
    const current = makeEditor(html);
    expect(current.getJSON().content?.[0]).toEqual({
      type: 'quote',
      attrs: { speaker: 'سيرغي لافروف', role: 'وزير الخارجية الروسي', variant: 'pull' },
      content: [{ type: 'paragraph', content: [{ type: 'text', text: 'تم تقديم جميع الضمانات' }] }],
    });
    expect(current.getHTML()).toBe(
      '<figure data-variant="pull" class="quote pull-quote" data-type="quote"><blockquote><p>تم تقديم جميع الضمانات</p></blockquote><figcaption><cite>سيرغي لافروف</cite><span class="quote-role">وزير الخارجية الروسي</span></figcaption></figure>',
    );
    expect(makeEditor(current.getHTML()).getJSON()).toEqual(current.getJSON());
  });

  it('turns a pasted web-page blockquote into a quote, taking its cite as the speaker', () => {
    const current = makeEditor('<blockquote><p>نص مقتبس</p><footer>أحمد</footer></blockquote>');
    expect(current.getJSON().content?.[0]).toMatchObject({ type: 'quote', attrs: { speaker: 'أحمد', variant: 'quote' } });
  });

  it('wraps the selection with setQuote and lifts it with toggleQuote', () => {
    const current = makeEditor('<p>فقرة</p>');
    current.commands.setTextSelection(2);
    expect(current.commands.setQuote({ speaker: 'فيدان' })).toBe(true);
    expect((current.getJSON() as RichTextDocument).content?.[0]).toMatchObject({ type: 'quote', attrs: { speaker: 'فيدان' } });
    current.commands.toggleQuote();
    expect(current.getJSON().content?.[0]?.type).toBe('paragraph');
  });
});
