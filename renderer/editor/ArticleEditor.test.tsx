// @vitest-environment jsdom
import type { Editor } from '@tiptap/core';
import { act, cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { ApiFailure } from '../../shared/contract/apiError';
import { translate } from '../../shared/i18n/catalogue';
import type { ConflictCopy } from '../../shared/model/library';
import type { OutboxSummary } from '../../shared/publishing/outboxItem';
import { openDraftHandlers } from '../testing/openDraftHandlers';
import { renderWithApi, type RenderedWithApi } from '../testing/renderWithApi';
import { paragraphsBody, testDraft } from '../testing/testDraft';
import { ArticleEditor } from './ArticleEditor';

let rendered: RenderedWithApi | undefined;
afterEach(() => {
  rendered?.dispose();
  rendered = undefined;
  cleanup();
});

const ar = (key: Parameters<typeof translate>[1]): string => translate('ar', key);
const savedWithin = { timeout: 3_000 };
const draft = testDraft({ headline: 'موسكو تدعو الشيباني', body: paragraphsBody('أعلنت روسيا اليوم دعوة رسمية للوزير.') });

function bodyEditorOf(container: HTMLElement): Editor {
  return (container.querySelector('.body-editor') as HTMLElement & { editor: Editor }).editor;
}

describe('the article editor', () => {
  it('opens the draft’s fields and body, and saves what is typed in either', async () => {
    const server = openDraftHandlers(draft);
    rendered = renderWithApi(
      <ArticleEditor draft={draft} onOpen={() => {}} onClosed={() => {}} onOpenSettings={() => {}} />,
      server.handlers,
    );
    const headline = screen.getByLabelText(ar('editor.headline'));
    expect(headline).toHaveProperty('value', 'موسكو تدعو الشيباني');
    expect(screen.getByRole('textbox', { name: ar('editor.body') }).textContent).toBe('أعلنت روسيا اليوم دعوة رسمية للوزير.');

    fireEvent.change(headline, { target: { value: 'موسكو تدعو وزير الخارجية السوري' } });
    act(() => void bodyEditorOf(rendered!.container).commands.insertContentAt(1, 'عاجل: '));
    await waitFor(() => expect(server.saves).toHaveLength(1), savedWithin);
    expect(server.saves[0]).toMatchObject({ headline: 'موسكو تدعو وزير الخارجية السوري', slug: 'موسكو-تدعو-وزير-الخارجية-السوري' });
    expect(JSON.stringify(server.saves[0]!.body)).toContain('عاجل: أعلنت روسيا');
    await waitFor(() => expect(document.querySelector('output.save-status')?.getAttribute('data-state')).toBe('saved'));
  });

  it('shows the conflict panel for the copy a refused save left, and settles that copy', async () => {
    const waiting: ConflictCopy = {
      conflictId: 'older-copy',
      baseVersion: 1,
      foundVersion: 2,
      savedBy: 'ريم الحسن',
      machine: 'desk-2',
      savedAt: '2026-01-01T10:00:00.000Z',
      content: { ...draft, headline: 'نسخة أقدم' },
    };
    const resolved: Array<{ conflictId: string; resolution: string }> = [];
    const opened: string[] = [];
    const server = openDraftHandlers(draft, {
      'drafts.conflicts': () => ({ conflicts: [waiting] }),
      'drafts.save': () => {
        throw new ApiFailure('draft.conflict', 'version 1 is not 2', { conflictId: 'refused-copy' });
      },
      'drafts.resolveConflict': ({ conflictId, resolution }) => {
        resolved.push({ conflictId, resolution });
        return {};
      },
    });
    rendered = renderWithApi(
      <ArticleEditor draft={draft} onOpen={(id) => opened.push(id)} onClosed={() => {}} onOpenSettings={() => {}} />,
      server.handlers,
    );
    // The copy waiting from before is offered first…
    const conflictTitle = { name: ar('conflict.title') };
    await waitFor(() =>
      expect(screen.getAllByRole('alert').filter((alert) => within(alert).queryByRole('heading', conflictTitle))).toHaveLength(1),
    );

    // …until this editor's own save is refused: then the panel is for the copy that save left.
    fireEvent.change(screen.getByLabelText(ar('editor.headline')), { target: { value: 'عنوان كتبته هنا' } });
    await waitFor(() => expect(document.querySelector('output.save-status')?.getAttribute('data-state')).toBe('failed'), savedWithin);
    const panels = screen.getAllByRole('alert').filter((alert) => within(alert).queryByRole('heading', conflictTitle));
    expect(panels).toHaveLength(1);
    fireEvent.click(within(panels[0]!).getByRole('button', { name: ar('conflict.keepTheirs') }));
    await waitFor(() => expect(opened).toEqual([draft.id]));
    expect(resolved).toEqual([{ conflictId: 'refused-copy', resolution: 'keepTheirs' }]);
  });

  it('shows the preview with what was typed, and the form again when editing', async () => {
    const server = openDraftHandlers(draft);
    rendered = renderWithApi(
      <ArticleEditor draft={draft} onOpen={() => {}} onClosed={() => {}} onOpenSettings={() => {}} />,
      server.handlers,
    );
    act(() => void bodyEditorOf(rendered!.container).commands.setContent(paragraphsBody('نص كُتب للتو')));
    fireEvent.click(screen.getByRole('button', { name: ar('view.preview') }));
    const preview = document.querySelector('.article-preview')!;
    expect(preview.textContent).toContain('نص كُتب للتو');
    expect(preview.textContent).toContain('موسكو تدعو الشيباني');
    expect(document.querySelector('.article-form')?.hasAttribute('hidden')).toBe(true);
    fireEvent.click(screen.getByRole('button', { name: ar('view.edit') }));
    expect(document.querySelector('.article-preview')).toBeNull();
    expect(document.querySelector('.article-form')?.hasAttribute('hidden')).toBe(false);
    await waitFor(() => expect(server.saves).toHaveLength(1), savedWithin);
  });

  it('reopens the draft saying so once the site’s text is brought in', async () => {
    const item: OutboxSummary = {
      id: '00000000-0000-4000-8000-0000000000e1',
      draftId: draft.id,
      siteId: '00000000-0000-4000-8000-0000000000f1',
      draftVersion: 1,
      headline: draft.headline,
      status: 'publish',
      state: 'needsChoice',
      attempts: 1,
      hasTriedCreate: true,
      createdAt: '2026-01-01T10:00:00.000Z',
      updatedAt: '2026-01-01T10:00:00.000Z',
    };
    const adopted: string[] = [];
    const opened: Array<[string, string | undefined]> = [];
    const server = openDraftHandlers(draft, {
      'publishing.outbox': () => ({ items: [item] }),
      'publishing.siteCopy': () => ({
        siteCopy: { title: 'عنوان عدّله المحرر على الموقع', excerpt: '', content: '<p>نص الموقع</p>', modifiedGmt: '2026-01-01T11:00:00' },
        article: draft,
        draftId: draft.id,
      }),
      'publishing.adoptSiteCopy': ({ headline }) => {
        adopted.push(headline);
        return { ...draft, headline, version: 2 };
      },
    });
    // jsdom lays nothing out, and has no scrolling to bring the comparison into view with.
    Element.prototype.scrollIntoView = () => {};
    rendered = renderWithApi(
      <ArticleEditor draft={draft} onOpen={(id, notice) => opened.push([id, notice])} onClosed={() => {}} onOpenSettings={() => {}} />,
      server.handlers,
    );
    fireEvent.click(await screen.findByRole('button', { name: ar('outbox.compare') }));
    const adopt = await screen.findByRole('button', { name: ar('siteCopy.adopt') });
    await waitFor(() => expect(adopt).toHaveProperty('disabled', false));
    fireEvent.click(adopt);
    await waitFor(() => expect(opened).toEqual([[draft.id, 'siteCopy.adopted']]));
    expect(adopted).toEqual(['عنوان عدّله المحرر على الموقع']);
  });

  it('says what just happened to the draft as it opens', () => {
    rendered = renderWithApi(
      <ArticleEditor draft={draft} notice="siteCopy.adopted" onOpen={() => {}} onClosed={() => {}} onOpenSettings={() => {}} />,
      openDraftHandlers(draft).handlers,
    );
    expect(screen.getByText(ar('siteCopy.adopted')).getAttribute('role')).toBe('status');
  });

  it('says who else has the draft open', async () => {
    const server = openDraftHandlers(draft, {
      'drafts.acquireEditLock': () => ({ isHeld: false, heldBy: { name: 'ريم الحسن', machine: 'desk-2', instanceId: 'other' } }),
    });
    rendered = renderWithApi(
      <ArticleEditor draft={draft} onOpen={() => {}} onClosed={() => {}} onOpenSettings={() => {}} />,
      server.handlers,
    );
    expect(await screen.findByText(translate('ar', 'draft.lockedBy', { name: 'ريم الحسن', machine: 'desk-2' }))).toBeTruthy();
  });
});
