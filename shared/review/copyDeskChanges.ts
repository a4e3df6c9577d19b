/**
 * What the copy desk did to a writer's text: the writer's last submission is the text the desk was
 * given (the history compares with it by default), and the desk worked on it when a later revision
 * records copy editing (its start, its end, or a review saved).
 */
import type { RevisionSummary } from '../model/revision';

/** The last revision made when the draft was sent to the copy desk, if any. */
export function lastSubmission(revisions: readonly RevisionSummary[]): RevisionSummary | undefined {
  return revisions.findLast((revision) => revision.kind === 'statusChange' && revision.status === 'submitted');
}

/** The submission the copy desk has worked on since, if it has: what a writer opening the draft compares with. */
export function copyEditedSubmission(revisions: readonly RevisionSummary[]): RevisionSummary | undefined {
  const submission = lastSubmission(revisions);
  if (!submission) return undefined;
  const later = revisions.slice(revisions.indexOf(submission) + 1);
  const isCopyDeskWork = (revision: RevisionSummary): boolean =>
    revision.kind === 'review' ||
    (revision.kind === 'statusChange' && (revision.status === 'inCopyEdit' || revision.status === 'copyEdited'));
  return later.some(isCopyDeskWork) ? submission : undefined;
}
