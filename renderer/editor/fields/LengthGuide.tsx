/**
 * A field's length against the desk's guide, said in words as well as colour. The length and the
 * verdict are the ones the checks before publishing use (fieldLength), so the guide and the
 * checks always agree.
 */
import { fieldLength, type LengthLimits } from '../../../shared/model/fieldLength';
import { countWords } from '../../../shared/text/textCounts';
import { useI18n } from '../../i18n/I18nProvider';

interface LengthGuideProps {
  id: string;
  text: string;
  limits: LengthLimits;
  /** Shows the word count beside the characters (for the headline). */
  isWordCountShown?: boolean;
}

export function LengthGuide({ id, text, limits, isWordCountShown = false }: LengthGuideProps) {
  const { t } = useI18n();
  const { length, verdict } = fieldLength(text, limits);
  const verdictText =
    verdict === 'over'
      ? t('guide.overLimit', { max: limits.max })
      : verdict === 'long'
        ? t('guide.tooLong')
        : verdict === 'short'
          ? t('guide.tooShort')
          : verdict === 'good'
            ? t('guide.good')
            : '';
  const idealMax = limits.idealMax ?? limits.max;
  const ideal =
    limits.idealMin === undefined ? t('guide.idealMax', { max: idealMax }) : t('guide.ideal', { min: limits.idealMin, max: idealMax });
  return (
    <p id={id} className="length-guide" data-state={verdict}>
      <span>{t('guide.characters', { count: length })}</span>
      {isWordCountShown && <span> · {t('library.wordCount', { count: countWords(text) })}</span>}
      {verdictText && <strong className="length-guide-verdict"> · {verdictText}</strong>}
      <span className="length-guide-ideal"> ({ideal})</span>
    </p>
  );
}
