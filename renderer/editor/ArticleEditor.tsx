/**
 * One open article: its structured fields, the right-to-left body editor with its toolbar, and a
 * side panel (counts, outline, details, related articles); or the preview. Autosaved. Counts and
 * outline follow the body a moment after typing pauses, so keystrokes cost what TipTap costs.
 */
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { EditorContent, useEditor } from '@tiptap/react';
import { articleLimits } from '../../shared/model/article';
import { articleOutline } from '../../shared/model/articleOutline';
import { sumTextStats, textStats } from '../../shared/text/textCounts';
import { plainTextOf } from '../../shared/model/plainText';
import type { Draft } from '../../shared/model/draft';
import type { ConflictCopy } from '../../shared/model/library';
import { importPlainText } from '../../shared/import/plainTextImport';
import { useApi } from '../api/ApiProvider';
import { useI18n } from '../i18n/I18nProvider';
import { ArticlePreview } from './ArticlePreview';
import type { SaveState } from './autosaver';
import { bodyExtensions } from './bodyExtensions';
import { BodyToolbar } from './BodyToolbar';
import { ConflictPanel } from './ConflictPanel';
import { DraftSession, type ArticleFields } from './draftSession';
import { LengthGuide } from './fields/LengthGuide';
import { RelatedArticlesEditor } from './fields/RelatedArticlesEditor';
import { SlugField } from './fields/SlugField';
import { TagsField } from './fields/TagsField';
import { TextField } from './fields/TextField';
import { sanitisePastedHtml } from './pasteSanitiser';
import { OutlinePanel } from './panels/OutlinePanel';
import { StatsPanel } from './panels/StatsPanel';
import { SaveStatus } from './SaveStatus';
import { WorkflowBar } from './WorkflowBar';
import { downloadText, ExportMenu } from './ExportMenu';
import { registerPendingSave } from './pendingSaves';
import { HistoryView } from '../review/HistoryView';
import { useSettings } from '../app/useSettings';
import type { PreflightField } from '../../shared/publishing/preflight';
import { PublishPanel } from '../publishing/PublishPanel';
import { SiteCopyPanel } from '../publishing/SiteCopyPanel';

const bodyRefreshDelayMs = 400;

/** Plain text that reads as a whole article: several paragraphs and some length. */
function looksLikeArticle(text: string): boolean {
  return text.split(/\n\s*\n|\n/).filter((line) => line.trim()).length >= 4 && text.length >= 200;
}

interface ArticleEditorProps {
  draft: Draft;
  /** Opens a draft afresh from disk (after a conflict is settled, or a duplicate is made). */
  onOpen: (id: string) => void;
  /** The draft went away (moved to the trash). */
  onClosed: () => void;
  onOpenSettings: () => void;
}

/** The element each checked field is edited in. */
const preflightFieldElementIds: Record<Exclude<PreflightField, 'body' | 'related'>, string> = {
  section: 'section',
  headline: 'headline',
  standfirst: 'standfirst',
  byline: 'byline',
  tags: 'tags-input',
  slug: 'slug',
  seoDescription: 'seo-description',
  scheduledFor: 'publish-scheduled-for',
};

const editLockRenewMs = 30_000;

