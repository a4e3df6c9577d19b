/**
 * The desk's workflow: draft → submitted for copy edit → in copy edit → copy edited → approved →
 * published, with a way back to the writer (with a note). The user's role decides which moves
 * they are offered; every move is recorded as a revision.
 */
import { z } from 'zod';
import type { ArticleStatus } from './article';

export const roles = ['writer', 'copyEditor', 'editor'] as const;
export const roleSchema = z.enum(roles);
export type Role = z.infer<typeof roleSchema>;

export interface Transition {
  from: ArticleStatus;
  to: ArticleStatus;
  /** The action's name in the catalogue (`workflow.action.<name>`). */
  action: 'submit' | 'startCopyEdit' | 'finishCopyEdit' | 'approve' | 'markPublished' | 'returnToWriter';
  roles: readonly Role[];
  /** Whether the move needs a note (returning a draft says why). */
  isNoteRequired: boolean;
}

export const transitions: readonly Transition[] = [
  { from: 'draft', to: 'submitted', action: 'submit', roles: ['writer', 'copyEditor', 'editor'], isNoteRequired: false },
  { from: 'submitted', to: 'inCopyEdit', action: 'startCopyEdit', roles: ['copyEditor', 'editor'], isNoteRequired: false },
  { from: 'inCopyEdit', to: 'copyEdited', action: 'finishCopyEdit', roles: ['copyEditor', 'editor'], isNoteRequired: false },
  { from: 'copyEdited', to: 'approved', action: 'approve', roles: ['editor'], isNoteRequired: false },
  { from: 'approved', to: 'published', action: 'markPublished', roles: ['editor'], isNoteRequired: false },
  { from: 'submitted', to: 'draft', action: 'returnToWriter', roles: ['copyEditor', 'editor'], isNoteRequired: true },
  { from: 'inCopyEdit', to: 'draft', action: 'returnToWriter', roles: ['copyEditor', 'editor'], isNoteRequired: true },
  { from: 'copyEdited', to: 'draft', action: 'returnToWriter', roles: ['editor'], isNoteRequired: true },
  { from: 'approved', to: 'draft', action: 'returnToWriter', roles: ['editor'], isNoteRequired: true },
];

/** The moves a role may make from a status. */
export function transitionsFor(role: Role, from: ArticleStatus): Transition[] {
  return transitions.filter((transition) => transition.from === from && transition.roles.includes(role));
}

/** The move forward a role makes next from a status (the bar's main button, and its shortcut): never one that needs a note. */
export function nextMove(role: Role, from: ArticleStatus): Transition | undefined {
  return transitionsFor(role, from).find((transition) => !transition.isNoteRequired);
}

/** The move from `from` to `to` if `role` may make it. */
export function findTransition(role: Role, from: ArticleStatus, to: ArticleStatus): Transition | undefined {
  return transitionsFor(role, from).find((transition) => transition.to === to);
}

/** Statuses an article has once the editor approved it for publishing. */
export const approvedStatuses: readonly ArticleStatus[] = ['approved', 'published'];

/** Text the copy desk has passed: a writer's edit to it sends the draft back to the desk. */
export const copyDeskPassedStatuses: readonly ArticleStatus[] = ['copyEdited', 'approved'];

/** The action a status change records when a writer's edit sends passed text back (named in the catalogue as `workflow.action.<name>`). */
export const editedAfterCopyDesk = 'editedAfterCopyDesk';

/** Where a writer's edit sends a draft whose text the copy desk passed (it needs the desk again); undefined if the edit moves nothing. */
export function statusAfterEdit(role: Role, status: ArticleStatus): ArticleStatus | undefined {
  return role === 'writer' && copyDeskPassedStatuses.includes(status) ? 'submitted' : undefined;
}
