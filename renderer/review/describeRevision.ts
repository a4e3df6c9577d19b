/**
 * A revision in the history in the interface's language: its kind (a workflow move by its own name,
 * "أُرسلت للتدقيق") and its note. A note stored as data is said in the current language; a revision
 * written before notes were data shows its message text as it was written (a move's, read from its
 * "action: note" message).
 */
import { isMessageKey } from '../../shared/i18n/catalogue';
import type { RevisionSummary } from '../../shared/model/revision';
import type { Translate } from '../i18n/I18nProvider';
import { describeChange } from './describeChange';

/** The workflow move a status change records: from its note, or from an older revision's message ("submit: …"). */
function moveOf(revision: RevisionSummary): { action: string; note: string } | undefined {
  if (revision.kind !== 'statusChange') return undefined;
  if (revision.note?.kind === 'statusChange') return { action: revision.note.action, note: revision.note.note ?? '' };
  const [action = '', ...note] = revision.message.split('\n')[0]!.split(': ');
  return isMessageKey(`workflow.action.${action}`) ? { action, note: note.join(': ') } : undefined;
}

/** What kind of revision it is; a workflow move by its own name (an action this version does not know, as a status change). */
export function revisionKindLabel(revision: RevisionSummary, t: Translate): string {
  const move = moveOf(revision);
  const key = move && `history.move.${move.action}`;
  return key && isMessageKey(key) ? t(key) : t(`history.kind.${revision.kind}`);
}

/** The revision's note as lines: a review's summary and each decision; a move's own note; else the message's first line. */
export function revisionNoteLines(revision: RevisionSummary, t: Translate): string[] {
  const { note } = revision;
  if (note?.kind === 'review')
    return [
      t('review.summary', { accepted: note.accepted.length, rejected: note.rejected.length }),
      ...note.accepted.map((change) => `${t('review.accepted')}: ${describeChange(change, t)}`),
      ...note.rejected.map((change) => `${t('review.rejected')}: ${describeChange(change, t)}`),
    ];
  const move = moveOf(revision);
  if (move) return move.note ? [move.note] : [];
  const first = revision.message.split('\n')[0]!;
  return first ? [first] : [];
}
