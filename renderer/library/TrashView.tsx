/** The trash: restore a draft or delete it for good; or empty it. */
import { useEffect, useState } from 'react';
import type { TrashedDraft } from '../../shared/model/library';
import { useApi } from '../api/ApiProvider';
import { useI18n } from '../i18n/I18nProvider';

export function TrashView() {
  const api = useApi();
  const { t, language, errorMessage } = useI18n();
  const [drafts, setDrafts] = useState<TrashedDraft[] | undefined>();
  const [message, setMessage] = useState<string | undefined>();
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

  const run = async (call: Promise<{ ok: boolean; error?: Parameters<typeof errorMessage>[0] }>): Promise<void> => {
    const result = await call;
    if (!result.ok && result.error) setMessage(errorMessage(result.error));
    setReloads((count) => count + 1);
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
      {drafts.length === 0 ? (
        <p className="library-message">{t('trash.empty')}</p>
      ) : (
        <>
          <button type="button" className="button-danger" onClick={() => void run(api.call('drafts.purge', {}))}>
            {t('trash.purgeAll')}
          </button>
          <ul className="plain-list" aria-label={t('library.view.trash')}>
            {drafts.map(({ summary, trashName, trashedAt }) => (
              <li key={trashName} className="side-item">
                <span className="draft-list-headline" dir="auto">
                  {summary.headline || t('library.untitled')}
                </span>
                <span className="draft-list-meta">{t('trash.trashedAt', { time: dateFormat.format(new Date(trashedAt)) })}</span>
                <span className="side-item-actions">
                  <button type="button" onClick={() => void run(api.call('drafts.restore', { id: summary.id, trashName }))}>
                    {t('trash.restore')}
                  </button>
                  <button type="button" className="button-danger" onClick={() => void run(api.call('drafts.purge', { trashName }))}>
                    {t('trash.purge')}
                  </button>
                </span>
              </li>
            ))}
          </ul>
        </>
      )}
    </div>
  );
}