export function ArticleEditor({ draft, onOpen, onClosed, onOpenSettings }: ArticleEditorProps) {
  const api = useApi();
  const { t, errorMessage } = useI18n();
  const [session] = useState(() => new DraftSession(api, draft));
  const [lockHolder, setLockHolder] = useState<{ name: string; machine: string } | undefined>();
  const [actionError, setActionError] = useState<string | undefined>();
  const [isUnreadable, setIsUnreadable] = useState(false);
  const [waitingCopy, setWaitingCopy] = useState<ConflictCopy | undefined>();
  const [fields, setFields] = useState<ArticleFields>(session.fields);
  const [body, setBody] = useState(draft.body);
  const [saveState, setSaveState] = useState<SaveState>(session.autosaver.currentState);
  const [mode, setMode] = useState<'edit' | 'preview' | 'history'>('edit');
  const settings = useSettings();
  const [isLinkFormOpen, setIsLinkFormOpen] = useState(false);
  const [pastedArticle, setPastedArticle] = useState<string | undefined>();
  const [sections, setSections] = useState<string[]>([]);
  const [comparingItemId, setComparingItemId] = useState<string | undefined>();
  const refreshTimer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);

  const update = useCallback((change: Partial<ArticleFields>) => setFields(session.updateFields(change)), [session]);

  const editor = useEditor(
    {
      extensions: bodyExtensions({ placeholder: t('editor.bodyPlaceholder'), onLinkRequest: () => setIsLinkFormOpen(true) }),
      content: draft.body,
      textDirection: 'auto',
      injectCSS: false,
      // A body the editor cannot read must never be replaced by what it shows instead (nothing):
      // saving stops and the draft opens read-only with a warning.
      enableContentCheck: true,
      onContentError: () => {
        session.autosaver.block();
        setIsUnreadable(true);
      },
      editorProps: {
        attributes: { 'aria-label': t('editor.body'), 'aria-multiline': 'true', role: 'textbox', class: 'body-editor', spellcheck: 'true' },
        transformPastedHTML: sanitisePastedHtml,
        handlePaste: (view, event) => {
          const text = event.clipboardData?.getData('text/plain') ?? '';
          const hasHtml = Boolean(event.clipboardData?.getData('text/html'));
          if (!hasHtml && view.state.doc.textContent.trim() === '' && looksLikeArticle(text)) setPastedArticle(text);
          return false;
        },
      },
      onUpdate: ({ transaction }) => {
        if (!transaction.docChanged) return;
        session.markBodyChanged();
        clearTimeout(refreshTimer.current);
        refreshTimer.current = setTimeout(() => setBody(session.body()), bodyRefreshDelayMs);
      },
    },
    [session],
  );

  useEffect(() => {
    session.attachEditor(editor);
    if (editor && performance.getEntriesByName('midad:open:start', 'mark').length > 0) {
      performance.mark('midad:open:ready');
      performance.measure('midad:open', 'midad:open:start', 'midad:open:ready');
      performance.clearMarks('midad:open:start');
    }
  }, [session, editor]);

  useEffect(() => {
    void api.call('drafts.sections', {}).then((result) => result.ok && setSections(result.value.sections));
  }, [api]);

  // A conflict copy left earlier (another desk's refused save, a disagreeing import) is settled here too.
  useEffect(() => {
    let isCurrent = true;
    void api
      .call('drafts.conflicts', { id: draft.id })
      .then((result) => isCurrent && result.ok && setWaitingCopy(result.value.conflicts.at(-1)));
    return () => {
      isCurrent = false;
    };
  }, [api, draft.id]);

  // The advisory edit lock: taken on opening, renewed while open, let go on leaving.
  useEffect(() => {
    const acquire = (): void => {
      void api.call('drafts.acquireEditLock', { id: draft.id }).then((result) => {
        if (result.ok)
          setLockHolder(result.value.heldBy ? { name: result.value.heldBy.name, machine: result.value.heldBy.machine } : undefined);
      });
    };
    acquire();
    const timer = setInterval(acquire, editLockRenewMs);
    return () => {
      clearInterval(timer);
      void api.call('drafts.releaseEditLock', { id: draft.id });
    };
  }, [api, draft.id]);

  useEffect(() => {
    const { autosaver } = session;
    const stop = autosaver.onState(setSaveState);
    const flushNow = (): void => void autosaver.flush();
    const onVisibility = (): void => {
      if (document.visibilityState === 'hidden') flushNow();
    };
    window.addEventListener('pagehide', flushNow);
    document.addEventListener('visibilitychange', onVisibility);
    const unregister = registerPendingSave(
      () => autosaver.flush(),
      () => autosaver.hasPendingChanges,
    );
    return () => {
      unregister();
      window.removeEventListener('pagehide', flushNow);
      document.removeEventListener('visibilitychange', onVisibility);
      clearTimeout(refreshTimer.current);
      stop();
      // Leaving the draft: take the body now, while the editor still exists, then save what is unsaved.
      session.snapshotBody();
      void autosaver.flush().then(() => autosaver.dispose());
    };
  }, [session]);

  // The body is counted when it changes, the headline and standfirst when they do: a headline
  // keystroke must not re-count a 10,000-word body.
  const bodyStats = useMemo(() => textStats(plainTextOf(body)), [body]);
  const headStats = useMemo(
    () => textStats([fields.headline, fields.standfirst].filter(Boolean).join('\n')),
    [fields.headline, fields.standfirst],
  );
  const stats = useMemo(() => sumTextStats([headStats, bodyStats]), [bodyStats, headStats]);
  const outline = useMemo(() => articleOutline(body), [body]);
  const publishedArticle = useMemo(() => ({ ...fields, body }), [fields, body]);

  const jumpTo = (blockIndex: number): void => {
    if (!editor) return;
    setMode('edit');
    let position: number | undefined;
    editor.state.doc.forEach((_node, offset, index) => {
      if (index === blockIndex) position = offset + 1;
    });
    if (position === undefined) return;
    editor.chain().focus().setTextSelection(position).scrollIntoView().run();
    const element = editor.view.nodeDOM(position - 1);
    if (element instanceof HTMLElement) element.scrollIntoView({ block: 'center' });
  };

  /** Takes the user to a field a check before publishing named. */
  const jumpToField = (field: PreflightField, index?: number): void => {
    setMode('edit');
    if (field === 'body') {
      editor?.chain().focus().scrollIntoView().run();
      return;
    }
    const element =
      field === 'related'
        ? (document.querySelectorAll<HTMLElement>('.related-list > li')[index ?? 0]?.querySelector<HTMLElement>('input') ??
          document.getElementById('related-title'))
        : document.getElementById(preflightFieldElementIds[field]);
    // After the form is shown again (leaving the preview), in the next frame.
    requestAnimationFrame(() => {
      element?.scrollIntoView({ block: 'center' });
      element?.focus();
    });
  };

  const acceptPastedArticle = (): void => {
    if (!pastedArticle) return;
    const { content } = importPlainText(pastedArticle);
    setFields(session.replaceContent(content));
    setBody(content.body);
    setPastedArticle(undefined);
  };

  const loadOtherDrafts = useCallback(async () => {
    const result = await api.call('drafts.list', {});
    return result.ok ? result.value.drafts : [];
  }, [api]);

  /** Saves what is unsaved and returns the draft as it now is on disk (for moves, history and review). */
  const settle = useCallback(async () => {
    await session.autosaver.flush();
    const result = await api.call('drafts.get', { id: draft.id });
    return result.ok ? result.value : undefined;
  }, [api, session, draft.id]);

  /** As `settle`, but only when everything typed is on disk: what goes to a site must be what the user sees. */
  const settleSaved = useCallback(async () => {
    const saved = await settle();
    return session.autosaver.currentState.status === 'failed' || session.autosaver.hasPendingChanges ? undefined : saved;
  }, [settle, session]);

  const move = async (to: Draft['status'], note: string): Promise<void> => {
    await session.autosaver.flush();
    const result = await api.call('drafts.transition', { id: draft.id, to, note });
    if (result.ok) onOpen(draft.id);
    else setActionError(errorMessage(result.error));
  };

  const exportWithHistory = async (): Promise<void> => {
    await session.autosaver.flush();
    const result = await api.call('drafts.exportWithHistory', { id: draft.id });
    if (!result.ok) return setActionError(errorMessage(result.error));
    downloadText(result.value.fileName, result.value.text, 'application/json');
  };

  return (
    <div className="article-workspace">
      <div className="article-main">
        <div className="article-topbar">
          <div className="segmented" role="group" aria-label={`${t('view.edit')} / ${t('view.preview')}`}>
            <button type="button" aria-pressed={mode === 'edit'} onClick={() => setMode('edit')}>
              {t('view.edit')}
            </button>
            <button
              type="button"
              aria-pressed={mode === 'preview'}
              onClick={() => {
                setBody(session.body());
                setMode('preview');
              }}
            >
              {t('view.preview')}
            </button>
            <button type="button" aria-pressed={mode === 'history'} onClick={() => setMode('history')}>
              {t('history.open')}
            </button>
          </div>
          <div className="draft-actions" role="group" aria-label={t('draft.actions')}>
            <button
              type="button"
              onClick={() =>
                void session.autosaver.flush().then(async () => {
                  const copy = await api.call('drafts.duplicate', { id: draft.id });
                  if (copy.ok) onOpen(copy.value.id);
                  else setActionError(errorMessage(copy.error));
                })
              }
            >
              {t('draft.duplicate')}
            </button>
            <ExportMenu content={() => session.content()} onExportWithHistory={() => void exportWithHistory()} />
            <button
              type="button"
              className="button-danger"
              onClick={() =>
                void session.autosaver.flush().then(async () => {
                  const trashed = await api.call('drafts.trash', { id: draft.id });
                  if (trashed.ok) onClosed();
                  else setActionError(errorMessage(trashed.error));
                })
              }
            >
              {t('draft.trash')}
            </button>
          </div>
          <SaveStatus state={saveState} />
        </div>
        <WorkflowBar status={draft.status} role={settings?.role ?? 'writer'} onMove={(to, note) => void move(to, note)} />
        {actionError && (
          <p className="field-error" role="alert">
            {actionError}
          </p>
        )}
        {isUnreadable && (
          <div className="banner banner-error" role="alert">
            {t('editor.unreadable')}
          </div>
        )}
        {lockHolder && (
          <div className="banner banner-warning" role="status">
            {t('draft.lockedBy', { name: lockHolder.name || t('draft.someone'), machine: lockHolder.machine })}
          </div>
        )}
        {waitingCopy && !(saveState.status === 'failed' && saveState.error.code === 'draft.conflict') && (
          <ConflictPanel draftId={draft.id} conflictId={waitingCopy.conflictId} mine={() => waitingCopy.content} onResolved={onOpen} />
        )}
        {saveState.status === 'failed' && saveState.error.code === 'draft.conflict' && (
          <ConflictPanel draftId={draft.id} conflictId={saveState.error.conflictId} mine={() => session.content()} onResolved={onOpen} />
        )}

        {pastedArticle && (
          <div className="banner banner-offer" role="region" aria-label={t('import.title')}>
            <p>{t('import.pasteOffer')}</p>
            <button type="button" className="button-primary" onClick={acceptPastedArticle}>
              {t('import.pasteAccept')}
            </button>
            <button type="button" onClick={() => setPastedArticle(undefined)}>
              {t('import.pasteDismiss')}
            </button>
          </div>
        )}

        {comparingItemId && (
          <SiteCopyPanel
            key={comparingItemId}
            itemId={comparingItemId}
            settle={settleSaved}
            onSettled={(hasDraftChanged) => {
              setComparingItemId(undefined);
              if (hasDraftChanged) onOpen(draft.id);
            }}
          />
        )}

        {mode === 'preview' && <ArticlePreview content={{ ...fields, body }} />}
        {mode === 'history' && <HistoryView draftId={draft.id} settle={settle} onOpen={onOpen} />}

        <div className="article-form" hidden={mode !== 'edit'}>
          <div className="field-row">
            <TextField
              id="section"
              label={t('article.section')}
              value={fields.section}
              maxLength={120}
              list="section-options"
              placeholder={t('article.sectionPlaceholder')}
              onChange={(section) => update({ section })}
            >
              <datalist id="section-options">
                {sections.map((section) => (
                  <option key={section} value={section} />
                ))}
              </datalist>
            </TextField>
            <TextField
              id="kicker"
              label={t('article.kicker')}
              value={fields.kicker}
              maxLength={articleLimits.kicker.max}
              placeholder={t('article.kickerPlaceholder')}
              onChange={(kicker) => update({ kicker })}
            />
          </div>

          <div className="field">
            <label htmlFor="headline" className="field-label">
              {t('editor.headline')}
            </label>
            <textarea
              id="headline"
              className="headline-input"
              dir="auto"
              rows={2}
              value={fields.headline}
              aria-describedby="headline-guide"
              placeholder={t('editor.headlinePlaceholder')}
              onChange={(event) => update({ headline: event.target.value.replace(/\n/g, ' ') })}
              onKeyDown={(event) => {
                if (event.key === 'Enter') {
                  event.preventDefault();
                  document.getElementById('standfirst')?.focus();
                }
              }}
            />
            <LengthGuide id="headline-guide" text={fields.headline} limits={articleLimits.headline} isWordCountShown />
          </div>

          <div className="field">
            <label htmlFor="standfirst" className="field-label">
              {t('article.standfirst')}
            </label>
            <textarea
              id="standfirst"
              className="standfirst-input"
              dir="auto"
              rows={3}
              value={fields.standfirst}
              aria-describedby="standfirst-guide"
              placeholder={t('article.standfirstPlaceholder')}
              onChange={(event) => update({ standfirst: event.target.value })}
            />
            <LengthGuide id="standfirst-guide" text={fields.standfirst} limits={articleLimits.standfirst} />
          </div>

          <div className="field-row">
            <TextField
              id="byline"
              label={t('article.byline')}
              value={fields.byline}
              maxLength={200}
              placeholder={t('article.bylinePlaceholder')}
              onChange={(byline) => update({ byline })}
            />
            <TextField
              id="dateline-place"
              label={t('article.datelinePlace')}
              value={fields.dateline.place}
              maxLength={120}
              placeholder={t('article.datelinePlacePlaceholder')}
              onChange={(place) => update({ dateline: { ...fields.dateline, place } })}
            />
            <div className="field field-narrow">
              <label htmlFor="dateline-date" className="field-label">
                {t('article.datelineDate')}
              </label>
              <input
                id="dateline-date"
                type="date"
                value={fields.dateline.date}
                onChange={(event) => update({ dateline: { ...fields.dateline, date: event.target.value } })}
              />
            </div>
          </div>

          <div className="field">
            <span className="field-label" id="body-label">
              {t('editor.body')}
            </span>
            {editor && <BodyToolbar editor={editor} isLinkFormOpen={isLinkFormOpen} onLinkFormChange={setIsLinkFormOpen} />}
            <EditorContent editor={editor} className="body-editor-frame" dir={fields.language === 'ar' ? 'rtl' : 'ltr'} />
          </div>
        </div>
      </div>

      <aside className="article-side" aria-label={t('article.metadata')}>
        <PublishPanel
          draftId={draft.id}
          article={publishedArticle}
          settle={settleSaved}
          onJump={jumpToField}
          onCompare={(item) => setComparingItemId(item.id)}
          onAddSite={onOpenSettings}
        />
        <StatsPanel stats={stats} />
        <OutlinePanel entries={outline} onJump={jumpTo} />
        <section className="panel" aria-labelledby="metadata-title">
          <h2 id="metadata-title" className="panel-title">
            {t('article.metadata')}
          </h2>
          <TagsField tags={fields.tags} onChange={(tags) => update({ tags })} />
          <SlugField slug={fields.slug} isEdited={fields.isSlugEdited} headline={fields.headline} onChange={update} />
          <div className="field">
            <label htmlFor="seo-description" className="field-label">
              {t('article.seoDescription')}
            </label>
            <textarea
              id="seo-description"
              dir="auto"
              rows={3}
              value={fields.seoDescription}
              aria-describedby="seo-guide"
              onChange={(event) => update({ seoDescription: event.target.value })}
            />
            <LengthGuide id="seo-guide" text={fields.seoDescription} limits={articleLimits.seoDescription} />
          </div>
        </section>
        <RelatedArticlesEditor
          items={fields.related}
          loadDrafts={loadOtherDrafts}
          currentDraftId={draft.id}
          onChange={(related) => update({ related })}
        />
      </aside>
    </div>
  );
}
