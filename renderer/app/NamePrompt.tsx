/**
 * The first-run question: the user's name as colleagues see it, asked while the settings hold
 * none. It cannot be skipped silently: Escape does not close it; "لاحقًا" does, for this session,
 * and the dialog says that revisions are then signed with a placeholder, not a person's name.
 */
import { useEffect, useRef, useState } from 'react';
import { useApi } from '../api/ApiProvider';
import { TextField } from '../components/TextField';
import { useI18n } from '../i18n/I18nProvider';
import { useSettings } from './useSettings';

export function NamePrompt() {
  const settings = useSettings();
  const [isDeferred, setIsDeferred] = useState(false);
  if (!settings || settings.userName.trim() || isDeferred) return null;
  return <NameDialog onLater={() => setIsDeferred(true)} />;
}

function NameDialog({ onLater }: { onLater: () => void }) {
  const api = useApi();
  const { t, errorMessage } = useI18n();
  const dialogRef = useRef<HTMLDialogElement>(null);
  const [name, setName] = useState('');
  const [error, setError] = useState<string | undefined>();

  useEffect(() => {
    const dialog = dialogRef.current;
    if (dialog && !dialog.open) dialog.showModal();
  }, []);

  const save = async (): Promise<void> => {
    const userName = name.trim();
    if (!userName) return setError(t('namePrompt.empty'));
    const result = await api.call('settings.update', { userName });
    // On success the settings' change closes the dialog.
    if (!result.ok) setError(errorMessage(result.error));
  };

  return (
    <dialog
      ref={dialogRef}
      className="import-dialog confirm-dialog"
      aria-labelledby="name-prompt-title"
      aria-describedby="name-prompt-explain"
      onCancel={(event) => event.preventDefault()}
    >
      <h2 id="name-prompt-title">{t('namePrompt.title')}</h2>
      <p id="name-prompt-explain">{t('namePrompt.explain', { placeholder: t('person.unnamed') })}</p>
      <form
        onSubmit={(event) => {
          event.preventDefault();
          void save();
        }}
      >
        <TextField
          id="name-prompt-name"
          label={t('settings.userName')}
          value={name}
          maxLength={120}
          onChange={(value) => {
            setName(value);
            setError(undefined);
          }}
        />
        {error && (
          <p className="field-error" role="alert">
            {error}
          </p>
        )}
        <div className="dialog-actions">
          <button type="button" onClick={onLater}>
            {t('namePrompt.later')}
          </button>
          <button type="submit" className="button-primary">
            {t('namePrompt.save')}
          </button>
        </div>
      </form>
    </dialog>
  );
}
