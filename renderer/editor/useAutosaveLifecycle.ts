/**
 * The open draft's autosave as the page lives it: the save status to show; a save now when the
 * page is hidden or left (pagehide, visibility hidden) and when the window asks before closing
 * (registerPendingSave); and on leaving the draft, the body taken while the editor still exists,
 * then what is unsaved saved before the autosaver stops.
 */
import { useEffect, useState } from 'react';
import type { SaveState } from './autosaver';
import type { DraftSession } from './draftSession';
import { registerPendingSave } from './pendingSaves';

export function useAutosaveLifecycle(session: Pick<DraftSession, 'autosaver' | 'snapshotBody'>): SaveState {
  const [saveState, setSaveState] = useState<SaveState>(session.autosaver.currentState);
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
      stop();
      // Leaving the draft: take the body now, while the editor still exists, then save what is unsaved.
      session.snapshotBody();
      void autosaver.flush().then(() => autosaver.dispose());
    };
  }, [session]);
  return saveState;
}
