/**
 * The drafts library: search as you type (Arabic-aware), status and section chips, the
 * virtualised list, the trash and the drafts that need attention.
 */
import { useEffect, useState } from 'react';
import { articleStatuses, type ArticleStatus } from '../../shared/model/article';
import type { DamagedDraft } from '../../shared/model/library';
import { useApi } from '../api/ApiProvider';
import { useCollapsedPanel } from '../app/useCollapsedPanel';
import { useSettings } from '../app/useSettings';
import { DateField } from '../components/DateField';
import { PanelToggle } from '../components/PanelToggle';
import { useRovingFocus } from '../components/useRovingFocus';
import { TextField } from '../components/TextField';
import { useI18n } from '../i18n/I18nProvider';
import { NeedsAttentionView } from './NeedsAttentionView';
import { TrashView } from './TrashView';
import { useLibraryQuery } from './useLibraryQuery';
import { VirtualDraftList } from './VirtualDraftList';
import { textDirectionOf } from '../../shared/text/textDirection';
import { defaultDeskDateStyle } from '../../shared/text/deskDate';

interface LibraryPanelProps {
  openDraftId: string | undefined;
  onOpen: (id: string) => void;
  onCreate: () => void;
  onImport: () => void;
}

/** The library's tabs, each named in the catalogue as `library.view.<name>`. */
export const libraryViews = ['drafts', 'trash', 'attention'] as const;
type View = (typeof libraryViews)[number];

