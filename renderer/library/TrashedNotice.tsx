/**
 * The notice after a draft went to the trash: it names the draft as it was saved, and "تراجع"
 * puts that very copy back in the library (then the draft opens again). Once that copy has left
 * the trash another way (restored or deleted there), the notice goes: there is nothing to undo.
 */
import { useEffect, useRef, useState } from 'react';
import type { TrashedDraft } from '../../shared/model/library';
import { useApi } from '../api/ApiProvider';
import { UndoNotice } from '../components/UndoNotice';
import { useI18n } from '../i18n/I18nProvider';

export interface TrashedNoticeProps {
  /** The draft just moved to the trash. */
  draftId: string;
  onRestored: (id: string) => void;
  onDismiss: () => void;
}

export function TrashedNotice({ draftId, onRestored, onDismiss }: TrashedNoticeProps) {
  const api = useApi();
  const { t, errorMessage } = useI18n();
  const [trashed, setTrashed] = useState<TrashedDraft | undefined>();
  const [error, setError] = useState<string | undefined>();
  const [reloads, setReloads] = useState(0);
  const trashNameRef = useRef<string | undefined>(undefined);
  const onDismissRef = useRef(onDismiss);
  useEffect(() => {
    onDismissRef.current = onDismiss;
  }, [onDismiss]);

  useEffect(() => api.on('drafts.changed', () => setReloads((count) => count + 1)), [api]);

  useEffect(() => {
    let isCurrent = true;
    void api.call('drafts.trashList', {}).then((result) => {
      if (!isCurrent) return;
      if (!result.ok) return setError(errorMessage(result.error));
      const known = trashNameRef.current;
      // The trash lists the most recently trashed first: the first copy of this draft is the one just trashed.
      const found = known
        ? result.value.drafts.find((entry) => entry.trashName === known)
        : result.value.drafts.find((entry) => entry.summary.id === draftId);
      if (found) {
        trashNameRef.current = found.trashName;
        setTrashed(found);
      } else if (known) {
        onDismissRef.current();
      }
    });
    return () => {
      isCurrent = false;
    };
  }, [api, draftId, errorMessage, reloads]);

  const undo = async (): Promise<void> => {
    if (!trashed) return;
    const result = await api.call('drafts.restore', { id: draftId, trashName: trashed.trashName });
    if (result.ok) onRestored(draftId);
    else setError(errorMessage(result.error));
  };

  if (error)
    return (
      <p className="undo-notice field-error" role="alert">
        {error}
      </p>
    );
  if (!trashed) return null;
  return (
    <UndoNotice
      message={t('trash.moved', { headline: trashed.summary.headline || t('library.untitled') })}
      undoLabel={t('notice.undo')}
      dismissLabel={t('notice.dismiss')}
      onUndo={() => void undo()}
      onDismiss={onDismiss}
    />
  );
}
