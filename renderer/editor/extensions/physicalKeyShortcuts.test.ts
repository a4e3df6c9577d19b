// @vitest-environment jsdom
import { Editor } from '@tiptap/core';
import StarterKit from '@tiptap/starter-kit';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { PhysicalKeyShortcuts } from './physicalKeyShortcuts';

let editor: Editor | undefined;
afterEach(() => {
  editor?.destroy();
  editor = undefined;
  vi.restoreAllMocks();
});

function editorOn(platform: string): Editor {
  vi.spyOn(navigator, 'platform', 'get').mockReturnValue(platform);
  editor = new Editor({ extensions: [StarterKit, PhysicalKeyShortcuts], content: '<p>كلمة</p>' });
  editor.commands.selectAll();
  return editor;
}

/** A key press as an Arabic layout delivers it: the character is not the Latin letter, the code is. */
function press(current: Editor, init: KeyboardEventInit): void {
  current.view.dom.dispatchEvent(new KeyboardEvent('keydown', { bubbles: true, cancelable: true, key: 'لا', ...init }));
}

describe('shortcuts on the physical key', () => {
  it('use Ctrl outside Apple platforms', () => {
    const current = editorOn('Linux x86_64');
    press(current, { code: 'KeyB', metaKey: true });
    expect(current.getHTML()).not.toContain('<strong>');
    press(current, { code: 'KeyB', ctrlKey: true });
    expect(current.getHTML()).toContain('<strong>كلمة</strong>');
  });

  it('use Command on macOS, as the toolbar’s hints say', () => {
    const current = editorOn('MacIntel');
    press(current, { code: 'KeyB', ctrlKey: true });
    expect(current.getHTML()).not.toContain('<strong>');
    press(current, { code: 'KeyB', metaKey: true });
    expect(current.getHTML()).toContain('<strong>كلمة</strong>');
    press(current, { code: 'Digit2', metaKey: true, altKey: true });
    expect(current.getHTML()).toContain('<h2>');
  });
});
