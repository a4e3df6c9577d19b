// @vitest-environment jsdom
import { Editor } from '@tiptap/core';
import StarterKit from '@tiptap/starter-kit';
import { afterEach, describe, expect, it } from 'vitest';
import { TypographicQuotes } from './typographicQuotes';

let editor: Editor | undefined;
afterEach(() => editor?.destroy());

/** Types text the way the browser's text input reaches ProseMirror, one character at a time. */
function type(current: Editor, text: string): void {
  for (const character of text) {
    const { from, to } = current.state.selection;
    const isHandled = current.view.someProp('handleTextInput', (handler) =>
      handler(current.view, from, to, character, () => current.state.tr.insertText(character, from, to)),
    );
    if (!isHandled) current.view.dispatch(current.state.tr.insertText(character, from, to));
  }
}

describe('typographic quotes', () => {
  it('turns straight quotes into “ and ” in Arabic text', () => {
    editor = new Editor({ extensions: [StarterKit, TypographicQuotes], content: '<p>قال</p>' });
    editor.commands.setTextSelection(editor.state.doc.content.size - 1);
    type(editor, ' "نحن مستعدون" للحوار');
    expect(editor.getText()).toBe('قال “نحن مستعدون” للحوار');
  });

  it('leaves a paragraph without Arabic letters as typed', () => {
    editor = new Editor({ extensions: [StarterKit, TypographicQuotes], content: '<p>He said</p>' });
    editor.commands.setTextSelection(editor.state.doc.content.size - 1);
    type(editor, ' "ready"');
    expect(editor.getText()).toBe('He said "ready"');
  });
});
