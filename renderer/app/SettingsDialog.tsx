/** The user's settings: their name as colleagues see it, the library folder, and how long the trash keeps drafts. */
import { useEffect, useRef, useState } from 'react';
import type { Settings } from '../../shared/model/settings';
import { roles } from '../../shared/model/workflow';
import { articleDate, dateDigitStyles, monthNameStyles } from '../../shared/text/deskDate';
import { useApi } from '../api/ApiProvider';
import { SelectField } from '../components/SelectField';
import { TextField } from '../components/TextField';
import { useI18n } from '../i18n/I18nProvider';
import { SitesSettings } from '../publishing/SitesSettings';

/** The date the settings show each month-name style with. */
const exampleDate = '2026-12-02';

export function SettingsDialog({ onClose }: { onClose: () => void }) {
  const api = useApi();
  const { t, errorMessage } = useI18n();
  const dialogRef = useRef<HTMLDialogElement>(null);
  const [settings, setSettings] = useState<Settings | undefined>();
  const [message, setMessage] = useState<{ text: string; isError: boolean } | undefined>();
  /** Everything shown is saved: the way out closes (إغلاق) rather than cancels. */
  const [isSaved, setIsSaved] = useState(false);
  const edit = (next: Settings): void => {
    setSettings(next);
    setIsSaved(false);
  };

  useEffect(() => {
    const dialog = dialogRef.current;
    if (dialog && !dialog.open) dialog.showModal();
    void api.call('settings.get', {}).then((result) => result.ok && setSettings(result.value));
  }, [api]);

  const save = async (): Promise<void> => {
    if (!settings) return;
    const { userName, libraryFolder, trashRetentionDays, role, deskDate } = settings;
    const result = await api.call('settings.update', { userName, libraryFolder: libraryFolder.trim(), trashRetentionDays, role, deskDate });
    setMessage(result.ok ? { text: t('settings.saved'), isError: false } : { text: errorMessage(result.error), isError: true });
    setIsSaved(result.ok);
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
          <TextField
            id="settings-user-name"
            label={t('settings.userName')}
            value={settings.userName}
            maxLength={120}
            onChange={(userName) => edit({ ...settings, userName })}
          />
          <SelectField
            id="settings-role"
            label={t('settings.role')}
            value={settings.role}
            options={roles.map((role) => ({ value: role, label: t(`role.${role}`) }))}
            onChange={(role) => edit({ ...settings, role })}
          />
          <div className="field-row">
            <SelectField
              id="settings-month-names"
              label={t('settings.monthNames')}
              value={settings.deskDate.monthNames}
              options={monthNameStyles.map((style) => ({ value: style, label: t(`monthNames.${style}`) }))}
              onChange={(monthNames) => edit({ ...settings, deskDate: { ...settings.deskDate, monthNames } })}
            />
            <SelectField
              id="settings-date-digits"
              label={t('settings.dateDigits')}
              value={settings.deskDate.digits}
              options={dateDigitStyles.map((digits) => ({ value: digits, label: t(`dateDigits.${digits}`) }))}
              onChange={(digits) => edit({ ...settings, deskDate: { ...settings.deskDate, digits } })}
            />
          </div>
          <p className="panel-hint">{t('settings.dateExample', { date: articleDate(exampleDate, 'ar', settings.deskDate) })}</p>
          <TextField
            id="settings-library-folder"
            label={t('settings.libraryFolder')}
            dir="ltr"
            value={settings.libraryFolder}
            onChange={(libraryFolder) => edit({ ...settings, libraryFolder })}
          />
          <TextField
            id="settings-trash-days"
            label={t('settings.trashRetentionDays')}
            type="number"
            min={1}
            max={3650}
            className="field-narrow"
            value={String(settings.trashRetentionDays)}
            onChange={(days) => edit({ ...settings, trashRetentionDays: Math.max(1, Math.min(3650, Number(days) || 30)) })}
          />
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
              {isSaved ? t('settings.close') : t('import.cancel')}
            </button>
          </div>
        </form>
      )}
      <SitesSettings />
    </dialog>
  );
}
