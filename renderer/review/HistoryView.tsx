/**
 * The revision history of the open draft: save a revision, open any one read-only, compare any
 * two (by default the last submission against the current text), review the changes one by one,
 * and restore a revision as a new one.
 */
import { useEffect, useMemo, useState } from 'react';
import type { ArticleContent } from '../../shared/model/article';
import { articleContentOf, type Draft } from '../../shared/model/draft';
import type { Revision, RevisionSummary } from '../../shared/model/revision';
import { applyReview, diffArticles } from '../../shared/review/articleDiff';
import { useApi } from '../api/ApiProvider';
import { ConfirmDialog } from '../components/ConfirmDialog';
import { TextField } from '../components/TextField';
import { ArticlePreview } from '../editor/ArticlePreview';
import { useI18n } from '../i18n/I18nProvider';
import { isMessageKey, type MessageKey } from '../../shared/i18n/catalogue';
import { describeChange } from './describeChange';
import { DiffView } from './DiffView';

interface HistoryViewProps {
  draftId: string;
  /** Saves whatever is unsaved and returns the draft as it is on disk. */
  settle: () => Promise<Draft | undefined>;
  onOpen: (id: string, notice?: MessageKey) => void;
}

const current = 'current';

export function HistoryView({ draftId, settle, onOpen }: HistoryViewProps) {
  const api = useApi();
  const { t, language, errorMessage } = useI18n();
  const [revisions, setRevisions] = useState<RevisionSummary[] | undefined>();
  const [latest, setLatest] = useState<Draft | undefined>();
  const [from, setFrom] = useState<string>('');
  const [to, setTo] = useState<string>(current);
  const [contents, setContents] = useState<Record<string, ArticleContent>>({});
  const [viewing, setViewing] = useState<Revision | undefined>();
  const [selected, setSelected] = useState<string | undefined>();
  const [message, setMessage] = useState('');
  const [error, setError] = useState<string | undefined>();
  const [isReviewing, setIsReviewing] = useState(false);
  /** Each change's decision: accepted (true), rejected (false); a change not in it is undecided. */
  const [decisions, setDecisions] = useState<ReadonlyMap<number, boolean>>(new Map());
  const [isAskingUndecided, setIsAskingUndecided] = useState(false);
  const [reloads, setReloads] = useState(0);
  const dateFormat = new Intl.DateTimeFormat(language, { dateStyle: 'medium', timeStyle: 'medium' });

  // The list shows as soon as it is read; the working copy is settled (saved, re-read) beside it.
  useEffect(() => {
    let isCurrent = true;
    void api.call('revisions.list', { draftId }).then((list) => {
      if (!isCurrent) return;
      if (!list.ok) return setError(errorMessage(list.error));
      setRevisions(list.value.revisions);
      const lastSubmission = [...list.value.revisions]
        .reverse()
        .find((revision) => revision.kind === 'statusChange' && revision.status === 'submitted');
      setFrom((previous) => previous || lastSubmission?.id || list.value.revisions.at(-1)?.id || '');
    });
    void settle().then((draft) => isCurrent && draft && setLatest(draft));
    return () => {
      isCurrent = false;
    };
  }, [api, draftId, settle, errorMessage, reloads]);

  // Load the compared revisions' articles.
  useEffect(() => {
    for (const id of [from, to]) {
      if (!id || id === current || contents[id]) continue;
      void api
        .call('revisions.get', { draftId, revisionId: id })
        .then((result) => result.ok && setContents((known) => ({ ...known, [id]: result.value.content })));
    }
  }, [api, draftId, from, to, contents]);

  const before = from === current ? (latest ? articleContentOf(latest) : undefined) : contents[from];
  const after = to === current ? (latest ? articleContentOf(latest) : undefined) : contents[to];
  const diff = useMemo(() => (before && after ? diffArticles(before, after) : undefined), [before, after]);

  const saveRevision = async (): Promise<void> => {
    await settle();
    const result = await api.call('revisions.create', { draftId, message: message.trim() });
    if (!result.ok) return setError(errorMessage(result.error));
    setMessage('');
    setReloads((count) => count + 1);
  };

  const restore = async (revisionId: string): Promise<void> => {
    await settle();
    const result = await api.call('revisions.restore', { draftId, revisionId });
    if (result.ok) onOpen(draftId);
    else setError(errorMessage(result.error));
  };

  const undecided = diff ? diff.changes.filter((change) => !decisions.has(change.id)).length : 0;

  /** Saves the review; an undecided change is accepted as it stands (the user was asked). */
  const applyTheReview = async (): Promise<void> => {
    setIsAskingUndecided(false);
    if (!diff || !before || !after || !latest) return;
    const isAccepted = (id: number): boolean => decisions.get(id) ?? true;
    const outcome = applyReview(before, after, diff, isAccepted);
    const acceptedCount = diff.changes.filter((change) => isAccepted(change.id)).length;
    const lines = [t('review.summary', { accepted: acceptedCount, rejected: diff.changes.length - acceptedCount })];
    for (const change of diff.changes)
      lines.push(`${isAccepted(change.id) ? t('review.accepted') : t('review.rejected')}: ${describeChange(change, t)}`);
    const draft = await settle();
    const result = await api.call('drafts.saveReview', {
      id: draftId,
      baseVersion: (draft ?? latest).version,
      content: outcome,
      message: lines.join('\n'),
    });
    if (result.ok) onOpen(draftId, 'review.saved');
    else setError(errorMessage(result.error));
  };

  /** A status move's message is its action (and the note); say it in the interface's words. */
  const messageOf = (revision: RevisionSummary): string => {
    const first = revision.message.split('\n')[0]!;
    if (revision.kind !== 'statusChange') return first;
    const [action, ...note] = first.split(': ');
    return isMessageKey(`workflow.action.${action}`) ? [t(`workflow.action.${action}` as MessageKey), ...note].join(': ') : first;
  };

  const label = (revision: RevisionSummary): string =>
    `${dateFormat.format(new Date(revision.createdAt))} · ${revision.author || t('draft.someone')} · ${t(`history.kind.${revision.kind}`)}`;

  return (
    <section className="history" aria-labelledby="history-title">
      <h2 id="history-title">{t('history.title')}</h2>
      {error && (
        <p className="field-error" role="alert">
          {error}
        </p>
      )}
      <form
        className="history-save"
        onSubmit={(event) => {
          event.preventDefault();
          void saveRevision();
        }}
      >
        <TextField
          id="revision-message"
          label={t('history.message')}
          isInline
          isLabelHidden
          value={message}
          placeholder={t('history.message')}
          maxLength={4000}
          onChange={setMessage}
        />
        <button type="submit">{t('history.saveVersion')}</button>
      </form>
      {revisions?.length === 0 && <p className="panel-hint">{t('history.empty')}</p>}
      <ol className="revision-list" aria-label={t('history.title')}>
        {[...(revisions ?? [])].reverse().map((revision) => (
          <li key={revision.id} className="revision-item" aria-current={revision.id === selected ? 'true' : undefined}>
            <button type="button" className="revision-select" onClick={() => setSelected(revision.id)}>
              <span className="revision-label">{label(revision)}</span>
              {revision.message && (
                <span className="revision-message" dir="auto">
                  {messageOf(revision)}
                </span>
              )}
            </button>
          </li>
        ))}
      </ol>
      {selected && (
        <div
          className="side-item-actions revision-actions"
          role="group"
          aria-label={label(revisions!.find((revision) => revision.id === selected)!)}
        >
          <button
            type="button"
            onClick={() =>
              void api.call('revisions.get', { draftId, revisionId: selected }).then((result) => result.ok && setViewing(result.value))
            }
          >
            {t('history.view')}
          </button>
          <button
            type="button"
            onClick={() => {
              setFrom(selected);
              setTo(current);
              setViewing(undefined);
            }}
          >
            {t('history.compareWithCurrent')}
          </button>
          <button type="button" onClick={() => void restore(selected)}>
            {t('history.restore')}
          </button>
        </div>
      )}

      {viewing && (
        <section className="revision-view" aria-label={t('history.readOnly', { time: dateFormat.format(new Date(viewing.createdAt)) })}>
          <p className="panel-hint">{t('history.readOnly', { time: dateFormat.format(new Date(viewing.createdAt)) })}</p>
          <ArticlePreview content={viewing.content} />
        </section>
      )}

      {!viewing && revisions && revisions.length > 0 && (
        <section className="compare" aria-labelledby="compare-title">
          <h3 id="compare-title">{t('compare.title')}</h3>
          <div className="field-row">
            <label className="field">
              <span className="field-label">{t('compare.from')}</span>
              <select value={from} onChange={(event) => setFrom(event.target.value)}>
                {revisions.map((revision) => (
                  <option key={revision.id} value={revision.id}>
                    {label(revision)}
                  </option>
                ))}
                <option value={current}>{t('compare.current')}</option>
              </select>
            </label>
            <label className="field">
              <span className="field-label">{t('compare.to')}</span>
              <select value={to} onChange={(event) => setTo(event.target.value)}>
                <option value={current}>{t('compare.current')}</option>
                {revisions.map((revision) => (
                  <option key={revision.id} value={revision.id}>
                    {label(revision)}
                  </option>
                ))}
              </select>
            </label>
          </div>
          {diff && to === current && diff.changes.length > 0 && (
            <div className="review-actions">
              {!isReviewing ? (
                <button type="button" onClick={() => setIsReviewing(true)}>
                  {t('review.start')}
                </button>
              ) : (
                <>
                  <button type="button" onClick={() => setDecisions(new Map(diff.changes.map((change) => [change.id, true])))}>
                    {t('review.acceptAll')}
                  </button>
                  <button type="button" onClick={() => setDecisions(new Map(diff.changes.map((change) => [change.id, false])))}>
                    {t('review.rejectAll')}
                  </button>
                  <button
                    type="button"
                    className="button-primary"
                    onClick={() => (undecided > 0 ? setIsAskingUndecided(true) : void applyTheReview())}
                  >
                    {t('review.apply')}
                  </button>
                  <span className="panel-hint" role="status">
                    {t('review.undecided', { count: undecided })}
                  </span>
                </>
              )}
            </div>
          )}
          {diff && (
            <DiffView
              diff={diff}
              review={
                isReviewing && to === current
                  ? {
                      decisionOf: (id) => decisions.get(id),
                      decide: (id, isAccepted) => setDecisions((known) => new Map(known).set(id, isAccepted)),
                    }
                  : undefined
              }
            />
          )}
        </section>
      )}
      {isAskingUndecided && (
        <ConfirmDialog
          title={t('review.undecidedTitle')}
          message={t('review.undecidedQuestion', { count: undecided })}
          confirmLabel={t('review.acceptUndecided')}
          cancelLabel={t('review.backToReview')}
          onConfirm={() => void applyTheReview()}
          onCancel={() => setIsAskingUndecided(false)}
        />
      )}
    </section>
  );
}
