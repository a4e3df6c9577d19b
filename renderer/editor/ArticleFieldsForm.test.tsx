// @vitest-environment jsdom
import { Editor } from '@tiptap/core';
import { cleanup, fireEvent, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { translate } from '../../shared/i18n/catalogue';
import { openDraftHandlers } from '../testing/openDraftHandlers';
import { renderWithApi, type RenderedWithApi } from '../testing/renderWithApi';
import { testDraft } from '../testing/testDraft';
import { ArticleFieldsForm } from './ArticleFieldsForm';
import { bodyExtensions } from './bodyExtensions';
import { fieldsOf, type ArticleFields } from './draftSession';

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
const draft = testDraft({
  section: 'أخبار سوريا',
  headline: 'موسكو تدعو الشيباني',
  standfirst: 'دعوة رسمية',
  byline: 'فريق التحرير',
  dateline: { place: 'دمشق', date: '2026-01-01' },
});

function renderForm({ isHidden = false, withEditor = true } = {}) {
  const changes: Array<Partial<ArticleFields>> = [];
  if (withEditor) editor = new Editor({ extensions: bodyExtensions({ placeholder: '' }), content: '<p>نص</p>' });
  rendered = renderWithApi(
    <ArticleFieldsForm
      fields={fieldsOf(draft)}
      onChange={(change) => changes.push(change)}
      editor={editor ?? null}
      isLinkFormOpen={false}
      onLinkFormChange={() => {}}
      isHidden={isHidden}
      deskDate={{ monthNames: 'levant', digits: 'western' }}
    />,
    openDraftHandlers(draft).handlers,
  );
  return changes;
}

describe('the article’s fields', () => {
  it('are labelled, right to left by their own text, with the ids the checks and tests go to', () => {
    renderForm();
    for (const [key, id, value] of [
      ['article.section', 'section', 'أخبار سوريا'],
      ['article.kicker', 'kicker', ''],
      ['editor.headline', 'headline', 'موسكو تدعو الشيباني'],
      ['article.standfirst', 'standfirst', 'دعوة رسمية'],
      ['article.byline', 'byline', 'فريق التحرير'],
      ['article.datelinePlace', 'dateline-place', 'دمشق'],
    ] as const) {
      const field = screen.getByLabelText(ar(key)) as HTMLInputElement;
      expect(field.id).toBe(id);
      expect(field.value).toBe(value);
      expect(field.getAttribute('dir')).toBe('rtl');
    }
    // The date is shown day first, and under it as the article prints it.
    const date = screen.getByLabelText(ar('article.datelineDate')) as HTMLInputElement;
    expect(date.value).toBe('01/01/2026');
    expect(date.getAttribute('dir')).toBe('rtl');
    expect(document.getElementById(date.getAttribute('aria-describedby') ?? '')?.textContent).toBe('1 كانون الثاني 2026');
    expect(screen.getByLabelText(ar('editor.headline')).getAttribute('aria-describedby')).toBe('headline-guide');
    expect(screen.getByLabelText(ar('article.standfirst')).getAttribute('aria-describedby')).toBe('standfirst-guide');
  });

  it('offer the sections the library uses', async () => {
    renderForm();
    expect(screen.getByLabelText(ar('article.section')).getAttribute('list')).toBe('section-options');
    await waitFor(() =>
      expect([...document.querySelectorAll('#section-options option')].map((option) => option.getAttribute('value'))).toEqual([
        'أخبار سوريا',
        'اقتصاد',
      ]),
    );
  });

  it('report each change as the fields it changes', () => {
    const changes = renderForm();
    fireEvent.change(screen.getByLabelText(ar('article.kicker')), { target: { value: 'عاجل' } });
    fireEvent.change(screen.getByLabelText(ar('article.datelinePlace')), { target: { value: 'موسكو' } });
    fireEvent.change(screen.getByLabelText(ar('article.datelineDate')), { target: { value: '٣/٢/٢٠٢٦' } });
    fireEvent.change(screen.getByLabelText(ar('article.standfirst')), { target: { value: 'سطر\nوسطر' } });
    expect(changes).toEqual([
      { kicker: 'عاجل' },
      { dateline: { place: 'موسكو', date: '2026-01-01' } },
      { dateline: { place: 'دمشق', date: '2026-02-03' } },
      { standfirst: 'سطر\nوسطر' },
    ]);
  });

  it('take the date day first and say when a typed text is no date, changing nothing', () => {
    const changes = renderForm();
    const date = screen.getByLabelText(ar('article.datelineDate')) as HTMLInputElement;
    date.focus();
    fireEvent.change(date, { target: { value: '3/2/20' } });
    expect(changes).toEqual([]);
    fireEvent.change(date, { target: { value: '12/31/2026' } });
    fireEvent.blur(date);
    expect(changes).toEqual([]);
    expect(screen.getByRole('alert').textContent).toBe(ar('date.invalid'));
    expect(date.getAttribute('aria-invalid')).toBe('true');
    fireEvent.change(date, { target: { value: '31.12.26' } });
    fireEvent.blur(date);
    expect(changes).toEqual([{ dateline: { place: 'دمشق', date: '2026-12-31' } }]);
    expect(date.value).toBe('31/12/2026');
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('keep the headline one line: Enter moves to the standfirst, a pasted line break becomes a space', () => {
    const changes = renderForm();
    const headline = screen.getByLabelText(ar('editor.headline'));
    headline.focus();
    expect(fireEvent.keyDown(headline, { key: 'Enter' })).toBe(false);
    expect(document.activeElement).toBe(screen.getByLabelText(ar('article.standfirst')));
    fireEvent.change(headline, { target: { value: 'موسكو\nتدعو' } });
    expect(changes).toEqual([{ headline: 'موسكو تدعو' }]);
  });

  it('hold the body editor with its toolbar, in the article’s direction', () => {
    renderForm();
    expect(screen.getByRole('toolbar', { name: ar('toolbar.label') })).toBeTruthy();
    const frame = document.querySelector('.body-editor-frame')!;
    expect(frame.getAttribute('dir')).toBe('rtl');
    expect(frame.textContent).toBe('نص');
  });

  it('stay mounted but hidden while the preview shows', () => {
    renderForm({ isHidden: true, withEditor: false });
    expect(document.querySelector('.article-form')?.hasAttribute('hidden')).toBe(true);
    expect(document.getElementById('headline')).not.toBeNull();
    expect(screen.queryByRole('toolbar')).toBeNull();
  });
});
