/**
 * Outbox items as the desk follows them: the article, the site's state for it (queued, sending
 * with the step and a progress bar, retrying at a time, failed with the reason, done with the
 * link), and what can be done: retry, cancel, or compare when the site copy changed.
 */
import { useState } from 'react';
import { outboxProgress, type OutboxSummary } from '../../shared/publishing/outboxItem';
import { useApi } from '../api/ApiProvider';
import { useI18n } from '../i18n/I18nProvider';

interface OutboxListProps {
  items: readonly OutboxSummary[];
  siteNames: ReadonlyMap<string, string>;
  onCompare?: (item: OutboxSummary) => void;
}

export function OutboxList({ items, siteNames, onCompare }: OutboxListProps) {
  const api = useApi();
  const { t, language, errorMessage } = useI18n();
  const [error, setError] = useState<string | undefined>();
  const timeFormat = new Intl.DateTimeFormat(language, { timeStyle: 'medium' });
  const dateFormat = new Intl.DateTimeFormat(language, { dateStyle: 'medium', timeStyle: 'short' });

  const act = async (method: 'publishing.retry' | 'publishing.cancel', id: string): Promise<void> => {
    const result = await api.call(method, { id });
    setError(result.ok ? undefined : errorMessage(result.error));
  };

  const stateText = (item: OutboxSummary): string => {
    if (item.state === 'retrying' && item.nextAttemptAt)
      return t('outbox.state.retrying', { time: timeFormat.format(new Date(item.nextAttemptAt)) });
    return t(`outbox.state.${item.state}`);
  };

  return (
    <>
      {error && (
        <p className="field-error" role="alert">
          {error}
        </p>
      )}
      <ul className="outbox-list">
        {items.map((item) => (
          <li key={item.id} className="outbox-item" data-state={item.state} data-testid="outbox-item">
            <div className="outbox-item-head">
              <span className="outbox-headline" dir="auto">
                {item.headline}
              </span>
              <span className="outbox-state" data-state={item.state}>
                {stateText(item)}
              </span>
            </div>
            <div className="outbox-item-meta">
              <span dir="auto">{siteNames.get(item.siteId) ?? ''}</span>
              <span>{t(`publish.status.${item.status}`)}</span>
              <span>{dateFormat.format(new Date(item.createdAt))}</span>
              {item.attempts > 1 && <span>{t('outbox.attempt', { count: item.attempts })}</span>}
            </div>
            {item.state === 'sending' && (
              <div className="outbox-progress">
                <progress max={1} value={outboxProgress(item)} aria-label={t('outbox.progress')} />
                {item.step && <span>{t(`outbox.step.${item.step}`)}</span>}
              </div>
            )}
            {item.failure && item.state !== 'done' && item.state !== 'cancelled' && (
              <p className={item.state === 'failed' ? 'field-error' : 'panel-hint'} role={item.state === 'failed' ? 'alert' : undefined}>
                {t(`outbox.failure.${item.failure.kind}`, { code: item.failure.code ?? String(item.failure.status ?? '') })}
              </p>
            )}
            <div className="outbox-actions">
              {item.state === 'done' && item.result && (
                <a href={item.result.link} target="_blank" rel="noreferrer noopener" dir="ltr">
                  {t('publish.openOnSite')}
                </a>
              )}
              {item.state === 'needsChoice' && onCompare && (
                <button type="button" className="button-primary" onClick={() => onCompare(item)}>
                  {t('outbox.compare')}
                </button>
              )}
              {(item.state === 'failed' || item.state === 'retrying') && (
                <button type="button" onClick={() => void act('publishing.retry', item.id)}>
                  {item.state === 'retrying' ? t('outbox.retryNow') : t('outbox.retry')}
                </button>
              )}
              {['queued', 'sending', 'retrying', 'failed', 'needsChoice'].includes(item.state) && (
                <button type="button" onClick={() => void act('publishing.cancel', item.id)}>
                  {t('outbox.cancel')}
                </button>
              )}
            </div>
          </li>
        ))}
      </ul>
    </>
  );
}
