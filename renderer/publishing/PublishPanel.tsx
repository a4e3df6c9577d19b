/**
 * Publishing the open article: where it is already (a link per site), the site and the status to
 * publish with (a scheduled date on the site's clock), the checks before publishing — each
 * problem with a way to its field — and this draft's items in the outbox. Sending only queues:
 * the outbox in the main process does the rest, online or not.
 */
import { memo, useDeferredValue, useEffect, useMemo, useState } from 'react';
import type { ArticleContent, ArticleStatus } from '../../shared/model/article';
import { wordPressStatuses, type OutboxSummary, type PublishingRecord, type WordPressStatus } from '../../shared/publishing/outboxItem';
import { hasBlockingProblems, preflightArticle, type PreflightField } from '../../shared/publishing/preflight';
import type { Site } from '../../shared/publishing/site';
import { siteLocalTime } from '../../shared/publishing/siteTime';
import { useApi } from '../api/ApiProvider';
import { SelectField } from '../components/SelectField';
import { TextField } from '../components/TextField';
import { useI18n } from '../i18n/I18nProvider';
import { OutboxList } from './OutboxList';
import { useOutbox } from './useOutbox';

interface PublishPanelProps {
  draftId: string;
  /** The article as it is now, typed words included. */
  article: ArticleContent;
  /** The draft's workflow status, for the check that it was approved. */
  workflowStatus: ArticleStatus;
  /** Saves what is unsaved (the outbox takes the draft as saved); the saved draft, or undefined when saving failed. */
  settle: () => Promise<{ version: number } | undefined>;
  onJump: (field: PreflightField, index?: number) => void;
  onCompare: (item: OutboxSummary) => void;
  onAddSite: () => void;
}

/** An hour from now on the site's clock, on the next quarter hour. */
function defaultScheduleTime(site: Site): string {
  const local = siteLocalTime(site, new Date(Date.now() + 60 * 60_000));
  const minutes = Number(local.slice(14, 16));
  const rounded = Math.min(45, Math.ceil(minutes / 15) * 15);
  return `${local.slice(0, 14)}${String(rounded).padStart(2, '0')}`;
}

