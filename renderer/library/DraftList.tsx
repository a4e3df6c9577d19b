/** The drafts library: every draft, newest first; picking one opens it in the editor. */
import { useI18n } from '../i18n/I18nProvider';
import { useDraftSummaries } from './useDraftSummaries';

interface DraftListProps {
  openDraftId: string | undefined;
  onOpen: (id: string) => void;
  onCreate: () => void;
  onImport: () => void;
}

export function DraftList({ openDraftId, onOpen, onCreate, onImport }: DraftListProps) {
  const { t, language, errorMessage } = useI18n();
  const state = useDraftSummaries();
  const dateFormat = new Intl.DateTimeFormat(language, { dateStyle: 'medium', timeStyle: 'short' });

  return (
    <nav className="library" aria-labelledby="library-title">
      <header className="library-header">
        <h2 id="library-title">{t('library.title')}</h2>
        <div className="library-actions">
          <button type="button" className="button-primary" onClick={onCreate}>
            {t('library.newDraft')}
          </button>
          <button type="button" onClick={onImport}>
            {t('import.open')}
          </button>
        </div>
      </header>
      {state.status === 'loading' && <p className="library-message" role="status">{t('library.loading')}</p>}
      {state.status === 'failed' && <p className="library-message" role="alert">{errorMessage(state.error)}</p>}
      {state.status === 'ready' && state.drafts.length === 0 && <p className="library-message">{t('library.empty')}</p>}
      {state.status === 'ready' && state.drafts.length > 0 && (
        <ul className="draft-list" aria-labelledby="library-title">
          {state.drafts.map((draft) => (
            <li key={draft.id}>
              <button
                type="button"
                className="draft-list-item"
                aria-current={draft.id === openDraftId ? 'true' : undefined}
                onClick={() => onOpen(draft.id)}
              >
                {draft.section && <span className="draft-list-section">{draft.section}</span>}
                <span className="draft-list-headline" dir="auto">{draft.headline.trim() || t('library.untitled')}</span>
                {draft.excerpt && <span className="draft-list-excerpt" dir="auto">{draft.excerpt}</span>}
                <span className="draft-list-meta">
                  {t('library.wordCount', { count: draft.wordCount })} · {t('library.updatedAt', { time: dateFormat.format(new Date(draft.updatedAt)) })}
                </span>
              </button>
            </li>
          ))}
        </ul>
      )}
    </nav>
  );
}
