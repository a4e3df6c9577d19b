/** A field's length against the desk's guide, said in words as well as colour. */
import { useI18n } from '../../i18n/I18nProvider';

interface LengthGuideProps {
  id: string;
  length: number;
  idealMin?: number;
  idealMax: number;
  max: number;
  words?: number;
}

export function LengthGuide({ id, length, idealMin, idealMax, max, words }: LengthGuideProps) {
  const { t } = useI18n();
  const state =
    length > max
      ? 'over'
      : length > idealMax
        ? 'long'
        : idealMin !== undefined && length > 0 && length < idealMin
          ? 'short'
          : length === 0
            ? 'empty'
            : 'good';
  const verdict =
    state === 'over'
      ? t('guide.overLimit', { max })
      : state === 'long'
        ? t('guide.tooLong')
        : state === 'short'
          ? t('guide.tooShort')
          : state === 'good'
            ? t('guide.good')
            : '';
  const ideal = idealMin === undefined ? t('guide.idealMax', { max: idealMax }) : t('guide.ideal', { min: idealMin, max: idealMax });
  return (
    <p id={id} className="length-guide" data-state={state}>
      <span>{t('guide.characters', { count: length })}</span>
      {words !== undefined && <span> · {t('library.wordCount', { count: words })}</span>}
      {verdict && <strong className="length-guide-verdict"> · {verdict}</strong>}
      <span className="length-guide-ideal"> ({ideal})</span>
    </p>
  );
}
