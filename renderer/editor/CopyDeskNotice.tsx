/**
 * Above a draft whose text the copy desk passed, for a writer: before the first change, a warning
 * that editing sends it back to the copy desk; once an edit has, the notice says so with the new status.
 */
import type { ArticleStatus } from '../../shared/model/article';
import { statusAfterEdit, type Role } from '../../shared/model/workflow';
import { useI18n } from '../i18n/I18nProvider';

interface CopyDeskNoticeProps {
  /** The status the draft had when it opened. */
  openedWith: ArticleStatus;
  /** The status now, as saves left it. */
  status: ArticleStatus;
  role: Role;
}

export function CopyDeskNotice({ openedWith, status, role }: CopyDeskNoticeProps) {
  const { t } = useI18n();
  const movesTo = statusAfterEdit(role, openedWith);
  // Moved some other way meanwhile (published, say): the warning no longer applies.
  if (!movesTo || (status !== openedWith && status !== movesTo)) return null;
  const hasMoved = status === movesTo;
  return (
    <div className="banner banner-warning" role="status" data-testid="copy-desk-notice">
      {hasMoved
        ? t('copyDesk.sentBack', { status: t(`status.${status}`) })
        : t('copyDesk.editSendsBack', { status: t(`status.${openedWith}`), next: t(`status.${movesTo}`) })}
    </div>
  );
}
