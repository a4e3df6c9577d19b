/**
 * The interface language: read from the settings, switchable, and applied to the page
 * (`lang` and `dir` on <html>) so layout, fonts and text direction follow it.
 */
import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import { defaultLanguage, directionOf, isMessageKey, translate, type Language, type MessageKey } from '../../shared/i18n/catalogue';
import type { ApiError } from '../../shared/contract/apiError';
import { useApi } from '../api/ApiProvider';

export type Translate = (key: MessageKey, params?: Readonly<Record<string, string | number>>) => string;

interface I18n {
  language: Language;
  t: Translate;
  /** The user-facing message for an API error. */
  errorMessage: (error: ApiError) => string;
  setLanguage: (language: Language) => void;
}

const I18nContext = createContext<I18n | undefined>(undefined);

export function I18nProvider({ children }: { children: ReactNode }) {
  const api = useApi();
  const [language, setLanguageState] = useState<Language>(defaultLanguage);

  useEffect(() => {
    void api.call('settings.get', {}).then((result) => {
      if (result.ok) setLanguageState(result.value.language);
    });
    return api.on('settings.changed', (settings) => setLanguageState(settings.language));
  }, [api]);

  useEffect(() => {
    document.documentElement.lang = language;
    document.documentElement.dir = directionOf(language);
    document.title = translate(language, 'app.name');
  }, [language]);

  const setLanguage = useCallback(
    (next: Language) => {
      setLanguageState(next);
      void api.call('settings.update', { language: next });
    },
    [api],
  );

  const value = useMemo<I18n>(() => {
    const t: Translate = (key, params) => translate(language, key, params);
    return {
      language,
      t,
      errorMessage: (error) => (isMessageKey(error.messageKey) ? t(error.messageKey) : t('error.rpc.internal')),
      setLanguage,
    };
  }, [language, setLanguage]);

  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}

export function useI18n(): I18n {
  const i18n = useContext(I18nContext);
  if (!i18n) throw new Error('useI18n outside I18nProvider');
  return i18n;
}
