// @vitest-environment jsdom
import { act, cleanup } from '@testing-library/react';
import { useState } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Draft } from '../../shared/model/draft';
import { plainTextOf } from '../../shared/model/plainText';
import { useApi } from '../api/ApiProvider';
import { renderHookWithApi } from '../testing/renderHookWithApi';
import { paragraphsBody, testDraft } from '../testing/testDraft';
import { DraftSession } from './draftSession';
import { bodyRefreshDelayMs, useBodyEditor } from './useBodyEditor';

afterEach(() => {
  vi.useRealTimers();
  vi.restoreAllMocks();
  cleanup();
});

const pastedArticle = [
  'أخبار سوريا',
  'لافروف: وجهنا دعوة لوزير الخارجية السوري لزيارة روسيا',
  'أعلنت روسيا، اليوم الثلاثاء، أنها وجهت دعوة رسمية لوزير الخارجية السوري أسعد الشيباني لزيارة موسكو.',
  'وأكد لافروف في تصريحاته على تطابق مواقف بلاده مع تركيا بشأن وحدة وسيادة الأراضي السورية.',
  'وعقب سقوط نظام الأسد في الثامن من كانون الأول الماضي، شرعت روسيا بالتفاوض مع الإدارة السورية الجديدة.',
].join('\n\n');

function renderBodyEditor(draft: Draft) {
  const rendered = renderHookWithApi(
    () => {
      const api = useApi();
      const [session] = useState(() => new DraftSession(api, draft));
      return { session, ...useBodyEditor(session, draft.body) };
    },
    { 'drafts.save': ({ baseVersion }) => ({ version: baseVersion + 1, updatedAt: new Date().toISOString(), status: draft.status }) },
  );
  return { ...rendered, current: () => rendered.result.current, editor: () => rendered.result.current.editor! };
}

/** Pastes clipboard contents into the body as the browser delivers a paste. */
function paste(target: HTMLElement, data: Record<string, string>): void {
  const event = new Event('paste', { bubbles: true, cancelable: true });
  Object.defineProperty(event, 'clipboardData', { value: { getData: (type: string) => data[type] ?? '', types: Object.keys(data) } });
  act(() => void target.dispatchEvent(event));
}

