/**
 * Carries out one of the app's commands when the user gives it: its shortcut pressed anywhere in
 * the page (heard before the editor, so no field keeps it), or chosen in the desktop menu.
 */
import { useEffect, useLayoutEffect, useRef } from 'react';
import { appCommandShortcuts, type AppCommand } from '../../shared/contract/appCommands';
import { useApi } from '../api/ApiProvider';
import { isShortcut } from '../editor/shortcutLabel';

export function useAppCommand(command: AppCommand, run: () => void): void {
  const api = useApi();
  const latest = useRef(run);
  useLayoutEffect(() => {
    latest.current = run;
  });
  useEffect(() => {
    const shortcut: string | undefined =
      command in appCommandShortcuts ? appCommandShortcuts[command as keyof typeof appCommandShortcuts] : undefined;
    const onKeyDown = (event: KeyboardEvent): void => {
      if (!shortcut || event.repeat || !isShortcut(event, shortcut)) return;
      event.preventDefault();
      event.stopPropagation();
      latest.current();
    };
    window.addEventListener('keydown', onKeyDown, true);
    const stop = api.on('menu.command', (given) => given.command === command && latest.current());
    return () => {
      window.removeEventListener('keydown', onKeyDown, true);
      stop();
    };
  }, [api, command]);
}
