// @vitest-environment jsdom
import { cleanup, fireEvent, screen, waitFor } from '@testing-library/react';
import { useState } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ApiFailure } from '../../shared/contract/apiError';
import { translate } from '../../shared/i18n/catalogue';
import { useApi } from '../api/ApiProvider';
import { openDraftHandlers } from '../testing/openDraftHandlers';
import { renderWithApi, type RenderedWithApi } from '../testing/renderWithApi';
import { testDraft } from '../testing/testDraft';
import { ArticleActionsBar, type ArticleMode } from './ArticleActionsBar';
import type { SaveState } from './autosaver';
import { DraftSession } from './draftSession';
import { downloadText } from './ExportMenu';
import type * as ExportMenuModule from './ExportMenu';

vi.mock('./ExportMenu', async (importOriginal) => ({ ...(await importOriginal<typeof ExportMenuModule>()), downloadText: vi.fn() }));

let rendered: RenderedWithApi | undefined;
afterEach(() => {
  rendered?.dispose();
  rendered = undefined;
  cleanup();
  vi.clearAllMocks();
});

const ar = (key: Parameters<typeof translate>[1]): string => translate('ar', key);
const draft = testDraft({ headline: 'خبر' });
const copyId = '00000000-0000-4000-8000-00000000c0c0';

function renderBar(overrides: Parameters<typeof openDraftHandlers>[1] = {}, saveState: SaveState = { status: 'saved' }) {
  const events: string[] = [];
  const modes: ArticleMode[] = [];
  const server = openDraftHandlers(draft, {
    'drafts.duplicate': () => {
      events.push('duplicate');
      return { ...draft, id: copyId };
    },
    'drafts.trash': () => {
      events.push('trash');
      return {};
    },
    'drafts.exportWithHistory': () => {
      events.push('export');
      return { fileName: 'خبر.midad.json', text: '{}' };
    },
    'drafts.save': () => {
      events.push('save');
      return { version: 2, updatedAt: new Date().toISOString(), status: 'draft' as const };
    },
    ...overrides,
  });
  let session: DraftSession | undefined;
  function Bar() {
    const api = useApi();
    const [current] = useState(() => (session = new DraftSession(api, draft)));
    const [mode, setMode] = useState<ArticleMode>('edit');
    return (
      <ArticleActionsBar
        session={current}
        mode={mode}
        onModeChange={(next) => {
          modes.push(next);
          setMode(next);
        }}
        saveState={saveState}
        onOpen={(id) => events.push(`open ${id}`)}
        onClosed={() => events.push('closed')}
        onError={(message) => events.push(`error ${message}`)}
      />
    );
  }
  rendered = renderWithApi(<Bar />, server.handlers);
  return { events, modes, session: () => session! };
}

describe('the article’s actions bar', () => {
  it('switches between editing, the preview and the history', () => {
    const bar = renderBar();
    const pressed = () => screen.getAllByRole('button', { pressed: true }).map((button) => button.textContent);
    expect(pressed()).toEqual([ar('view.edit')]);
    fireEvent.click(screen.getByRole('button', { name: ar('view.preview') }));
    expect(pressed()).toEqual([ar('view.preview')]);
    fireEvent.click(screen.getByRole('button', { name: ar('history.open') }));
    expect(bar.modes).toEqual(['preview', 'history']);
  });

  it('duplicates and moves to the trash after saving what is unsaved', async () => {
    const bar = renderBar();
    bar.session().updateFields({ headline: 'خبر معدّل' });
    fireEvent.click(screen.getByRole('button', { name: ar('draft.duplicate') }));
    await waitFor(() => expect(bar.events).toEqual(['save', 'duplicate', `open ${copyId}`]));
    fireEvent.click(screen.getByRole('button', { name: ar('draft.trash') }));
    await waitFor(() => expect(bar.events).toEqual(['save', 'duplicate', `open ${copyId}`, 'trash', 'closed']));
  });

  it('exports the draft with its history as a file', async () => {
    const bar = renderBar();
    fireEvent.click(screen.getByRole('button', { name: ar('exchange.export') }));
    await waitFor(() => expect(downloadText).toHaveBeenCalledWith('خبر.midad.json', '{}', 'application/json'));
    expect(bar.events).toEqual(['export']);
  });

  it('says what went wrong', async () => {
    const bar = renderBar({
      'drafts.trash': () => {
        throw new ApiFailure('storage.failed');
      },
    });
    fireEvent.click(screen.getByRole('button', { name: ar('draft.trash') }));
    await waitFor(() => expect(bar.events).toEqual([`error ${ar('error.storage.failed')}`]));
  });

  it('shows whether the words are on disk', () => {
    renderBar({}, { status: 'failed', error: { code: 'storage.failed', messageKey: 'error.storage.failed' } });
    const status = document.querySelector('output.save-status')!;
    expect(status.getAttribute('data-state')).toBe('failed');
    expect(status.textContent).toBe(`${ar('editor.saveState.failed')}: ${ar('error.storage.failed')}`);
  });
});
