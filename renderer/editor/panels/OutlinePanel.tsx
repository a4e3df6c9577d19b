/** The outline: subsections and quotes (with speakers); choosing one moves the caret there. */
import { memo } from 'react';
import type { OutlineEntry } from '../../../shared/model/articleOutline';
import { useI18n } from '../../i18n/I18nProvider';

export const OutlinePanel = memo(function OutlinePanel({
  entries,
  onJump,
}: {
  entries: readonly OutlineEntry[];
  onJump: (blockIndex: number) => void;
}) {
  const { t } = useI18n();
  return (
    <section className="panel" aria-labelledby="outline-title">
      <h2 id="outline-title" className="panel-title">
        {t('outline.title')}
      </h2>
      {entries.length === 0 ? (
        <p className="panel-empty">{t('outline.empty')}</p>
      ) : (
        <ol className="outline-list">
          {entries.map((entry) => (
            <li
              key={`${entry.kind}-${entry.blockIndex}`}
              data-kind={entry.kind}
              data-level={entry.kind === 'heading' ? entry.level : undefined}
            >
              <button type="button" className="outline-entry" onClick={() => onJump(entry.blockIndex)}>
                {entry.kind === 'heading' ? (
                  <span dir="auto">{entry.text}</span>
                ) : (
                  <>
                    <span className="outline-quote-speaker">
                      {entry.speaker ? t('outline.quoteBy', { speaker: entry.speaker }) : t('outline.quoteNoSpeaker')}
                    </span>
                    <span className="outline-quote-text" dir="auto">
                      {entry.text.length > 80 ? `${entry.text.slice(0, 80)}…` : entry.text}
                    </span>
                  </>
                )}
              </button>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
});
