/**
 * Shown when a save was refused because the draft changed elsewhere. Both versions are on disk
 * (the other as the current draft, mine as a conflict copy, and whatever was typed since in this
 * editor); the user keeps mine, keeps the other, keeps both, or looks at them side by side.
 */
import { articleCopy } from '../../shared/model/articleCopy';
import { useEffect, useState } from 'react';
import type { ArticleContent } from '../../shared/model/article';
import { useApi } from '../api/ApiProvider';
import { useI18n } from '../i18n/I18nProvider';
import { ArticlePreview } from './ArticlePreview';

interface ConflictPanelProps {
  draftId: string;
  /** The conflict copy this editor's refused save left (others' copies are not this panel's to settle). */
  conflictId: string | undefined;
  /** My version as it is now in this editor. */
  mine: () => ArticleContent;
  /** After a decision: open the draft again from disk (and, for "keep both", where my copy went). */
  onResolved: (openId: string) => void;
}

export function ConflictPanel({ draftId, conflictId, mine, onResolved }: ConflictPanelProps) {
  const api = useApi();
  const { t, errorMessage } = useI18n();
  const [theirs, setTheirs] = useState<ArticleContent | undefined>();
  const [isComparing, setIsComparing] = useState(false);
  const [error, setError] = useState<string | undefined>();

  useEffect(() => {
    void api
      .call('drafts.get', { id: draftId })
      .then((result) => (result.ok ? setTheirs(result.value) : setError(errorMessage(result.error))));
  }, [api, draftId, errorMessage]);

  /** The copy this editor's refused save left is settled by the decision (it is what "mine" was): drop it. */
  const dropCopies = async (): Promise<void> => {
    if (conflictId) await api.call('drafts.resolveConflict', { id: draftId, conflictId, resolution: 'keepTheirs' });
  };

  const keepMine = async (): Promise<void> => {
    const current = await api.call('drafts.get', { id: draftId });
    if (!current.ok) return setError(errorMessage(current.error));
    const saved = await api.call('drafts.save', { id: draftId, baseVersion: current.value.version, content: mine() });
    if (!saved.ok) return setError(errorMessage(saved.error));
    await dropCopies();
    onResolved(draftId);
  };

  const keepTheirs = async (): Promise<void> => {
    await dropCopies();
    onResolved(draftId);
  };

  const keepBoth = async (): Promise<void> => {
    const copy = await api.call('drafts.create', {
      content: articleCopy(mine(), t('library.copySuffix')),
    });
    if (!copy.ok) return setError(errorMessage(copy.error));
    await dropCopies();
    onResolved(draftId);
  };

  return (
    <section className="conflict-panel" role="alert" aria-labelledby="conflict-title">
      <h2 id="conflict-title">{t('conflict.title')}</h2>
      <p>{t('conflict.explanation')}</p>
      <div className="conflict-actions">
        <button type="button" className="button-primary" onClick={() => void keepMine()}>
          {t('conflict.keepMine')}
        </button>
        <button type="button" onClick={() => void keepTheirs()}>
          {t('conflict.keepTheirs')}
        </button>
        <button type="button" onClick={() => void keepBoth()}>
          {t('conflict.keepBoth')}
        </button>
        <button type="button" aria-expanded={isComparing} onClick={() => setIsComparing(!isComparing)}>
          {isComparing ? t('conflict.hideSideBySide') : t('conflict.sideBySide')}
        </button>
      </div>
      {error && <p className="field-error">{error}</p>}
      {isComparing && theirs && (
        <div className="side-by-side">
          <section aria-label={t('conflict.mine')}>
            <h3>{t('conflict.mine')}</h3>
            <ArticlePreview content={mine()} />
          </section>
          <section aria-label={t('conflict.theirs')}>
            <h3>{t('conflict.theirs')}</h3>
            <ArticlePreview content={theirs} />
          </section>
        </div>
      )}
    </section>
  );
}
