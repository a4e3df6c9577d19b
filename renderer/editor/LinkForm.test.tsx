// @vitest-environment jsdom
import { Editor } from '@tiptap/core';
import { cleanup, fireEvent, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { translate } from '../../shared/i18n/catalogue';
import { renderWithApi, type RenderedWithApi } from '../testing/renderWithApi';
import { bodyExtensions } from './bodyExtensions';
import { LinkForm } from './LinkForm';

let rendered: RenderedWithApi | undefined;
let editor: Editor | undefined;
afterEach(() => {
  rendered?.dispose();
  rendered = undefined;
  editor?.destroy();
  editor = undefined;
  cleanup();
});

const ar = (key: Parameters<typeof translate>[1]): string => translate('ar', key);

function renderForm(html: string) {
  const closes: string[] = [];
  editor = new Editor({ extensions: bodyExtensions({ placeholder: '' }), content: html });
  editor.commands.selectAll();
  rendered = renderWithApi(<LinkForm editor={editor} onClose={() => closes.push('closed')} />);
  const address = screen.getByLabelText(ar('link.address')) as HTMLInputElement;
  return { closes, address };
}

describe('the link form', () => {
  it('asks for the address left to right, and refuses one that is not http(s) or mailto', () => {
    const { closes, address } = renderForm('<p>البيان الكامل</p>');
    expect(address.getAttribute('dir')).toBe('ltr');
    expect(document.activeElement).toBe(address);
    fireEvent.change(address, { target: { value: 'javascript:alert(1)' } });
    fireEvent.click(screen.getByRole('button', { name: ar('link.apply') }));
    expect(screen.getByRole('alert').textContent).toBe(ar('link.refused'));
    expect(address.getAttribute('aria-invalid')).toBe('true');
    expect(address.getAttribute('aria-describedby')).toBe('link-refused');
    expect(editor!.getHTML()).not.toContain('<a');
    expect(closes).toEqual([]);
    fireEvent.change(address, { target: { value: 'https://example.com/statement' } });
    expect(screen.queryByRole('alert')).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: ar('link.apply') }));
    expect(editor!.getHTML()).toContain('href="https://example.com/statement"');
    expect(closes).toEqual(['closed']);
  });

  it('shows the selected link’s address, and removes the link', () => {
    const { closes, address } = renderForm('<p><a href="https://example.com/old">رابط قديم</a></p>');
    expect(address.value).toBe('https://example.com/old');
    fireEvent.click(screen.getByRole('button', { name: ar('link.remove') }));
    expect(editor!.getHTML()).not.toContain('<a');
    expect(closes).toEqual(['closed']);
  });

  it('closes with Escape or Cancel, changing nothing', () => {
    const { closes, address } = renderForm('<p>نص</p>');
    expect(screen.queryByRole('button', { name: ar('link.remove') })).toBeNull();
    fireEvent.keyDown(address, { key: 'Escape' });
    fireEvent.click(screen.getByRole('button', { name: ar('link.cancel') }));
    expect(closes).toEqual(['closed', 'closed']);
    expect(editor!.getHTML()).toBe('<p>نص</p>');
  });
});
