/** The user's settings: their name as colleagues see it, the library folder, and how long the trash keeps drafts. */
import { useEffect, useRef, useState } from 'react';
import type { Settings } from '../../shared/model/settings';
import { roles } from '../../shared/model/workflow';
import { useApi } from '../api/ApiProvider';
import { useI18n } from '../i18n/I18nProvider';
import { SitesSettings } from '../publishing/SitesSettings';

export function SettingsDialog({ onClose }: { onClose: () => void }) {
  const api = useApi();
  const { t, errorMessage } = useI18n();
  const dialogRef = useRef<HTMLDialogElement>(null);
  const [settings, setSettings] = useState<Settings | undefined>();
  const [message, setMessage] = useState<{ text: string; isError: boolean } | undefined>();

  useEffect(() => {
    const dialog = dialogRef.current;
    if (dialog && !dialog.open) dialog.showModal();
    void api.call('settings.get', {}).then((result) => result.ok && setSettings(result.value));
  }, [api]);

  const save = async (): Promise<void> => {
    if (!settings) return;
    const { userName, libraryFolder, trashRetentionDays, role } = settings;
    const result = await api.call('settings.update', { userName, libraryFolder: libraryFolder.trim(), trashRetentionDays, role });
    setMessage(result.ok ? { text: t('settings.saved'), isError: false } : { text: errorMessage(result.error), isError: true });
  };

  return (
    <dialog ref={dialogRef} className="import-dialog" aria-labelledby="settings-title" onClose={onClose}>
      <h2 id="settings-title">{t('settings.title')}</h2>
      {settings && (
        <form
          onSubmit={(event) => {
            event.preventDefault();
            void save();
          }}
        >
          <div className="field">
            <label htmlFor="settings-user-name" className="field-label">
              {t('settings.userName')}
            </label>
            <input
              id="settings-user-name"
              type="text"
              dir="auto"
              value={settings.userName}
              maxLength={120}
              onChange={(event) => setSettings({ ...settings, userName: event.target.value })}
            />
          </div>
          <div className="field">
            <label htmlFor="settings-role" className="field-label">
              {t('settings.role')}
            </label>
            <select
              id="settings-role"
              value={settings.role}
              onChange={(event) => setSettings({ ...settings, role: event.target.value as Settings['role'] })}
            >
              {roles.map((role) => (
                <option key={role} value={role}>
                  {t(`role.${role}`)}
                </option>
              ))}
            </select>
          </div>
          <div className="field">
            <label htmlFor="settings-library-folder" className="field-label">
              {t('settings.libraryFolder')}
            </label>
            <input
              id="settings-library-folder"
              type="text"
              dir="ltr"
              value={settings.libraryFolder}
              onChange={(event) => setSettings({ ...settings, libraryFolder: event.target.value })}
            />
          </div>
          <div className="field field-narrow">
            <label htmlFor="settings-trash-days" className="field-label">
              {t('settings.trashRetentionDays')}
            </label>
            <input
              id="settings-trash-days"
              type="number"
              min={1}
              max={3650}
              value={settings.trashRetentionDays}
              onChange={(event) =>
                setSettings({ ...settings, trashRetentionDays: Math.max(1, Math.min(3650, Number(event.target.value) || 30)) })
              }
            />
          </div>
          {message && (
            <p className={message.isError ? 'field-error' : 'panel-hint'} role={message.isError ? 'alert' : 'status'}>
              {message.text}
            </p>
          )}
          <div className="dialog-actions">
            <button type="submit" className="button-primary">
              {t('settings.save')}
            </button>
            <button type="button" onClick={() => dialogRef.current?.close()}>
              {t('import.cancel')}
            </button>
          </div>
        </form>
      )}
      <SitesSettings />
    </dialog>
  );
}
