/**
 * The post changed on the site since our last publish: the site's text against ours, and the
 * user's choice — publish ours over it, or bring the site's text into the draft as a revision
 * (ours stays in the history). Nothing on the site is overwritten until the user chooses.
 */
import { useEffect, useMemo, useRef, useState } from 'react';
import type { ArticleContent } from '../../shared/model/article';
import { diffArticles } from '../../shared/review/articleDiff';
import { useApi } from '../api/ApiProvider';
import { useI18n } from '../i18n/I18nProvider';
import { DiffView } from '../review/DiffView';
import { siteCopyArticle } from './siteCopyArticle';

interface SiteCopyPanelProps {
  itemId: string;
  /** Called once the choice is made; `hasDraftChanged` when the site's text is now the draft. */
  onSettled: (hasDraftChanged: boolean) => void;
  /** Saves what is typed before the draft's text is replaced; undefined when it could not be saved. */
  settle: () => Promise<unknown>;
}

export function SiteCopyPanel({ itemId, onSettled, settle }: SiteCopyPanelProps) {
  const api = useApi();
  const { t, errorMessage } = useI18n();
  const [pair, setPair] = useState<{ site: ArticleContent; ours: ArticleContent } | undefined>();
  const [error, setError] = useState<string | undefined>();
  const [isBusy, setIsBusy] = useState(false);
  const headingRef = useRef<HTMLHeadingElement>(null);

  // The choice is what matters now: bring it into view and put the reader there.
  useEffect(() => {
    headingRef.current?.scrollIntoView({ block: 'start' });
    headingRef.current?.focus();
  }, []);

  useEffect(() => {
    let isCurrent = true;
    void api.call('publishing.siteCopy', { id: itemId }).then((result) => {
      if (!isCurrent) return;
      if (!result.ok) return setError(errorMessage(result.error));
      setPair({ site: siteCopyArticle(result.value.siteCopy, result.value.article), ours: result.value.article });
    });
    return () => {
      isCurrent = false;
    };
  }, [api, itemId, errorMessage]);

  const diff = useMemo(() => (pair ? diffArticles(pair.site, pair.ours) : undefined), [pair]);

  const overwrite = async (): Promise<void> => {
    setIsBusy(true);
    const result = await api.call('publishing.overwrite', { id: itemId });
    setIsBusy(false);
    if (result.ok) onSettled(false);
    else setError(errorMessage(result.error));
  };

  const adopt = async (): Promise<void> => {
    if (!pair) return;
    setIsBusy(true);
    if ((await settle()) === undefined) {
      setIsBusy(false);
      return setError(t('publish.unsaved'));
    }
    const { headline, standfirst, body } = pair.site;
    const result = await api.call('publishing.adoptSiteCopy', { id: itemId, headline, standfirst, body });
    setIsBusy(false);
    if (result.ok) onSettled(true);
    else setError(errorMessage(result.error));
  };

  return (
    <section className="site-copy-panel" aria-labelledby="site-copy-title" data-testid="site-copy-panel">
      <h2 id="site-copy-title" ref={headingRef} tabIndex={-1}>
        {t('siteCopy.title')}
      </h2>
      <p className="panel-hint">{t('siteCopy.explain')}</p>
      {error && (
        <p className="field-error" role="alert">
          {error}
        </p>
      )}
      {!diff && !error && <p className="panel-hint">{t('siteCopy.loading')}</p>}
      {diff && <DiffView diff={diff} />}
      <div className="dialog-actions">
        <button type="button" className="button-danger" disabled={!pair || isBusy} onClick={() => void overwrite()}>
          {t('siteCopy.overwrite')}
        </button>
        <button type="button" className="button-primary" disabled={!pair || isBusy} onClick={() => void adopt()}>
          {t('siteCopy.adopt')}
        </button>
      </div>
    </section>
  );
}
