/**
 * Above a draft the copy desk worked on, for its writer: how many places the copy editor changed
 * since the writer sent it ("غيّر المدقق ٥ مواضع"), with one action to see them in the history's
 * comparison (which compares with that same submission by default).
 */
import { useEffect, useState } from 'react';
import { articleContentOf, type Draft } from '../../shared/model/draft';
import type { Role } from '../../shared/model/workflow';
import { diffArticles } from '../../shared/review/articleDiff';
import { copyEditedSubmission } from '../../shared/review/copyDeskChanges';
import { useApi } from '../api/ApiProvider';
import { useI18n } from '../i18n/I18nProvider';

interface CopyDeskChangesNoticeProps {
  /** The draft as it opened. */
  draft: Draft;
  role: Role;
  onShowChanges: () => void;
}

export function CopyDeskChangesNotice({ draft, role, onShowChanges }: CopyDeskChangesNoticeProps) {
  const api = useApi();
  const { t } = useI18n();
  const [count, setCount] = useState(0);
  const [isDismissed, setIsDismissed] = useState(false);

  useEffect(() => {
    if (role !== 'writer') return;
    let isCurrent = true;
    void (async () => {
      const list = await api.call('revisions.list', { draftId: draft.id });
      const submission = list.ok ? copyEditedSubmission(list.value.revisions) : undefined;
      if (!submission || !isCurrent) return;
      const submitted = await api.call('revisions.get', { draftId: draft.id, revisionId: submission.id });
      if (!submitted.ok || !isCurrent) return;
      setCount(diffArticles(submitted.value.content, articleContentOf(draft)).changes.length);
    })();
    return () => {
      isCurrent = false;
    };
  }, [api, draft, role]);

  if (role !== 'writer' || count === 0 || isDismissed) return null;
  return (
    <div className="banner banner-info" role="status" data-testid="copy-desk-changes">
      <span>{t('copyDesk.changedPlaces', { count })}</span>
      <button
        type="button"
        onClick={() => {
          setIsDismissed(true);
          onShowChanges();
        }}
      >
        {t('copyDesk.showChanges')}
      </button>
    </div>
  );
}
