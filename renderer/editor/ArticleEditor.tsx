/**
 * One open article: its structured fields, the right-to-left body editor with its toolbar, and a
 * side panel (publishing, counts, outline, details, related articles); or the preview, or the
 * history. Autosaved. Counts and outline follow the body a moment after typing pauses, and a
 * keystroke in the body re-renders neither the form nor the side panel: every part is memoised
 * and given stable props.
 */
import { useCallback, useDeferredValue, useMemo, useState } from 'react';
import { articleOutline } from '../../shared/model/articleOutline';
import type { MessageKey } from '../../shared/i18n/catalogue';
import type { Draft } from '../../shared/model/draft';
import type { OutboxSummary } from '../../shared/publishing/outboxItem';
import type { PreflightField } from '../../shared/publishing/preflight';
import { useApi } from '../api/ApiProvider';
import { useCollapsedPanel } from '../app/useCollapsedPanel';
import { useSettings } from '../app/useSettings';
import { PanelToggle } from '../components/PanelToggle';
import { useI18n } from '../i18n/I18nProvider';
import { PublishPanel } from '../publishing/PublishPanel';
import { SiteCopyPanel } from '../publishing/SiteCopyPanel';
import { HistoryView } from '../review/HistoryView';
import { ArticleActionsBar, type ArticleMode } from './ArticleActionsBar';
import { ArticleFieldsForm } from './ArticleFieldsForm';
import { useAppCommand } from '../app/useAppCommand';
import { nextMove } from '../../shared/model/workflow';
import { defaultDeskDateStyle } from '../../shared/text/deskDate';
import { ArticleMetadataPanel } from './ArticleMetadataPanel';
import { ArticlePreview } from './ArticlePreview';
import { ConflictPanel } from './ConflictPanel';
import { CopyDeskChangesNotice } from './CopyDeskChangesNotice';
import { CopyDeskNotice } from './CopyDeskNotice';
import { DraftSession, type ArticleFields } from './draftSession';
import { RelatedArticlesEditor } from './fields/RelatedArticlesEditor';
import { jumpToBlock, jumpToField } from './jumpToField';
import { OutlinePanel } from './panels/OutlinePanel';
import { StatsPanel } from './panels/StatsPanel';
import { PastedArticleOffer } from './PastedArticleOffer';
import { useArticleStats } from './useArticleStats';
import { useAutosaveLifecycle } from './useAutosaveLifecycle';
import { useBodyEditor } from './useBodyEditor';
import { useDraftStatus } from './useDraftStatus';
import { useEditLock } from './useEditLock';
import { useWaitingConflictCopy } from './useWaitingConflictCopy';
import { WorkflowBar } from './WorkflowBar';

/** What the side panel shows for the body in the moment the draft opens, before it follows the body. */
const openingBody: Draft['body'] = { type: 'doc', content: [] };

interface ArticleEditorProps {
  draft: Draft;
  /** Said once above the draft, as it opens (what just happened to it). */
  notice?: MessageKey;
  /** Opens a draft afresh from disk (after a conflict is settled, or a duplicate is made), with a notice to say. */
  onOpen: (id: string, notice?: MessageKey) => void;
  /** The draft went away (moved to the trash). */
  onClosed: () => void;
  onOpenSettings: () => void;
}

