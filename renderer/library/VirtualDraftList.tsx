/**
 * The drafts list, virtualised: only the rows in view exist in the page, so 10,000 drafts scroll
 * as smoothly as ten. Keyboard: ↑/↓ move between drafts, Home/End jump, Enter opens.
 */
import { useVirtualizer } from '@tanstack/react-virtual';
import { useEffect, useRef, useState, type KeyboardEvent } from 'react';
import { useI18n } from '../i18n/I18nProvider';
import type { LibraryItem } from './useLibraryQuery';

interface VirtualDraftListProps {
  items: readonly LibraryItem[];
  openDraftId: string | undefined;
  onOpen: (id: string) => void;
}

export function VirtualDraftList({ items, openDraftId, onOpen }: VirtualDraftListProps) {
  const { t, language } = useI18n();
  const scrollRef = useRef<HTMLDivElement>(null);
  const [activeIndex, setActiveIndex] = useState(0);
  const [shouldFocus, setShouldFocus] = useState(false);
  // eslint-disable-next-line react-hooks/incompatible-library -- the virtualiser's functions are read during render by design
  const virtualizer = useVirtualizer({
    count: items.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => 104,
    overscan: 8,
    getItemKey: (index) => items[index]!.summary.id,
  });
  const dateFormat = new Intl.DateTimeFormat(language, { dateStyle: 'medium', timeStyle: 'short' });
  const current = Math.min(activeIndex, Math.max(0, items.length - 1));

  useEffect(() => {
    if (!shouldFocus) return;
    setShouldFocus(false);
    scrollRef.current?.querySelector<HTMLElement>(`[data-index="${current}"] button`)?.focus();
  }, [shouldFocus, current]);

  const moveTo = (index: number): void => {
    const next = Math.max(0, Math.min(items.length - 1, index));
    setActiveIndex(next);
    virtualizer.scrollToIndex(next, { align: 'auto' });
    setShouldFocus(true);
  };

  const onKeyDown = (event: KeyboardEvent): void => {
    const moves: Record<string, number> = {
      ArrowDown: current + 1,
      ArrowUp: current - 1,
      Home: 0,
      End: items.length - 1,
      PageDown: current + 8,
      PageUp: current - 8,
    };
    const target = moves[event.key];
    if (target === undefined) return;
    event.preventDefault();
    moveTo(target);
  };

  return (
    <div className="draft-list-scroll" ref={scrollRef} onKeyDown={onKeyDown}>
      <ul className="draft-list" aria-label={t('library.list')} style={{ blockSize: virtualizer.getTotalSize() }}>
        {virtualizer.getVirtualItems().map((row) => {
          const { summary, snippet, isHeadlineMatch } = items[row.index]!;
          return (
            <li
              key={row.key}
              data-index={row.index}
              ref={virtualizer.measureElement}
              className="draft-list-row"
              style={{ transform: `translateY(${row.start}px)` }}
            >
              <button
                type="button"
                className="draft-list-item"
                tabIndex={row.index === current ? 0 : -1}
                aria-current={summary.id === openDraftId ? 'true' : undefined}
                onFocus={() => setActiveIndex(row.index)}
                onClick={() => onOpen(summary.id)}
              >
                <span className="draft-list-top">
                  {summary.section && <span className="draft-list-section">{summary.section}</span>}
                  <span className="status-badge" data-status={summary.status}>
                    {t(`status.${summary.status}`)}
                  </span>
                </span>
                <span className="draft-list-headline" dir="auto" data-headline-match={isHeadlineMatch || undefined}>
                  {summary.headline.trim() || t('library.untitled')}
                </span>
                {snippet ? (
                  <span className="draft-list-excerpt" dir="auto">
                    {snippet.before}
                    <mark>{snippet.match}</mark>
                    {snippet.after}
                  </span>
                ) : (
                  summary.excerpt && (
                    <span className="draft-list-excerpt" dir="auto">
                      {summary.excerpt}
                    </span>
                  )
                )}
                <span className="draft-list-meta">
                  {t('library.wordCount', { count: summary.wordCount })} ·{' '}
                  {t('library.updatedAt', { time: dateFormat.format(new Date(summary.updatedAt)) })}
                </span>
              </button>
            </li>
          );
        })}
      </ul>
    </div>
  );
}
