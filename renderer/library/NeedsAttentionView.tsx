/** Drafts whose files cannot be read: why, and where a copy of their bytes was kept. */
import type { DamagedDraft } from '../../shared/model/library';
import { useI18n } from '../i18n/I18nProvider';

export function NeedsAttentionView({ drafts }: { drafts: readonly DamagedDraft[] }) {
  const { t } = useI18n();
  if (drafts.length === 0) return <p className="library-message">{t('attention.empty')}</p>;
  return (
    <ul className="plain-list library-side-view" aria-label={t('library.view.attention')}>
      {drafts.map((draft) => (
        <li key={draft.id} className="side-item side-item-warning">
          <span className="draft-list-headline">{t(`attention.reason.${draft.reason}`)}</span>
          <code dir="ltr" className="side-item-code">
            {draft.id}
          </code>
          <span className="draft-list-meta">{t('attention.quarantined', { path: draft.quarantinedAs })}</span>
        </li>
      ))}
    </ul>
  );
}