export function LibraryPanel({ openDraftId, onOpen, onCreate, onImport }: LibraryPanelProps) {
  const api = useApi();
  const { t, errorMessage } = useI18n();
  const [view, setView] = useState<View>('drafts');
  const [text, setText] = useState('');
  const [statuses, setStatuses] = useState<ArticleStatus[]>([]);
  const [section, setSection] = useState('');
  const [more, setMore] = useState({ author: '', tag: '', updatedFrom: '', updatedTo: '' });
  const [sections, setSections] = useState<string[]>([]);
  const [damaged, setDamaged] = useState<DamagedDraft[]>([]);
  const [exchangeMessage, setExchangeMessage] = useState<{ text: string; isError: boolean } | undefined>();

  const importWithHistory = async (file: File): Promise<void> => {
    const result = await api.call('drafts.importWithHistory', { text: await file.text() });
    if (!result.ok) return setExchangeMessage({ text: errorMessage(result.error), isError: true });
    setExchangeMessage({
      text: result.value.isConflict ? t('exchange.importedConflict') : t('exchange.imported', { count: result.value.addedRevisions }),
      isError: false,
    });
    onOpen(result.value.id);
  };
  const state = useLibraryQuery({ text, statuses, section, ...more });
  const hasMoreFilters = Object.values(more).some(Boolean);

  useEffect(() => {
    const load = (): void => {
      void api.call('drafts.sections', {}).then((result) => result.ok && setSections(result.value.sections));
      void api.call('drafts.needsAttention', {}).then((result) => result.ok && setDamaged(result.value.drafts));
    };
    load();
    return api.on('drafts.changed', load);
  }, [api]);

  const toggleStatus = (status: ArticleStatus): void =>
    setStatuses((current) => (current.includes(status) ? current.filter((other) => other !== status) : [...current, status]));

  const [isCollapsed, toggleCollapsed] = useCollapsedPanel('library');
  const deskDate = useSettings()?.deskDate ?? defaultDeskDateStyle;
  // The views and each row of chips are one Tab stop each, with the arrow keys inside.
  const tabsRoving = useRovingFocus<HTMLDivElement>();
  const statusRoving = useRovingFocus<HTMLDivElement>();
  const sectionRoving = useRovingFocus<HTMLDivElement>();

  return (
    <nav className="library" id="library" aria-labelledby="library-title" data-collapsed={isCollapsed || undefined}>
      <header className="library-header">
        <PanelToggle
          isCollapsed={isCollapsed}
          onToggle={toggleCollapsed}
          controls="library"
          collapseLabel="layout.collapseLibrary"
          expandLabel="layout.expandLibrary"
          edge="start"
        />
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
      <div className="library-exchange">
        <label className="file-button">
          {t('exchange.import')}
          <input
            type="file"
            accept=".json,application/json"
            onChange={(event) => {
              const file = event.target.files?.[0];
              event.target.value = '';
              if (file) void importWithHistory(file);
            }}
          />
        </label>
        {exchangeMessage && (
          <p className={exchangeMessage.isError ? 'field-error' : 'panel-hint'} role={exchangeMessage.isError ? 'alert' : 'status'}>
            {exchangeMessage.text}
          </p>
        )}
      </div>

      <div className="library-tabs" role="toolbar" aria-label={t('library.views')} {...tabsRoving}>
        {libraryViews.map((name) => (
          <button
            key={name}
            type="button"
            aria-pressed={view === name}
            onClick={() => setView(name)}
            data-warning={name === 'attention' && damaged.length > 0 ? true : undefined}
          >
            {t(`library.view.${name}`)}
            {name === 'attention' && damaged.length > 0 && <span className="count-badge"> {damaged.length}</span>}
          </button>
        ))}
      </div>

      {view === 'trash' && <TrashView />}
      {view === 'attention' && <NeedsAttentionView drafts={damaged} />}
      {view === 'drafts' && (
        <>
          <div className="library-search">
            <TextField
              id="library-search"
              label={t('library.search')}
              type="search"
              isInline
              isLabelHidden
              value={text}
              placeholder={t('library.searchPlaceholder')}
              onChange={setText}
            />
          </div>
          <div className="library-filters" role="group" aria-label={t('library.filters')}>
            <div className="chip-row" role="toolbar" aria-label={t('library.byStatus')} {...statusRoving}>
              {articleStatuses.map((status) => (
                <button
                  key={status}
                  type="button"
                  className="filter-chip"
                  aria-pressed={statuses.includes(status)}
                  onClick={() => toggleStatus(status)}
                >
                  {t(`status.${status}`)}
                </button>
              ))}
            </div>
            {sections.length > 0 && (
              <div className="chip-row" role="toolbar" aria-label={t('library.bySection')} {...sectionRoving}>
                <button type="button" className="filter-chip" aria-pressed={section === ''} onClick={() => setSection('')}>
                  {t('library.allSections')}
                </button>
                {sections.slice(0, 12).map((name) => (
                  <button
                    key={name}
                    type="button"
                    className="filter-chip"
                    aria-pressed={section === name}
                    onClick={() => setSection(section === name ? '' : name)}
                  >
                    {name}
                  </button>
                ))}
              </div>
            )}
            <details className="more-filters" open={hasMoreFilters || undefined}>
              <summary>{t('library.moreFilters')}</summary>
              <div className="more-filters-grid">
                <label>
                  <span>{t('article.byline')}</span>
                  <input
                    type="text"
                    dir={textDirectionOf(more.author)}
                    value={more.author}
                    onChange={(event) => setMore({ ...more, author: event.target.value })}
                  />
                </label>
                <label>
                  <span>{t('library.tag')}</span>
                  <input
                    type="text"
                    dir={textDirectionOf(more.tag)}
                    value={more.tag}
                    onChange={(event) => setMore({ ...more, tag: event.target.value })}
                  />
                </label>
                <DateField
                  id="library-updated-from"
                  label={t('library.updatedFrom')}
                  value={more.updatedFrom}
                  deskDate={deskDate}
                  onChange={(updatedFrom) => setMore({ ...more, updatedFrom })}
                />
                <DateField
                  id="library-updated-to"
                  label={t('library.updatedTo')}
                  value={more.updatedTo}
                  deskDate={deskDate}
                  onChange={(updatedTo) => setMore({ ...more, updatedTo })}
                />
              </div>
            </details>
          </div>
          {state.status === 'loading' && (
            <p className="library-message" role="status">
              {t('library.loading')}
            </p>
          )}
          {state.status === 'failed' && (
            <p className="library-message" role="alert">
              {errorMessage(state.error)}
            </p>
          )}
          {state.status === 'ready' && (
            <>
              <p className="library-count" role="status">
                {text.trim() && t('library.results', { count: state.total })}
                {state.items.length === 0 &&
                  (text.trim() || statuses.length > 0 || section || hasMoreFilters ? ` ${t('library.noResults')}` : t('library.empty'))}
              </p>
              {state.items.length > 0 && <VirtualDraftList items={state.items} openDraftId={openDraftId} onOpen={onOpen} />}
              <p className="visually-hidden">{t('library.keyboardHint')}</p>
            </>
          )}
        </>
      )}
    </nav>
  );
}
