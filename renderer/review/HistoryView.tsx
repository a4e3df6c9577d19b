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
import type { MessageKey } from '../../shared/i18n/catalogue';
import { summariseChange } from '../../shared/review/changeSummary';
import { lastSubmission } from '../../shared/review/copyDeskChanges';
import { describeChange } from './describeChange';
import { revisionKindLabel, revisionNoteLines } from './describeRevision';
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
      setFrom((previous) => previous || lastSubmission(list.value.revisions)?.id || list.value.revisions.at(-1)?.id || '');
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
    const accepted = diff.changes.filter((change) => isAccepted(change.id)).map((change) => summariseChange(change, diff));
    const rejected = diff.changes.filter((change) => !isAccepted(change.id)).map((change) => summariseChange(change, diff));
    // The decisions go as data, said in the reader's language; the message is their text for older versions of the app.
    const lines = [
      t('review.summary', { accepted: accepted.length, rejected: rejected.length }),
      ...accepted.map((change) => `${t('review.accepted')}: ${describeChange(change, t)}`),
      ...rejected.map((change) => `${t('review.rejected')}: ${describeChange(change, t)}`),
    ];
    const draft = await settle();
    const result = await api.call('drafts.saveReview', {
      id: draftId,
      baseVersion: (draft ?? latest).version,
      content: outcome,
      message: lines.join('\n').slice(0, 4000),
      decisions: { accepted, rejected },
    });
    if (result.ok) onOpen(draftId, 'review.saved');
    else setError(errorMessage(result.error));
  };

  /**
   * Who saved a compared side and when: a revision's author and time; for the current text, its
   * last save's time and the author of the revision taken of that version, if there is one.
   */
  const sideOf = (id: string): string => {
    if (id !== current) {
      const revision = revisions?.find((candidate) => candidate.id === id);
      return revision
        ? t('compare.sideBy', { author: revision.author || t('draft.someone'), time: dateFormat.format(new Date(revision.createdAt)) })
        : '';
    }
    if (!latest) return '';
    const time = dateFormat.format(new Date(latest.updatedAt));
    const ofCurrent = revisions?.findLast((revision) => revision.draftVersion === latest.version);
    return ofCurrent?.author ? t('compare.sideBy', { author: ofCurrent.author, time }) : t('compare.sideAt', { time });
  };

  const label = (revision: RevisionSummary): string =>
    `${dateFormat.format(new Date(revision.createdAt))} · ${revision.author || t('draft.someone')} · ${revisionKindLabel(revision, t)}`;

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
              {revisionNoteLines(revision, t).map((line, index) => (
                <span key={index} className="revision-message" dir="auto">
                  {line}
                </span>
              ))}
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
          <p className="compare-sides" data-compare-sides>
            <span data-side="from">
              {t('compare.from')}: <span dir="auto">{sideOf(from)}</span>
            </span>
            <span data-side="to">
              {t('compare.to')}: <span dir="auto">{sideOf(to)}</span>
            </span>
          </p>
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