export function ArticleEditor({ draft, notice, onOpen, onClosed, onOpenSettings }: ArticleEditorProps) {
  const api = useApi();
  const { t, errorMessage } = useI18n();
  const settings = useSettings();
  const role = settings?.role ?? 'writer';
  // The status as saves and moves leave it: the editor stays open when a writer's edit sends the draft back to the copy desk.
  const [status, setStatus] = useDraftStatus(draft);
  /** The status the draft opened with, or the last move made here left it in: what a writer's edit starts from. */
  const [movedTo, setMovedTo] = useState(draft.status);
  const [session] = useState(() => new DraftSession(api, draft, setStatus));
  const [fields, setFields] = useState<ArticleFields>(session.fields);
  const [mode, setMode] = useState<ArticleMode>('edit');
  const [actionError, setActionError] = useState<string | undefined>();
  const [comparingItemId, setComparingItemId] = useState<string | undefined>();
  const [isSideCollapsed, toggleSide] = useCollapsedPanel('articleSide');
  const lockHolder = useEditLock(draft.id);
  const waitingCopy = useWaitingConflictCopy(draft.id);
  const saveState = useAutosaveLifecycle(session);
  const bodyEditor = useBodyEditor(session, draft.body);
  const { editor, body, refreshBody } = bodyEditor;

  const update = useCallback((change: Partial<ArticleFields>) => setFields(session.updateFields(change)), [session]);
  const updateRelated = useCallback((related: ArticleFields['related']) => update({ related }), [update]);
  // The side panel (counts, outline, checks) follows the body at a lower priority: on opening, the
  // editor is there first and the panel fills in right after; while typing it already waits for a pause.
  const sideBody = useDeferredValue(body, openingBody);
  const stats = useArticleStats(fields.headline, fields.standfirst, sideBody);
  const outline = useMemo(() => articleOutline(sideBody), [sideBody]);
  const publishedArticle = useMemo(() => ({ ...fields, body: sideBody }), [fields, sideBody]);
  const previewedArticle = useMemo(() => ({ ...fields, body }), [fields, body]);

  const changeMode = useCallback(
    (next: ArticleMode) => {
      if (next === 'preview') refreshBody();
      setMode(next);
    },
    [refreshBody],
  );
  const jumpToOutlineEntry = useCallback(
    (blockIndex: number) => {
      if (!editor) return;
      setMode('edit');
      jumpToBlock(editor, blockIndex);
    },
    [editor],
  );
  const jumpToCheckedField = useCallback(
    (field: PreflightField, index?: number) => {
      setMode('edit');
      jumpToField(editor, field, index);
    },
    [editor],
  );
  const compare = useCallback((item: OutboxSummary) => setComparingItemId(item.id), []);

  const loadOtherDrafts = useCallback(async () => {
    const result = await api.call('drafts.list', {});
    return result.ok ? result.value.drafts : [];
  }, [api]);

  const settle = useCallback(() => session.settle(), [session]);
  const settleSaved = useCallback(() => session.settleSaved(), [session]);

  // A move leaves the editor open (and the caret where it was): what is typed meanwhile is saved after it.
  const move = async (to: Draft['status'], note: string): Promise<void> => {
    const result = await session.move(to, note);
    if (!result.ok) return setActionError(errorMessage(result.error));
    setActionError(undefined);
    setStatus(result.value.status);
    setMovedTo(result.value.status);
  };

  useAppCommand('togglePreview', () => changeMode(mode === 'preview' ? 'edit' : 'preview'));
  useAppCommand('nextWorkflowMove', () => {
    const next = nextMove(role, status);
    if (next) void move(next.to, '');
  });

  // A save refused because the draft changed elsewhere: its content is kept as the conflict copy the error names.
  const refusedSave = saveState.status === 'failed' && saveState.error.code === 'draft.conflict' ? saveState.error : undefined;

  return (
    <div className="article-workspace">
      <div className="article-main">
        <ArticleActionsBar
          session={session}
          mode={mode}
          onModeChange={changeMode}
          saveState={saveState}
          onOpen={onOpen}
          onClosed={onClosed}
          onError={setActionError}
        />
        <WorkflowBar status={status} role={role} onMove={(to, note) => void move(to, note)} />
        {settings && <CopyDeskNotice openedWith={movedTo} status={status} role={settings.role} />}
        {settings && <CopyDeskChangesNotice draft={draft} role={settings.role} onShowChanges={() => changeMode('history')} />}
        {notice && (
          <p className="panel-hint" role="status">
            {t(notice)}
          </p>
        )}
        {actionError && (
          <p className="field-error" role="alert">
            {actionError}
          </p>
        )}
        {bodyEditor.isUnreadable && (
          <div className="banner banner-error" role="alert">
            {t('editor.unreadable')}
          </div>
        )}
        {lockHolder && (
          <div className="banner banner-warning" role="status">
            {t('draft.lockedBy', { name: lockHolder.name || t('draft.someone'), machine: lockHolder.machine })}
          </div>
        )}
        {waitingCopy && !refusedSave && (
          <ConflictPanel draftId={draft.id} conflictId={waitingCopy.conflictId} mine={() => waitingCopy.content} onResolved={onOpen} />
        )}
        {refusedSave && (
          <ConflictPanel draftId={draft.id} conflictId={refusedSave.conflictId} mine={() => session.content()} onResolved={onOpen} />
        )}
        {bodyEditor.pastedArticle && (
          <PastedArticleOffer
            onAccept={() => {
              const replaced = bodyEditor.acceptPastedArticle();
              if (replaced) setFields(replaced);
            }}
            onDismiss={bodyEditor.dismissPastedArticle}
          />
        )}
        {comparingItemId && (
          <SiteCopyPanel
            key={comparingItemId}
            itemId={comparingItemId}
            settle={settleSaved}
            onSettled={(hasDraftChanged) => {
              setComparingItemId(undefined);
              // The site's text is now the draft's: say so, and where the user's own text went.
              if (hasDraftChanged) onOpen(draft.id, 'siteCopy.adopted');
            }}
          />
        )}

        {mode === 'preview' && <ArticlePreview content={previewedArticle} />}
        {/* Read afresh after a move, which adds a revision (the editor itself stays open). */}
        {mode === 'history' && <HistoryView key={movedTo} draftId={draft.id} settle={settle} onOpen={onOpen} />}
        <ArticleFieldsForm
          fields={fields}
          onChange={update}
          editor={editor}
          isLinkFormOpen={bodyEditor.isLinkFormOpen}
          onLinkFormChange={bodyEditor.setIsLinkFormOpen}
          isHidden={mode !== 'edit'}
          deskDate={settings?.deskDate ?? defaultDeskDateStyle}
        />
      </div>

      <aside className="article-side" id="article-side" aria-label={t('article.metadata')} data-collapsed={isSideCollapsed || undefined}>
        <div className="article-side-head">
          <PanelToggle
            isCollapsed={isSideCollapsed}
            onToggle={toggleSide}
            controls="article-side"
            collapseLabel="layout.collapseSide"
            expandLabel="layout.expandSide"
            edge="end"
          />
          <span className="article-side-title">{t('article.metadata')}</span>
        </div>
        <PublishPanel
          draftId={draft.id}
          article={publishedArticle}
          workflowStatus={status}
          settle={settleSaved}
          onJump={jumpToCheckedField}
          onCompare={compare}
          onAddSite={onOpenSettings}
        />
        <StatsPanel stats={stats} />
        <OutlinePanel entries={outline} onJump={jumpToOutlineEntry} />
        <ArticleMetadataPanel
          tags={fields.tags}
          slug={fields.slug}
          isSlugEdited={fields.isSlugEdited}
          headline={fields.headline}
          seoDescription={fields.seoDescription}
          onChange={update}
        />
        <RelatedArticlesEditor items={fields.related} loadDrafts={loadOtherDrafts} currentDraftId={draft.id} onChange={updateRelated} />
      </aside>
    </div>
  );
}
