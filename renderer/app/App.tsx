/** The workstation's one screen for now: the drafts library beside the open draft. */
import { useCallback, useEffect, useRef, useState } from 'react';
import type { ApiError } from '../../shared/contract/apiError';
import type { MessageKey } from '../../shared/i18n/catalogue';
import type { Draft } from '../../shared/model/draft';
import { useApi, useIsConnected } from '../api/ApiProvider';
import { ArticleEditor } from '../editor/ArticleEditor';
import { hasUnsavedWork, saveEverything } from '../editor/pendingSaves';
import { ImportDialog } from '../import/ImportDialog';
import { useI18n } from '../i18n/I18nProvider';
import { LibraryPanel } from '../library/LibraryPanel';
import { TrashedNotice } from '../library/TrashedNotice';
import { OutboxButton } from '../publishing/OutboxButton';
import { LanguageSwitch } from './LanguageSwitch';
import { NamePrompt } from './NamePrompt';
import { useAppCommand } from './useAppCommand';
import { SettingsDialog } from './SettingsDialog';

export function App() {
  const api = useApi();
  const isConnected = useIsConnected();
  const { t, errorMessage } = useI18n();
  const [opened, setOpened] = useState<{ draft: Draft; notice?: MessageKey } | undefined>();
  const openDraft = opened?.draft;
  const setOpenDraft = useCallback((draft: Draft | undefined, notice?: MessageKey) => setOpened(draft && { draft, notice }), []);
  const [error, setError] = useState<ApiError | undefined>();
  const [isImportOpen, setIsImportOpen] = useState(false);
  const [isSettingsOpen, setIsSettingsOpen] = useState(false);
  /** The draft last moved to the trash, while its notice with undo shows. */
  const [trashedId, setTrashedId] = useState<string | undefined>();
  /** A draft just created (new, or built from text): its headline takes the focus once it shows. */
  const createdId = useRef<string | undefined>(undefined);

  const open = useCallback(
    async (id: string, notice?: MessageKey) => {
      // Marks for the opening benchmark: from asking the API to the editor being ready.
      performance.clearMarks('midad:open:start');
      performance.mark('midad:open:start');
      const result = await api.call('drafts.get', { id });
      if (result.ok) {
        setError(undefined);
        setOpenDraft(result.value, notice);
      } else {
        setError(result.error);
      }
    },
    [api, setOpenDraft],
  );

  const create = useCallback(async () => {
    const result = await api.call('drafts.create', {});
    if (result.ok) {
      setError(undefined);
      createdId.current = result.value.id;
      setOpenDraft(result.value);
    } else {
      setError(result.error);
    }
  }, [api, setOpenDraft]);

  // A new article starts at its headline, not on the button that made it.
  useEffect(() => {
    if (!createdId.current || openDraft?.id !== createdId.current) return;
    createdId.current = undefined;
    document.getElementById('headline')?.focus();
  }, [openDraft]);

  useAppCommand('newDraft', () => void create());

  // The desktop window is closing: save everything first, then say so.
  useEffect(
    () =>
      api.on('app.closing', () => {
        void saveEverything().then(() => api.call('app.readyToClose', {}));
      }),
    [api],
  );

  // In a browser, leaving the page with unsaved words asks first (and starts saving them).
  useEffect(() => {
    const onBeforeUnload = (event: BeforeUnloadEvent): void => {
      if (!hasUnsavedWork()) return;
      void saveEverything();
      event.preventDefault();
    };
    window.addEventListener('beforeunload', onBeforeUnload);
    return () => window.removeEventListener('beforeunload', onBeforeUnload);
  }, []);

  // Another library folder: the open draft belongs to the old one.
  useEffect(() => {
    let folder: string | undefined;
    return api.on('settings.changed', (settings) => {
      if (folder !== undefined && folder !== settings.libraryFolder) setOpenDraft(undefined);
      folder = settings.libraryFolder;
    });
  }, [api, setOpenDraft]);

  return (
    <div className="app-shell">
      <header className="app-header">
        <h1 className="app-title">
          {t('app.name')} <span className="app-tagline">{t('app.tagline')}</span>
        </h1>
        <div className="header-actions">
          <OutboxButton onOpenDraft={(id) => void open(id)} />
          <button type="button" onClick={() => setIsSettingsOpen(true)}>
            {t('settings.title')}
          </button>
          <LanguageSwitch />
        </div>
      </header>
      {!isConnected && (
        <div className="banner banner-error" role="alert">
          {t('connection.lost')}{' '}
          <button type="button" onClick={() => location.reload()}>
            {t('connection.reload')}
          </button>
        </div>
      )}
      {error && (
        <div className="banner banner-error" role="alert">
          {errorMessage(error)}
        </div>
      )}
      <div className="app-body">
        <LibraryPanel
          openDraftId={openDraft?.id}
          onOpen={(id) => id !== openDraft?.id && void open(id)}
          onCreate={() => void create()}
          onImport={() => setIsImportOpen(true)}
        />
        <main className="workspace">
          {openDraft ? (
            <ArticleEditor
              key={`${openDraft.id}@${openDraft.version}`}
              draft={openDraft}
              notice={opened?.notice}
              onOpen={(id, notice) => void open(id, notice)}
              onClosed={() => {
                setTrashedId(openDraft.id);
                setOpenDraft(undefined);
              }}
              onOpenSettings={() => setIsSettingsOpen(true)}
            />
          ) : (
            <p className="workspace-empty">{t('editor.noDraftOpen')}</p>
          )}
        </main>
      </div>
      <NamePrompt />
      {trashedId && (
        <TrashedNotice
          key={trashedId}
          draftId={trashedId}
          onRestored={(id) => {
            setTrashedId(undefined);
            void open(id);
          }}
          onDismiss={() => setTrashedId(undefined)}
        />
      )}
      {isSettingsOpen && <SettingsDialog onClose={() => setIsSettingsOpen(false)} />}
      {isImportOpen && (
        <ImportDialog
          onClose={() => setIsImportOpen(false)}
          onCreated={(draft) => {
            setIsImportOpen(false);
            createdId.current = draft.id;
            setOpenDraft(draft);
          }}
        />
      )}
    </div>
  );
}