export const PublishPanel = memo(function PublishPanel({
  draftId,
  article,
  workflowStatus,
  settle,
  onJump,
  onCompare,
  onAddSite,
}: PublishPanelProps) {
  const api = useApi();
  const { t, language, errorMessage } = useI18n();
  const [sites, setSites] = useState<Site[]>([]);
  const [siteId, setSiteId] = useState<string>('');
  const [status, setStatus] = useState<WordPressStatus>('draft');
  const [scheduledFor, setScheduledFor] = useState('');
  const [records, setRecords] = useState<PublishingRecord[]>([]);
  const [message, setMessage] = useState<{ text: string; isError: boolean } | undefined>();
  const [isSending, setIsSending] = useState(false);
  const outbox = useOutbox();

  useEffect(() => {
    const load = (): void => {
      void api.call('sites.list', {}).then((result) => {
        if (!result.ok) return;
        setSites(result.value.sites);
        setSiteId((current) => (result.value.sites.some((site) => site.id === current) ? current : (result.value.sites[0]?.id ?? '')));
      });
    };
    load();
    return api.on('sites.changed', load);
  }, [api]);

  const draftItems = useMemo(() => outbox.filter((item) => item.draftId === draftId), [outbox, draftId]);
  const lastChange = draftItems[0]?.updatedAt;
  useEffect(() => {
    let isCurrent = true;
    void api.call('publishing.records', { draftId }).then((result) => isCurrent && result.ok && setRecords(result.value.records));
    return () => {
      isCurrent = false;
    };
  }, [api, draftId, lastChange]);

  const site = sites.find((candidate) => candidate.id === siteId);
  const siteNames = useMemo(() => new Map(sites.map((candidate) => [candidate.id, candidate.name || candidate.url])), [sites]);
  const siteNow = site ? siteLocalTime(site, new Date()) : undefined;
  // Checked when typing leaves React time: a headline keystroke must not wait for a long body's checks.
  const checkedArticle = useDeferredValue(article);
  const problems = useMemo(
    () =>
      preflightArticle(checkedArticle, {
        status,
        ...(status === 'future' && scheduledFor ? { scheduledFor } : {}),
        ...(siteNow ? { siteNow } : {}),
        workflowStatus,
        isApprovalRequired: site?.isApprovalRequired ?? false,
      }),
    [checkedArticle, status, scheduledFor, siteNow, workflowStatus, site?.isApprovalRequired],
  );
  const isBlocked = hasBlockingProblems(problems);
  const record = records.find((candidate) => candidate.siteId === siteId);
  // An update starts from the post's status on the site, so sending it does not unpublish it by surprise.
  const recordedStatus = record?.status;
  const [statusSource, setStatusSource] = useState('');
  if (recordedStatus && `${siteId}:${recordedStatus}` !== statusSource) {
    setStatusSource(`${siteId}:${recordedStatus}`);
    if ((wordPressStatuses as readonly string[]).includes(recordedStatus)) setStatus(recordedStatus as WordPressStatus);
  }
  const isUnpublishing = recordedStatus === 'publish' && status !== 'publish';
  const dateFormat = new Intl.DateTimeFormat(language, { dateStyle: 'medium', timeStyle: 'short' });

  const chooseStatus = (next: WordPressStatus): void => {
    setStatus(next);
    if (next === 'future' && !scheduledFor && site) setScheduledFor(defaultScheduleTime(site));
  };

  const send = async (): Promise<void> => {
    if (!site || isBlocked) return;
    setIsSending(true);
    const saved = await settle();
    if (!saved) {
      setIsSending(false);
      return setMessage({ text: t('publish.unsaved'), isError: true });
    }
    const result = await api.call('publishing.enqueue', {
      draftId,
      siteId: site.id,
      status,
      draftVersion: saved.version,
      ...(status === 'future' ? { scheduledFor } : {}),
    });
    setIsSending(false);
    setMessage(result.ok ? { text: t('publish.queued'), isError: false } : { text: errorMessage(result.error), isError: true });
  };

  return (
    <section className="panel publish-panel" aria-labelledby="publish-title">
      <h2 id="publish-title" className="panel-title">
        {t('publish.title')}
      </h2>
      {records.length > 0 && (
        <ul className="publish-records">
          {records.map((published) => (
            <li key={published.siteId}>
              <span>
                {t('publish.record', {
                  site: siteNames.get(published.siteId) ?? published.siteUrl,
                  status: (wordPressStatuses as readonly string[]).includes(published.status)
                    ? t(`publish.status.${published.status as WordPressStatus}`)
                    : published.status,
                  time: dateFormat.format(new Date(published.publishedAt)),
                })}
              </span>{' '}
              <a href={published.link} target="_blank" rel="noreferrer noopener">
                {t('publish.openOnSite')}
              </a>
            </li>
          ))}
        </ul>
      )}
      {sites.length === 0 ? (
        <p className="panel-hint">
          {t('publish.noSites')}{' '}
          <button type="button" onClick={onAddSite}>
            {t('publish.openSettings')}
          </button>
        </p>
      ) : (
        <>
          <SelectField
            id="publish-site"
            label={t('publish.site')}
            value={siteId}
            options={sites.map((candidate) => ({ value: candidate.id, label: candidate.name || candidate.url }))}
            onChange={setSiteId}
          />
          <SelectField
            id="publish-status"
            label={t('publish.status')}
            value={status}
            options={wordPressStatuses.map((candidate) => ({ value: candidate, label: t(`publish.status.${candidate}`) }))}
            onChange={chooseStatus}
          />
          {status === 'future' && site && (
            <TextField
              id="publish-scheduled-for"
              label={t('publish.scheduledFor')}
              type="datetime-local"
              dir="ltr"
              value={scheduledFor}
              min={siteNow}
              step={60}
              describedBy="publish-site-clock"
              onChange={(next) => setScheduledFor(next.slice(0, 16))}
            >
              <p id="publish-site-clock" className="panel-hint">
                {t('publish.siteClock', { zone: site.timezone || `UTC${site.gmtOffset >= 0 ? '+' : ''}${site.gmtOffset}` })}
              </p>
            </TextField>
          )}
        </>
      )}
      <h3 className="publish-checks-title">{t('publish.checks')}</h3>
      {problems.length === 0 ? (
        <p className="panel-hint">{t('publish.checksPassed')}</p>
      ) : (
        <ul className="preflight-list" data-testid="preflight-list">
          {problems.map((problem, position) => (
            <li key={`${problem.field}-${problem.messageKey}-${position}`} data-severity={problem.severity}>
              <span className="preflight-mark" aria-hidden="true">
                {problem.severity === 'error' ? '✖' : '⚠'}
              </span>
              <span>{t(problem.messageKey, problem.params)}</span>
              <button type="button" className="link-button" onClick={() => onJump(problem.field, problem.index)}>
                {t('publish.goToField')}
              </button>
            </li>
          ))}
        </ul>
      )}
      {isUnpublishing && (
        <p className="banner banner-warning" role="note">
          {t('publish.unpublishWarning')}
        </p>
      )}
      {message && (
        <p className={message.isError ? 'field-error' : 'panel-hint'} role={message.isError ? 'alert' : 'status'}>
          {message.text}
        </p>
      )}
      {site && (
        <button
          type="button"
          className="button-primary"
          disabled={isBlocked || isSending || (status === 'future' && !scheduledFor)}
          onClick={() => void send()}
        >
          {record ? t('publish.sendUpdate') : t('publish.send')}
        </button>
      )}
      {draftItems.length > 0 && (
        <>
          <h3 className="publish-checks-title">{t('publish.thisDraftItems')}</h3>
          <OutboxList items={draftItems.slice(0, 5)} siteNames={siteNames} onCompare={onCompare} />
        </>
      )}
    </section>
  );
});
