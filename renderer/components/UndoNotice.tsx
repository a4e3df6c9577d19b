/**
 * A notice that something was done, with the one action that takes it back ("تراجع") and a button
 * that dismisses it. It is announced politely (a status) and stays until acted on or dismissed.
 */
export interface UndoNoticeProps {
  message: string;
  undoLabel: string;
  dismissLabel: string;
  onUndo: () => void;
  onDismiss: () => void;
}

export function UndoNotice({ message, undoLabel, dismissLabel, onUndo, onDismiss }: UndoNoticeProps) {
  return (
    <div className="undo-notice" role="status">
      <span className="undo-notice-message">{message}</span>
      <button type="button" className="button-primary" onClick={onUndo}>
        {undoLabel}
      </button>
      <button type="button" aria-label={dismissLabel} title={dismissLabel} onClick={onDismiss}>
        ×
      </button>
    </div>
  );
}
