/** Live counts: words (Arabic-aware), characters and reading time. */
import { memo } from 'react';
import type { TextStats } from '../../../shared/text/textCounts';
import { useI18n } from '../../i18n/I18nProvider';

export const StatsPanel = memo(function StatsPanel({ stats }: { stats: TextStats }) {
  const { t, language } = useI18n();
  const number = new Intl.NumberFormat(language);
  return (
    <section className="panel" aria-labelledby="stats-title">
      <h2 id="stats-title" className="panel-title">
        {t('stats.title')}
      </h2>
      <dl className="stats">
        <div>
          <dt>{t('stats.words')}</dt>
          <dd data-stat="words">{number.format(stats.words)}</dd>
        </div>
        <div>
          <dt>{t('stats.characters')}</dt>
          <dd data-stat="characters">{number.format(stats.characters)}</dd>
        </div>
        <div>
          <dt>{t('stats.readingTime')}</dt>
          <dd data-stat="reading">{t('stats.minutes', { count: stats.readingMinutes })}</dd>
        </div>
      </dl>
    </section>
  );
});
