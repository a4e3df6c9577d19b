/** Tells the user, politely and without moving focus, whether their words are on disk. */
import { useI18n } from '../i18n/I18nProvider';
import type { SaveState } from './autosaver';

export function SaveStatus({ state }: { state: SaveState }) {
  const { t, errorMessage } = useI18n();
  const text =
    state.status === 'failed' ? `${t('editor.saveState.failed')}: ${errorMessage(state.error)}` : t(`editor.saveState.${state.status}`);
  return (
    <output className="save-status" data-state={state.status} role="status" aria-live="polite">
      {text}
    </output>
  );
}
