/**
 * The WordPress sites to publish to, in the settings: add or change one (address, user name,
 * application password), checked on save with a clear message for each failure. Where passwords
 * are kept is said plainly; in browser mode keeping one on disk is an opt-in with a warning.
 */
import { useEffect, useState } from 'react';
import type { SecretStorage, Site } from '../../shared/publishing/site';
import { useApi } from '../api/ApiProvider';
import { TextField } from '../components/TextField';
import { useI18n } from '../i18n/I18nProvider';

interface SiteForm {
  id?: string;
  url: string;
  userName: string;
  applicationPassword: string;
  isPasswordRemembered: boolean;
  isApprovalRequired: boolean;
}

const emptyForm: SiteForm = { url: '', userName: '', applicationPassword: '', isPasswordRemembered: false, isApprovalRequired: false };

export function SitesSettings() {
  const api = useApi();
  const { t, errorMessage } = useI18n();
  const [sites, setSites] = useState<Site[]>([]);
  const [storage, setStorage] = useState<SecretStorage>('session');
  const [form, setForm] = useState<SiteForm | undefined>();
  const [message, setMessage] = useState<{ text: string; isError: boolean } | undefined>();
  const [isChecking, setIsChecking] = useState(false);

  useEffect(() => {
    const load = (): void => {
      void api.call('sites.list', {}).then((result) => {
        if (!result.ok) return;
        setSites(result.value.sites);
        setStorage(result.value.secretStorage);
      });
    };
    load();
    return api.on('sites.changed', load);
  }, [api]);

  const save = async (): Promise<void> => {
    if (!form) return;
    setIsChecking(true);
    setMessage({ text: t('sites.checking'), isError: false });
    const result = await api.call('sites.save', {
      ...(form.id ? { id: form.id } : {}),
      url: form.url.trim(),
      userName: form.userName.trim(),
      ...(form.applicationPassword.trim() ? { applicationPassword: form.applicationPassword.trim() } : {}),
      isPasswordRemembered: form.isPasswordRemembered,
      isApprovalRequired: form.isApprovalRequired,
    });
    setIsChecking(false);
    if (result.ok) {
      setForm(undefined);
      setMessage({ text: t('sites.saved', { name: result.value.name || result.value.url }), isError: false });
    } else {
      setMessage({ text: errorMessage(result.error), isError: true });
    }
  };

  return (
    <section className="sites-settings" aria-labelledby="sites-title">
      <h3 id="sites-title">{t('sites.title')}</h3>
      <p className="panel-hint">{storage === 'encrypted' ? t('sites.encrypted') : t('sites.sessionOnly')}</p>
      {sites.length === 0 && !form && <p className="panel-empty">{t('sites.empty')}</p>}
      <ul className="sites-list">
        {sites.map((site) => (
          <li key={site.id}>
            <span className="site-name" dir="auto">
              {site.name || site.url}
            </span>{' '}
            <span className="site-url" dir="ltr">
              {site.url}
            </span>{' '}
            <span className="panel-hint">
              {!site.hasPassword
                ? t('sites.noPassword')
                : site.isPasswordRemembered
                  ? t('sites.passwordStored')
                  : t('sites.passwordSession')}
            </span>
            <button
              type="button"
              onClick={() =>
                setForm({
                  id: site.id,
                  url: site.url,
                  userName: site.userName,
                  applicationPassword: '',
                  isPasswordRemembered: site.isPasswordRemembered,
                  isApprovalRequired: site.isApprovalRequired,
                })
              }
            >
              {t('sites.edit')}
            </button>
            <button type="button" className="button-danger" onClick={() => void api.call('sites.remove', { id: site.id })}>
              {t('sites.remove')}
            </button>
          </li>
        ))}
      </ul>
      {form ? (
        <div className="site-form" role="group" aria-label={t('sites.add')}>
          <TextField
            id="site-url"
            label={t('sites.url')}
            type="url"
            dir="ltr"
            value={form.url}
            placeholder="https://"
            onChange={(url) => setForm({ ...form, url })}
          />
          <TextField
            id="site-user"
            label={t('sites.userName')}
            autoComplete="username"
            value={form.userName}
            onChange={(userName) => setForm({ ...form, userName })}
          />
          <TextField
            id="site-password"
            label={t('sites.password')}
            type="password"
            dir="ltr"
            autoComplete="new-password"
            describedBy="site-password-hint"
            value={form.applicationPassword}
            onChange={(applicationPassword) => setForm({ ...form, applicationPassword })}
          >
            <p id="site-password-hint" className="panel-hint">
              {t('sites.passwordHint')} {form.id ? t('sites.passwordKept') : ''}
            </p>
          </TextField>
          {storage === 'session' && (
            <div className="field">
              <label className="checkbox-label">
                <input
                  type="checkbox"
                  checked={form.isPasswordRemembered}
                  onChange={(event) => setForm({ ...form, isPasswordRemembered: event.target.checked })}
                />{' '}
                {t('sites.remember')}
              </label>
              {form.isPasswordRemembered && (
                <p className="banner banner-warning" role="note">
                  {t('sites.rememberWarning')}
                </p>
              )}
            </div>
          )}
          <div className="field">
            <label className="checkbox-label">
              <input
                type="checkbox"
                checked={form.isApprovalRequired}
                onChange={(event) => setForm({ ...form, isApprovalRequired: event.target.checked })}
              />{' '}
              {t('sites.requireApproval')}
            </label>
          </div>
          <div className="dialog-actions">
            <button type="button" onClick={() => setForm(undefined)}>
              {t('sites.cancel')}
            </button>
            <button
              type="button"
              className="button-primary"
              disabled={isChecking || !form.url.trim() || !form.userName.trim()}
              onClick={() => void save()}
            >
              {t('sites.save')}
            </button>
          </div>
        </div>
      ) : (
        <button type="button" onClick={() => setForm({ ...emptyForm })}>
          {t('sites.add')}
        </button>
      )}
      {message && (
        <p className={message.isError ? 'field-error' : 'panel-hint'} role={message.isError ? 'alert' : 'status'}>
          {message.text}
        </p>
      )}
    </section>
  );
}
