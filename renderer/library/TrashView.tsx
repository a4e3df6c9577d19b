/**
 * The trash: restore a draft (saying where it went) or delete it for good; or empty it. Deleting
 * for good asks first, naming the draft.
 */
import { useEffect, useState } from 'react';
import type { TrashedDraft } from '../../shared/model/library';
import { useApi } from '../api/ApiProvider';
import { ConfirmDialog } from '../components/ConfirmDialog';
import { useI18n } from '../i18n/I18nProvider';

/** What the trash is asking to delete for good: one trashed copy, or everything. */
type PendingPurge = { trashName: string; headline: string } | 'all';

export function TrashView() {
  const api = useApi();
  const { t, language, errorMessage } = useI18n();
  const [drafts, setDrafts] = useState<TrashedDraft[] | undefined>();
  const [message, setMessage] = useState<string | undefined>();
  const [done, setDone] = useState<string | undefined>();
  const [pendingPurge, setPendingPurge] = useState<PendingPurge | undefined>();
  const [reloads, setReloads] = useState(0);

  useEffect(() => {
    let isCurrent = true;
    void api.call('drafts.trashList', {}).then((result) => {
      if (!isCurrent) return;
      if (result.ok) setDrafts(result.value.drafts);
      else setMessage(errorMessage(result.error));
    });
    return () => {
      isCurrent = false;
    };
  }, [api, errorMessage, reloads]);

  useEffect(() => api.on('drafts.changed', () => setReloads((count) => count + 1)), [api]);

  /** Runs a trash call; on success says `doneText`, else why it failed. */
  const run = async (call: Promise<{ ok: boolean; error?: Parameters<typeof errorMessage>[0] }>, doneText: string): Promise<void> => {
    const result = await call;
    if (!result.ok && result.error) {
      setDone(undefined);
      setMessage(errorMessage(result.error));
    } else {
      setMessage(undefined);
      setDone(doneText);
    }
    setReloads((count) => count + 1);
  };

  const purge = (pending: PendingPurge): void => {
    setPendingPurge(undefined);
    if (pending === 'all') void run(api.call('drafts.purge', {}), t('trash.purgedAll'));
    else void run(api.call('drafts.purge', { trashName: pending.trashName }), t('trash.purged', { headline: pending.headline }));
  };
  const dateFormat = new Intl.DateTimeFormat(language, { dateStyle: 'medium', timeStyle: 'short' });

  if (!drafts)
    return (
      <p className="library-message" role="status">
        {t('library.loading')}
      </p>
    );
  return (
    <div className="library-side-view">
      {message && (
        <p className="field-error" role="alert">
          {message}
        </p>
      )}
      <p className="panel-hint" role="status">
        {done}
      </p>
      {pendingPurge && (
        <ConfirmDialog
          title={t(pendingPurge === 'all' ? 'trash.confirmPurgeAll.title' : 'trash.confirmPurge.title')}
          message={
            pendingPurge === 'all'
              ? t('trash.confirmPurgeAll.message')
              : t('trash.confirmPurge.message', { headline: pendingPurge.headline })
          }
          confirmLabel={t(pendingPurge === 'all' ? 'trash.purgeAll' : 'trash.purge')}
          cancelLabel={t('trash.confirm.cancel')}
          onConfirm={() => purge(pendingPurge)}
          onCancel={() => setPendingPurge(undefined)}
        />
      )}
      {drafts.length === 0 ? (
        <p className="library-message">{t('trash.empty')}</p>
      ) : (
        <>
          <button type="button" className="button-danger" onClick={() => setPendingPurge('all')}>
            {t('trash.purgeAll')}
          </button>
          <ul className="plain-list" aria-label={t('library.view.trash')}>
            {drafts.map(({ summary, trashName, trashedAt }) => {
              const headline = summary.headline || t('library.untitled');
              return (
                <li key={trashName} className="side-item">
                  <span className="draft-list-headline" dir="auto">
                    {headline}
                  </span>
                  <span className="draft-list-meta">{t('trash.trashedAt', { time: dateFormat.format(new Date(trashedAt)) })}</span>
                  <span className="side-item-actions">
                    <button
                      type="button"
                      onClick={() =>
                        void run(
                          api.call('drafts.restore', { id: summary.id, trashName }),
                          t('trash.restored', { headline, status: t(`status.${summary.status}`) }),
                        )
                      }
                    >
                      {t('trash.restore')}
                    </button>
                    <button type="button" className="button-danger" onClick={() => setPendingPurge({ trashName, headline })}>
                      {t('trash.purge')}
                    </button>
                  </span>
                </li>
              );
            })}
          </ul>
        </>
      )}
    </div>
  );
}
