/** The offer shown when plain text pasted into an empty body reads as a whole article: build it, or keep the paste as it is. */
import { useI18n } from '../i18n/I18nProvider';

export function PastedArticleOffer({ onAccept, onDismiss }: { onAccept: () => void; onDismiss: () => void }) {
  const { t } = useI18n();
  return (
    <div className="banner banner-offer" role="region" aria-label={t('import.title')}>
      <p>{t('import.pasteOffer')}</p>
      <button type="button" className="button-primary" onClick={onAccept}>
        {t('import.pasteAccept')}
      </button>
      <button type="button" onClick={onDismiss}>
        {t('import.pasteDismiss')}
      </button>
    </div>
  );
}
