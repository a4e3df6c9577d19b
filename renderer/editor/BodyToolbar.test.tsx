// @vitest-environment jsdom
import { Editor } from '@tiptap/core';
import { cleanup, fireEvent, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { translate } from '../../shared/i18n/catalogue';
import { renderWithApi, type RenderedWithApi } from '../testing/renderWithApi';
import { bodyExtensions } from './bodyExtensions';
import { BodyToolbar } from './BodyToolbar';

let rendered: RenderedWithApi | undefined;
let editor: Editor | undefined;
afterEach(() => {
  rendered?.dispose();
  rendered = undefined;
  editor?.destroy();
  editor = undefined;
  cleanup();
  vi.restoreAllMocks();
});

const ar = (key: Parameters<typeof translate>[1]): string => translate('ar', key);

function renderToolbar(platform: string, isLinkFormOpen = false): void {
  vi.spyOn(navigator, 'platform', 'get').mockReturnValue(platform);
  editor = new Editor({ extensions: bodyExtensions({ placeholder: '' }), content: '<p>كلمة</p>' });
  rendered = renderWithApi(<BodyToolbar editor={editor} isLinkFormOpen={isLinkFormOpen} onLinkFormChange={() => {}} />);
}

const hint = (key: Parameters<typeof translate>[1]): string => screen.getByRole('button', { name: ar(key) }).title;

describe('the toolbar’s shortcut hints', () => {
  it('say ⌘ and ⌥ on macOS, where Mod is the Command key', () => {
    renderToolbar('MacIntel');
    expect(hint('toolbar.bold')).toBe(`${ar('toolbar.bold')} (⌘B)`);
    expect(hint('toolbar.bold')).not.toContain('Ctrl');
    expect(hint('toolbar.heading2')).toBe(`${ar('toolbar.heading2')} (⌥⌘2)`);
    expect(hint('toolbar.bulletList')).toBe(`${ar('toolbar.bulletList')} (⇧⌘8)`);
    expect(hint('toolbar.redo')).toBe(`${ar('toolbar.redo')} (⇧⌘Z)`);
    for (const button of screen.getAllByRole('button')) expect(button.title).not.toMatch(/Ctrl|Alt|Shift/);
  });

  it('say Ctrl elsewhere', () => {
    renderToolbar('Linux x86_64');
    expect(hint('toolbar.bold')).toBe(`${ar('toolbar.bold')} (Ctrl+B)`);
    expect(hint('toolbar.heading3')).toBe(`${ar('toolbar.heading3')} (Ctrl+Alt+3)`);
    expect(hint('toolbar.orderedList')).toBe(`${ar('toolbar.orderedList')} (Ctrl+Shift+7)`);
    expect(hint('toolbar.quote')).toBe(`${ar('toolbar.quote')} (Ctrl+Shift+Q)`);
    expect(hint('toolbar.link')).toBe(`${ar('toolbar.link')} (Ctrl+K)`);
    expect(hint('toolbar.undo')).toBe(`${ar('toolbar.undo')} (Ctrl+Z)`);
  });

  it('run their commands on the editor', () => {
    renderToolbar('Linux x86_64');
    editor!.commands.selectAll();
    fireEvent.click(screen.getByRole('button', { name: ar('toolbar.bold') }));
    expect(editor!.getHTML()).toContain('<strong>كلمة</strong>');
    expect(screen.getByRole('button', { name: ar('toolbar.bold') }).getAttribute('aria-pressed')).toBe('true');
  });
});
