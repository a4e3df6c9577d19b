/** The draft's status and the workflow moves the user's role may make from it; returning asks for a note. The next move has a shortcut. */
import { useState } from 'react';
import type { ArticleStatus } from '../../shared/model/article';
import { appCommandShortcuts } from '../../shared/contract/appCommands';
import { nextMove, transitionsFor, type Role } from '../../shared/model/workflow';
import { TextField } from '../components/TextField';
import { useI18n } from '../i18n/I18nProvider';
import { ariaKeyShortcut, shortcutLabel } from './shortcutLabel';

interface WorkflowBarProps {
  status: ArticleStatus;
  role: Role;
  onMove: (to: ArticleStatus, note: string) => void;
}

export function WorkflowBar({ status, role, onMove }: WorkflowBarProps) {
  const { t } = useI18n();
  const [returning, setReturning] = useState<ArticleStatus | undefined>();
  const [note, setNote] = useState('');
  const moves = transitionsFor(role, status);
  const next = nextMove(role, status);
  const nextShortcut = appCommandShortcuts.nextWorkflowMove;
  return (
    <div
      id="workflow-bar"
      tabIndex={-1}
      className="workflow-bar"
      role="group"
      aria-label={t('workflow.status', { status: t(`status.${status}`) })}
    >
      <span className="status-badge" data-status={status}>
        {t('workflow.status', { status: t(`status.${status}`) })}
      </span>
      {moves.map((move) =>
        move.isNoteRequired ? (
          <button key={move.action} type="button" onClick={() => setReturning(move.to)}>
            {t(`workflow.action.${move.action}`)}
          </button>
        ) : (
          <button
            key={move.action}
            type="button"
            className="button-primary"
            title={move === next ? `${t(`workflow.action.${move.action}`)} (${shortcutLabel(nextShortcut)})` : undefined}
            aria-keyshortcuts={move === next ? ariaKeyShortcut(nextShortcut) : undefined}
            onClick={() => onMove(move.to, '')}
          >
            {t(`workflow.action.${move.action}`)}
          </button>
        ),
      )}
      {returning && (
        <form
          className="return-form"
          onSubmit={(event) => {
            event.preventDefault();
            if (!note.trim()) return;
            onMove(returning, note.trim());
            setReturning(undefined);
            setNote('');
          }}
        >
          <TextField id="return-note" label={t('workflow.returnNote')} isInline isRequired autoFocus value={note} onChange={setNote} />
          <button type="submit">{t('workflow.confirmReturn')}</button>
          <button type="button" onClick={() => setReturning(undefined)}>
            {t('link.cancel')}
          </button>
        </form>
      )}
    </div>
  );
}
