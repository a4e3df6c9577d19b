/** Switches the interface between Arabic and English; each option is named in its own language. */
import { languages } from '../../shared/i18n/catalogue';
import { useI18n } from '../i18n/I18nProvider';

export function LanguageSwitch() {
  const { t, language, setLanguage } = useI18n();
  return (
    <div className="language-switch" role="group" aria-label={t('app.language')}>
      {languages.map((option) => (
        <button key={option} type="button" lang={option} aria-pressed={option === language} onClick={() => setLanguage(option)}>
          {t(`app.language.${option}`)}
        </button>
      ))}
    </div>
  );
}
