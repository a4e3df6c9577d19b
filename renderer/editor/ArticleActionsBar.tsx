/**
 * The open draft's bar: edit, preview or history; duplicate, export and move to the trash (each
 * after saving what is unsaved); and whether the words are on disk.
 */
import { memo } from 'react';
import { useApi } from '../api/ApiProvider';
import { useI18n } from '../i18n/I18nProvider';
import type { SaveState } from './autosaver';
import type { DraftSession } from './draftSession';
import { downloadText, ExportMenu } from './ExportMenu';
import { SaveStatus } from './SaveStatus';
import { ariaKeyShortcut, shortcutLabel } from './shortcutLabel';
import { appCommandShortcuts } from '../../shared/contract/appCommands';
import { useRovingFocus } from '../components/useRovingFocus';

export type ArticleMode = 'edit' | 'preview' | 'history';

interface ArticleActionsBarProps {
  session: DraftSession;
  mode: ArticleMode;
  onModeChange: (mode: ArticleMode) => void;
  saveState: SaveState;
  /** Opens a draft (the duplicate just made). */
  onOpen: (id: string) => void;
  /** The draft went to the trash. */
  onClosed: () => void;
  onError: (message: string) => void;
}

export const ArticleActionsBar = memo(function ArticleActionsBar({
  session,
  mode,
  onModeChange,
  saveState,
  onOpen,
  onClosed,
  onError,
}: ArticleActionsBarProps) {
  const api = useApi();
  const { t, errorMessage } = useI18n();
  const { draftId, autosaver } = session;
  const viewsRoving = useRovingFocus<HTMLDivElement>();

  const duplicate = async (): Promise<void> => {
    await autosaver.flush();
    const copy = await api.call('drafts.duplicate', { id: draftId });
    if (copy.ok) onOpen(copy.value.id);
    else onError(errorMessage(copy.error));
  };

  const trash = async (): Promise<void> => {
    await autosaver.flush();
    const trashed = await api.call('drafts.trash', { id: draftId });
    if (trashed.ok) onClosed();
    else onError(errorMessage(trashed.error));
  };

  const exportWithHistory = async (): Promise<void> => {
    await autosaver.flush();
    const result = await api.call('drafts.exportWithHistory', { id: draftId });
    if (!result.ok) return onError(errorMessage(result.error));
    downloadText(result.value.fileName, result.value.text, 'application/json');
  };

  const modeButton = (value: ArticleMode, label: string, shortcut?: string) => (
    <button
      type="button"
      aria-pressed={mode === value}
      title={shortcut ? `${label} (${shortcutLabel(shortcut)})` : undefined}
      aria-keyshortcuts={shortcut ? ariaKeyShortcut(shortcut) : undefined}
      onClick={() => onModeChange(value)}
    >
      {label}
    </button>
  );

  return (
    <div className="article-topbar">
      <div className="segmented" role="toolbar" aria-label={`${t('view.edit')} / ${t('view.preview')}`} {...viewsRoving}>
        {modeButton('edit', t('view.edit'))}
        {modeButton('preview', t('view.preview'), appCommandShortcuts.togglePreview)}
        {modeButton('history', t('history.open'))}
      </div>
      <div className="draft-actions" role="group" aria-label={t('draft.actions')}>
        <button type="button" onClick={() => void duplicate()}>
          {t('draft.duplicate')}
        </button>
        <ExportMenu content={() => session.content()} onExportWithHistory={() => void exportWithHistory()} />
        <button type="button" className="button-danger" onClick={() => void trash()}>
          {t('draft.trash')}
        </button>
      </div>
      <SaveStatus state={saveState} />
    </div>
  );
});