describe('the body editor', () => {
  it('opens the draft’s body, right to left by its own text, labelled and editable', () => {
    const body = renderBodyEditor(testDraft({ body: paragraphsBody('فقرة أولى', 'English paragraph') }));
    const editor = body.editor();
    expect(editor.getText()).toBe('فقرة أولى\n\nEnglish paragraph');
    expect(editor.isEditable).toBe(true);
    expect(editor.view.dom.getAttribute('aria-label')).toBe('نص المقال');
    expect(editor.view.dom.getAttribute('role')).toBe('textbox');
    expect([...editor.view.dom.querySelectorAll('p')].map((paragraph) => paragraph.getAttribute('dir'))).toEqual(['auto', 'auto']);
    expect(body.current().session.body()).toEqual(editor.getJSON());
    body.dispose();
  });

  it('reads the body for counts and outline only once typing pauses', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    const opened = paragraphsBody('فقرة أولى');
    const body = renderBodyEditor(testDraft({ body: opened }));
    const getJson = vi.spyOn(body.editor(), 'getJSON');
    for (const letter of 'كلمة') {
      act(() => void body.editor().commands.insertContentAt(body.editor().state.doc.content.size - 1, letter));
      await act(() => vi.advanceTimersByTimeAsync(bodyRefreshDelayMs - 100));
    }
    expect(getJson).not.toHaveBeenCalled();
    expect(body.current().body).toBe(opened);
    expect(body.current().session.autosaver.currentState.status).toBe('pending');
    await act(() => vi.advanceTimersByTimeAsync(100));
    expect(getJson).toHaveBeenCalledTimes(1);
    expect(plainTextOf(body.current().body)).toBe('فقرة أولىكلمة');
    body.dispose();
  });

  it('reads the body at once when asked (for the preview)', () => {
    const body = renderBodyEditor(testDraft({ body: paragraphsBody('قبل') }));
    act(() => void body.editor().commands.setContent(paragraphsBody('بعد')));
    act(() => body.current().refreshBody());
    expect(plainTextOf(body.current().body)).toBe('بعد');
    body.dispose();
  });

  it('offers to build the article from plain text pasted into an empty body, and builds it', () => {
    const body = renderBodyEditor(testDraft());
    paste(body.editor().view.dom, { 'text/plain': pastedArticle });
    expect(body.current().pastedArticle).toBe(pastedArticle);
    let fields: ReturnType<ReturnType<typeof body.current>['acceptPastedArticle']>;
    act(() => void (fields = body.current().acceptPastedArticle()));
    expect(fields!.section).toBe('أخبار سوريا');
    expect(fields!.headline).toBe('لافروف: وجهنا دعوة لوزير الخارجية السوري لزيارة روسيا');
    expect(body.current().session.fields.headline).toBe(fields!.headline);
    expect(body.current().pastedArticle).toBeUndefined();
    expect(body.editor().getText()).toContain('أعلنت روسيا');
    expect(body.editor().getText()).not.toContain('أخبار سوريا');
    expect(plainTextOf(body.current().body)).toBe(plainTextOf(body.editor().getJSON() as Draft['body']));
    body.dispose();
  });

  it('does not offer it for HTML, for a body with text, or for a short paste; a dismissed offer goes away', () => {
    const body = renderBodyEditor(testDraft());
    paste(body.editor().view.dom, { 'text/plain': pastedArticle, 'text/html': '<p>نص</p>' });
    expect(body.current().pastedArticle).toBeUndefined();
    paste(body.editor().view.dom, { 'text/plain': pastedArticle });
    expect(body.current().pastedArticle).toBeUndefined();

    const empty = renderBodyEditor(testDraft());
    paste(empty.editor().view.dom, { 'text/plain': 'سطر\nسطر\nسطر\nسطر' });
    expect(empty.current().pastedArticle).toBeUndefined();
    act(() => void empty.editor().commands.clearContent());
    paste(empty.editor().view.dom, { 'text/plain': pastedArticle });
    expect(empty.current().pastedArticle).toBe(pastedArticle);
    act(() => empty.current().dismissPastedArticle());
    expect(empty.current().pastedArticle).toBeUndefined();
    body.dispose();
    empty.dispose();
  });

  it('opens a body it cannot read read-only, and saves nothing over it', () => {
    const warning = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const unreadable = { type: 'doc', content: [{ type: 'mysteryWidget', content: [{ type: 'text', text: 'نص' }] }] } as Draft['body'];
    const body = renderBodyEditor(testDraft({ body: unreadable }));
    expect(body.current().isUnreadable).toBe(true);
    expect(body.editor().isEditable).toBe(false);
    body.current().session.updateFields({ headline: 'تعديل' });
    expect(body.current().session.autosaver.currentState.status).toBe('saved');
    expect(body.current().session.autosaver.isInConflict).toBe(true);
    expect(String(warning.mock.calls[0]?.[0])).toContain('Invalid content');
    body.dispose();
  });

  it('opens the link form for Mod+K', () => {
    const body = renderBodyEditor(testDraft({ body: paragraphsBody('رابط') }));
    expect(body.current().isLinkFormOpen).toBe(false);
    act(
      () =>
        void body.editor().view.dom.dispatchEvent(new KeyboardEvent('keydown', { code: 'KeyK', key: 'ن', ctrlKey: true, bubbles: true })),
    );
    expect(body.current().isLinkFormOpen).toBe(true);
    act(() => body.current().setIsLinkFormOpen(false));
    expect(body.current().isLinkFormOpen).toBe(false);
    body.dispose();
  });
});
