/**
 * What the desk does with a draft beyond editing it: workflow moves, revisions by hand and the
 * automatic checkpoints, restoring a revision, saving a review, the text that goes to a site and
 * the site's text brought in. Every move leaves a revision. (Handing a draft with its history to
 * another desktop is draftExchange.ts.)
 */
import { ApiFailure } from '../../shared/contract/apiError';
import type { ArticleContent } from '../../shared/model/article';
import { articleContentOf, type Draft } from '../../shared/model/draft';
import type { ReviewDecisions, RevisionNote, RevisionSummary } from '../../shared/model/revision';
import { editedAfterCopyDesk, findTransition, statusAfterEdit, type Role } from '../../shared/model/workflow';
import type { DraftContentUpdate, DraftStore } from './library/draftStore';

/** Active typing this long after the last revision leaves an automatic checkpoint. */
export const checkpointIntervalMs = 10 * 60_000;

export interface Person {
  author: string;
  role: Role;
}

export class DraftWorkflow {
  private readonly lastRevisionAt = new Map<string, number>();

  constructor(
    private readonly store: DraftStore,
    private readonly person: () => Person,
    private readonly now: () => Date = () => new Date(),
  ) {}

  /** A workflow move the user's role allows; returning a draft needs a note. Records a revision. */
  async transition(id: string, to: Draft['status'], note: string): Promise<Draft> {
    const draft = await this.store.get(id);
    const { author, role } = this.person();
    const transition = findTransition(role, draft.status, to);
    if (!transition) throw new ApiFailure('workflow.notAllowed', `${role}: ${draft.status} → ${to}`);
    if (transition.isNoteRequired && !note.trim()) throw new ApiFailure('workflow.noteRequired');
    const { version } = await this.store.save({ id, baseVersion: draft.version, content: articleContentOf(draft), status: to });
    const moved = await this.store.get(id);
    if (moved.version !== version) throw new ApiFailure('draft.conflict', id);
    await this.recordMove(moved, transition.action, note.trim(), author);
    return moved;
  }

  /**
   * An ordinary save. A writer's edit to copy-edited or approved text sends the draft back to the
   * copy desk (submitted), recorded as a status change whose message is the reason; the result says
   * the status the draft now has.
   */
  async save(update: DraftContentUpdate): Promise<{ version: number; updatedAt: string; status: Draft['status'] }> {
    const current = await this.store.get(update.id);
    const { author, role } = this.person();
    const movedTo = statusAfterEdit(role, current.status);
    // A save over another version fails in the store as a conflict, so the status read here is the one saved over.
    if (!movedTo || current.version !== update.baseVersion) return { ...(await this.store.save(update)), status: current.status };
    const saved = await this.store.save({ ...update, status: movedTo });
    await this.recordMove(await this.store.get(update.id), editedAfterCopyDesk, '', author);
    return { ...saved, status: movedTo };
  }

  /** A revision saved by hand, with an optional message. */
  async createRevision(id: string, message: string): Promise<RevisionSummary> {
    return this.record(await this.store.get(id), 'manual', message, this.person().author);
  }

  /** Restores a revision as the working copy: the current text is kept as a revision first, then the restored one is a new revision. */
  async restore(id: string, revisionId: string): Promise<Draft> {
    const { author } = this.person();
    const revision = await this.store.revisions.get(id, revisionId);
    const current = await this.store.get(id);
    await this.record(current, 'beforeRestore', revisionId, author);
    await this.store.save({ id, baseVersion: current.version, content: revision.content });
    const restored = await this.store.get(id);
    await this.record(restored, 'restored', revisionId, author);
    return restored;
  }

  /**
   * Saves the outcome of a review and records it with the message listing what was accepted and
   * rejected and, when given, the decisions as data (said in the reader's language in the history).
   */
  async saveReview(id: string, baseVersion: number, content: ArticleContent, message: string, decisions?: ReviewDecisions): Promise<Draft> {
    await this.store.save({ id, baseVersion, content });
    const reviewed = await this.store.get(id);
    await this.record(reviewed, 'review', message, this.person().author, decisions && { kind: 'review', ...decisions });
    return reviewed;
  }

  /** Before a publish is queued: the text that goes out is kept as a revision. */
  async beforePublish(id: string, siteName: string): Promise<Draft> {
    const draft = await this.store.get(id);
    await this.record(draft, 'beforePublish', siteName, this.person().author);
    return draft;
  }

  /** A post went out as published: the draft is "published", its text and version untouched (no conflict for an open editor). */
  async afterPublished(id: string, siteName: string): Promise<void> {
    if ((await this.store.get(id)).status === 'published') return;
    await this.store.setStatus(id, 'published');
    await this.recordMove(await this.store.get(id), 'markPublished', siteName, this.person().author);
  }

  /** The site's text becomes the draft's (ours stays in the history): a revision before, and one of the site's text. */
  async adoptSiteCopy(id: string, siteText: Pick<ArticleContent, 'headline' | 'standfirst' | 'body'>, siteName: string): Promise<Draft> {
    const { author } = this.person();
    const current = await this.store.get(id);
    await this.record(current, 'manual', '', author);
    await this.store.save({ id, baseVersion: current.version, content: { ...articleContentOf(current), ...siteText } });
    const adopted = await this.store.get(id);
    await this.record(adopted, 'fromSite', siteName, author);
    return adopted;
  }

  /** After an ordinary save: leaves a checkpoint when the last revision is ten minutes old. */
  async afterSave(id: string): Promise<void> {
    const last = await this.lastRevisionTime(id);
    if (this.now().getTime() - last < checkpointIntervalMs) return;
    await this.record(await this.store.get(id), 'checkpoint', '', this.person().author);
  }

  /** After a draft was built from imported text. */
  async afterImport(draft: Draft): Promise<void> {
    await this.record(draft, 'afterImport', '', this.person().author);
  }

  /** A status change, its move as data; the message ("action: note") is for older versions of the app. */
  private async recordMove(draft: Draft, action: string, note: string, author: string): Promise<RevisionSummary> {
    return this.record(draft, 'statusChange', note ? `${action}: ${note}` : action, author, {
      kind: 'statusChange',
      action,
      ...(note && { note }),
    });
  }

  private async record(
    draft: Draft,
    kind: Parameters<DraftStore['revisions']['record']>[1]['kind'],
    message: string,
    author: string,
    note?: RevisionNote,
  ): Promise<RevisionSummary> {
    const summary = await this.store.revisions.record(draft, { kind, message, author, ...(note && { note }) });
    this.lastRevisionAt.set(draft.id, Date.parse(summary.createdAt));
    return summary;
  }

  private async lastRevisionTime(id: string): Promise<number> {
    const known = this.lastRevisionAt.get(id);
    if (known !== undefined) return known;
    const revisions = await this.store.revisions.list(id);
    // A draft without revisions counts from its creation.
    const last = Date.parse(revisions.length > 0 ? revisions.at(-1)!.createdAt : (await this.store.get(id)).createdAt);
    this.lastRevisionAt.set(id, last);
    return last;
  }
}
