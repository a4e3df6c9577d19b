/**
 * One open draft's editing session: the article's fields, the body editor once it exists, and
 * the autosaver that writes them. The body's JSON is read only when a save (or a debounced
 * outline refresh) happens, never per keystroke.
 */
import type { Editor } from '@tiptap/core';
import { apiError, type Result } from '../../shared/contract/apiError';
import { articleContentSchema, type ArticleContent } from '../../shared/model/article';
import type { Draft } from '../../shared/model/draft';
import { withSlugFollowingHeadline } from '../../shared/text/slug';
import type { ApiClient } from '../api/apiClient';
import { Autosaver } from './autosaver';

export type ArticleFields = Omit<ArticleContent, 'body'>;

export function fieldsOf(content: ArticleContent): ArticleFields {
  const { body: _body, ...fields } = content;
  return fields;
}

export class DraftSession {
  readonly autosaver: Autosaver;
  readonly draftId: string;
  private currentFields: ArticleFields;
  private editor: Editor | undefined;
  private lastBody: Draft['body'];
  private status: Draft['status'];

  constructor(
    private readonly api: ApiClient,
    draft: Draft,
    /** Told when a save moved the draft (a writer's edit to copy-edited text sends it back to the copy desk). */
    private readonly onStatusMoved: (status: Draft['status']) => void = () => undefined,
  ) {
    this.draftId = draft.id;
    this.currentFields = fieldsOf(draft);
    this.lastBody = draft.body;
    this.status = draft.status;
    this.autosaver = new Autosaver({ baseVersion: draft.version, save: (baseVersion) => this.save(baseVersion) });
  }

  get fields(): ArticleFields {
    return this.currentFields;
  }

  attachEditor(editor: Editor | null): void {
    this.editor = editor ?? undefined;
  }

  /** Applies a change to the fields; the slug follows the headline until the editor sets one. */
  updateFields(change: Partial<ArticleFields>): ArticleFields {
    const next = withSlugFollowingHeadline({ ...this.currentFields, ...change });
    this.currentFields = next;
    this.autosaver.markChanged();
    return next;
  }

  markBodyChanged(): void {
    this.autosaver.markChanged();
  }

  /** Keeps the editor's body as the one to save, for when the editor is about to go away. */
  snapshotBody(): void {
    this.body();
  }

  /** The body as it is now. */
  body(): Draft['body'] {
    if (this.editor && !this.editor.isDestroyed) this.lastBody = this.editor.getJSON() as Draft['body'];
    return this.lastBody;
  }

  content(): ArticleContent {
    return { ...this.currentFields, body: this.body() };
  }

  /** Replaces the whole article (an accepted import); the editor's history keeps the old body. */
  replaceContent(content: ArticleContent): ArticleFields {
    this.currentFields = fieldsOf(content);
    this.editor?.commands.setContent(content.body, { emitUpdate: true });
    this.autosaver.markChanged();
    return this.currentFields;
  }

  /** Makes a workflow move between saves (see Autosaver.between); the editor stays open on the moved draft. */
  async move(to: Draft['status'], note: string): Promise<Result<Draft>> {
    const result = await this.autosaver.between(() => this.api.call('drafts.transition', { id: this.draftId, to, note }));
    if (result.ok) this.status = result.value.status;
    return result;
  }

  /** Saves what is unsaved and returns the draft as it now is on disk (for moves, history and review); undefined if it cannot be read. */
  async settle(): Promise<Draft | undefined> {
    await this.autosaver.flush();
    const result = await this.api.call('drafts.get', { id: this.draftId });
    return result.ok ? result.value : undefined;
  }

  /** As `settle`, but only when everything typed is on disk: what goes to a site must be what the user sees. */
  async settleSaved(): Promise<Draft | undefined> {
    const saved = await this.settle();
    return this.autosaver.currentState.status === 'failed' || this.autosaver.hasPendingChanges ? undefined : saved;
  }

  private async save(baseVersion: number) {
    const parsed = articleContentSchema.safeParse(this.content());
    // Never send (let alone write) a document that fails its own schema.
    if (!parsed.success) return { ok: false as const, error: apiError('draft.invalid', parsed.error.issues[0]?.message) };
    const result = await this.api.call('drafts.save', { id: this.draftId, baseVersion, content: parsed.data });
    if (result.ok && result.value.status !== this.status) {
      this.status = result.value.status;
      this.onStatusMoved(result.value.status);
    }
    return result;
  }
}
