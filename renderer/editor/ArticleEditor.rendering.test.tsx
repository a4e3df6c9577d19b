// @vitest-environment jsdom
// What a keystroke costs React: typing in the body re-renders neither the form nor the side
// panel; the counts, the outline and the checks follow the body once typing pauses; a headline
// keystroke re-renders only what shows the headline.
import type { Editor } from '@tiptap/core';
import { act, cleanup, fireEvent, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { translate } from '../../shared/i18n/catalogue';
import { openDraftHandlers } from '../testing/openDraftHandlers';
import { renderWithApi, type RenderedWithApi } from '../testing/renderWithApi';
import { paragraphsBody, testDraft } from '../testing/testDraft';
import { ArticleEditor } from './ArticleEditor';
import { bodyRefreshDelayMs } from './useBodyEditor';
import type * as ArticleFieldsFormModule from './ArticleFieldsForm';
import type * as ArticleMetadataPanelModule from './ArticleMetadataPanel';
import type * as StatsPanelModule from './panels/StatsPanel';
import type * as OutlinePanelModule from './panels/OutlinePanel';
import type * as RelatedArticlesEditorModule from './fields/RelatedArticlesEditor';
import type * as PublishPanelModule from '../publishing/PublishPanel';

const renders = vi.hoisted(() => new Map<string, number>());

vi.mock('./ArticleFieldsForm', async (importOriginal) => {
  const actual = await importOriginal<typeof ArticleFieldsFormModule>();
  const { countingRenders } = await import('../testing/countingRenders');
  return { ...actual, ArticleFieldsForm: countingRenders('fields form', actual.ArticleFieldsForm, renders) };
});
vi.mock('./ArticleMetadataPanel', async (importOriginal) => {
  const actual = await importOriginal<typeof ArticleMetadataPanelModule>();
  const { countingRenders } = await import('../testing/countingRenders');
  return { ...actual, ArticleMetadataPanel: countingRenders('metadata panel', actual.ArticleMetadataPanel, renders) };
});
vi.mock('./panels/StatsPanel', async (importOriginal) => {
  const actual = await importOriginal<typeof StatsPanelModule>();
  const { countingRenders } = await import('../testing/countingRenders');
  return { ...actual, StatsPanel: countingRenders('counts', actual.StatsPanel, renders) };
});
vi.mock('./panels/OutlinePanel', async (importOriginal) => {
  const actual = await importOriginal<typeof OutlinePanelModule>();
  const { countingRenders } = await import('../testing/countingRenders');
  return { ...actual, OutlinePanel: countingRenders('outline', actual.OutlinePanel, renders) };
});
vi.mock('./fields/RelatedArticlesEditor', async (importOriginal) => {
  const actual = await importOriginal<typeof RelatedArticlesEditorModule>();
  const { countingRenders } = await import('../testing/countingRenders');
  return { ...actual, RelatedArticlesEditor: countingRenders('related articles', actual.RelatedArticlesEditor, renders) };
});
vi.mock('../publishing/PublishPanel', async (importOriginal) => {
  const actual = await importOriginal<typeof PublishPanelModule>();
  const { countingRenders } = await import('../testing/countingRenders');
  return { ...actual, PublishPanel: countingRenders('publish panel', actual.PublishPanel, renders) };
});

let rendered: RenderedWithApi | undefined;
afterEach(() => {
  rendered?.dispose();
  rendered = undefined;
  cleanup();
});

const parts = ['fields form', 'metadata panel', 'counts', 'outline', 'related articles', 'publish panel'] as const;
const rendersSince = (): Record<string, number> => Object.fromEntries(parts.map((part) => [part, renders.get(part) ?? 0]));
const pause = (ms: number) => act(() => new Promise<void>((resolve) => setTimeout(resolve, ms)));

describe('what a keystroke re-renders', () => {
  it('in the body: nothing but the save status, until typing pauses; then the counts, the outline and the checks', async () => {
    const draft = testDraft({ headline: 'موسكو تدعو الشيباني', body: paragraphsBody('أعلنت روسيا اليوم دعوة رسمية للوزير.') });
    const server = openDraftHandlers(draft);
    rendered = renderWithApi(
      <ArticleEditor draft={draft} onOpen={() => {}} onClosed={() => {}} onOpenSettings={() => {}} />,
      server.handlers,
    );
    const editor = (rendered.container.querySelector('.body-editor') as HTMLElement & { editor: Editor }).editor;
    await waitFor(() => expect(document.querySelectorAll('#section-options option')).toHaveLength(2));
    await pause(50);
    renders.clear();

    for (const [index, letter] of [...'عاجل '].entries()) {
      act(() => void editor.commands.insertContentAt(1 + index, letter));
      await pause(20);
    }
    expect(document.querySelector('output.save-status')?.getAttribute('data-state')).toBe('pending');
    expect(rendersSince()).toEqual(Object.fromEntries(parts.map((part) => [part, 0])));

    await pause(bodyRefreshDelayMs + 50);
    // «عاجل» and the six words of the body, with the headline's three.
    expect(document.querySelector('[data-stat="words"]')?.textContent).toBe(new Intl.NumberFormat('ar').format(10));
    expect(rendersSince()).toEqual({
      'fields form': 0,
      'metadata panel': 0,
      counts: 1,
      outline: 1,
      'related articles': 0,
      'publish panel': 1,
    });

    // The save that follows changes the status only.
    await waitFor(() => expect(server.saves).toHaveLength(1), { timeout: 3_000 });
    await waitFor(() => expect(document.querySelector('output.save-status')?.getAttribute('data-state')).toBe('saved'));
    expect(rendersSince()).toMatchObject({ 'fields form': 0, 'metadata panel': 0, counts: 1, outline: 1, 'publish panel': 1 });
  });

  it('in the headline: the form, what shows the headline (slug, counts, checks), not the outline or related articles', async () => {
    const draft = testDraft({ headline: 'موسكو', body: paragraphsBody('نص') });
    rendered = renderWithApi(
      <ArticleEditor draft={draft} onOpen={() => {}} onClosed={() => {}} onOpenSettings={() => {}} />,
      openDraftHandlers(draft).handlers,
    );
    await pause(100);
    renders.clear();
    fireEvent.change(screen.getByLabelText(translate('ar', 'editor.headline')), { target: { value: 'موسكو تدعو' } });
    expect(rendersSince()).toEqual({
      'fields form': 1,
      'metadata panel': 1,
      counts: 1,
      outline: 0,
      'related articles': 0,
      'publish panel': 1,
    });
  });
});
