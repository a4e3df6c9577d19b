/**
 * The related-articles list ("مقالات ذات صلة"): add, edit, remove; reorder with Alt+↑/↓ (focus
 * stays on the moved entry, and the move is announced) or by dragging; addresses must be http(s);
 * an entry can point to a local draft.
 */
import { memo, useEffect, useRef, useState, type KeyboardEvent } from 'react';
import { articleLimits, isHttpUrl, type RelatedArticle } from '../../../shared/model/article';
import type { DraftSummary } from '../../../shared/model/draft';
import { useI18n } from '../../i18n/I18nProvider';
import { textDirectionOf } from '../../../shared/text/textDirection';

/** Past this many characters a title or an address may be cut in its field: offer to show them whole. */
const wholeAfter = 28;

interface RelatedArticlesEditorProps {
  items: readonly RelatedArticle[];
  /** The library's drafts, asked for only when the picker is used. */
  loadDrafts: () => Promise<DraftSummary[]>;
  currentDraftId: string;
  onChange: (items: RelatedArticle[]) => void;
}

const newKey = (): string => `related-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 8)}`;

/** What the editor typed, made into an address when it is one: "www.example.com/x" gets https://. */
function addressFrom(text: string): string {
  const trimmed = text.trim();
  if (!trimmed || isHttpUrl(trimmed)) return trimmed;
  if (!/^[a-z][a-z0-9+.-]*:/i.test(trimmed) && /^[\p{L}\p{N}-]+(\.[\p{L}\p{N}-]+)+(\/.*)?$/u.test(trimmed)) return `https://${trimmed}`;
  return trimmed;
}

function move<T>(list: readonly T[], from: number, to: number): T[] {
  const next = [...list];
  const [item] = next.splice(from, 1);
  next.splice(to, 0, item!);
  return next;
}

export const RelatedArticlesEditor = memo(function RelatedArticlesEditor({
  items,
  loadDrafts,
  currentDraftId,
  onChange,
}: RelatedArticlesEditorProps) {
  const [drafts, setDrafts] = useState<DraftSummary[]>([]);
  const { t } = useI18n();
  const [announcement, setAnnouncement] = useState('');
  const [dragIndex, setDragIndex] = useState<number | undefined>();
  const pendingFocus = useRef<{ key: string; field: string } | undefined>(undefined);
  const listRef = useRef<HTMLOListElement>(null);

  useEffect(() => {
    const target = pendingFocus.current;
    if (!target) return;
    pendingFocus.current = undefined;
    listRef.current?.querySelector<HTMLElement>(`[data-key="${target.key}"] [data-field="${target.field}"]`)?.focus();
  });

  const update = (index: number, change: Partial<RelatedArticle>): void =>
    onChange(items.map((item, position) => (position === index ? { ...item, ...change } : item)));

  const reorder = (from: number, to: number, field?: string): void => {
    if (to < 0 || to >= items.length || from === to) return;
    const item = items[from]!;
    if (field) pendingFocus.current = { key: item.key, field };
    onChange(move(items, from, to));
    setAnnouncement(t('related.moved', { title: item.title || item.url || '…', position: to + 1 }));
  };

  const onRowKeyDown = (event: KeyboardEvent<HTMLLIElement>, index: number): void => {
    if (!event.altKey || (event.key !== 'ArrowUp' && event.key !== 'ArrowDown')) return;
    event.preventDefault();
    const field = (event.target as HTMLElement).dataset.field ?? 'title';
    reorder(index, event.key === 'ArrowUp' ? index - 1 : index + 1, field);
  };

  const add = (entry: Partial<RelatedArticle> = {}): void => {
    if (items.length >= articleLimits.related.max) return;
    const item: RelatedArticle = { key: newKey(), title: '', url: '', ...entry };
    pendingFocus.current = { key: item.key, field: entry.title ? 'url' : 'title' };
    onChange([...items, item]);
  };

  const otherDrafts = drafts.filter((draft) => draft.id !== currentDraftId && draft.headline.trim());

  return (
    <section className="panel" aria-labelledby="related-title">
      <h2 id="related-title" className="panel-title">
        {t('related.title')}
      </h2>
      <p id="related-hint" className="panel-hint">
        {t('related.reorderHint')}
      </p>
      {items.length === 0 && <p className="panel-empty">{t('related.empty')}</p>}
      <ol className="related-list" ref={listRef} aria-describedby="related-hint">
        {items.map((item, index) => (
          <RelatedRow
            key={item.key}
            item={item}
            index={index}
            count={items.length}
            isDragged={dragIndex === index}
            onKeyDown={(event) => onRowKeyDown(event, index)}
            onChange={(change) => update(index, change)}
            onMove={(to, field) => reorder(index, to, field)}
            onRemove={() => onChange(items.filter((_, position) => position !== index))}
            onDragStart={() => setDragIndex(index)}
            onDragEnd={() => setDragIndex(undefined)}
            onDrop={() => {
              if (dragIndex !== undefined) reorder(dragIndex, index);
              setDragIndex(undefined);
            }}
          />
        ))}
      </ol>
      <div className="related-actions">
        <button type="button" onClick={() => add()} disabled={items.length >= articleLimits.related.max}>
          {t('related.add')}
        </button>
        <label className="related-pick">
          <span className="visually-hidden">{t('related.pickDraft')}</span>
          <select
            value=""
            onFocus={() => void loadDrafts().then(setDrafts)}
            onChange={(event) => {
              const draft = otherDrafts.find((candidate) => candidate.id === event.target.value);
              if (draft) add({ title: draft.headline, draftId: draft.id });
            }}
          >
            <option value="">{t('related.pickDraft')}</option>
            {otherDrafts.slice(0, 200).map((draft) => (
              <option key={draft.id} value={draft.id}>
                {draft.headline}
              </option>
            ))}
          </select>
        </label>
      </div>
      <p className="visually-hidden" role="status" aria-live="polite">
        {announcement}
      </p>
    </section>
  );
});

interface RelatedRowProps {
  item: RelatedArticle;
  index: number;
  count: number;
  isDragged: boolean;
  onKeyDown: (event: KeyboardEvent<HTMLLIElement>) => void;
  onChange: (change: Partial<RelatedArticle>) => void;
  onMove: (to: number, field: string) => void;
  onRemove: () => void;
  onDragStart: () => void;
  onDragEnd: () => void;
  onDrop: () => void;
}

function RelatedRow({
  item,
  index,
  count,
  isDragged,
  onKeyDown,
  onChange,
  onMove,
  onRemove,
  onDragStart,
  onDragEnd,
  onDrop,
}: RelatedRowProps) {
  const { t } = useI18n();
  const [urlText, setUrlText] = useState(item.url);
  const [isUrlInvalid, setIsUrlInvalid] = useState(false);
  const position = index + 1;
  const errorId = `${item.key}-url-error`;

  const commitUrl = (text: string, isFinal: boolean): void => {
    const address = isFinal ? addressFrom(text) : text.trim();
    if (address === '' || isHttpUrl(address)) {
      setIsUrlInvalid(false);
      if (isFinal) setUrlText(address);
      if (address !== item.url) onChange({ url: address });
    } else {
      setIsUrlInvalid(isFinal || /^[a-z][a-z0-9+.-]*:/i.test(address));
    }
  };

  return (
    <li
      className="related-item"
      data-key={item.key}
      data-dragged={isDragged || undefined}
      onKeyDown={onKeyDown}
      onDragOver={(event) => event.preventDefault()}
      onDrop={(event) => {
        event.preventDefault();
        onDrop();
      }}
    >
      <span
        className="drag-handle"
        draggable
        aria-hidden="true"
        onDragStart={(event) => {
          event.dataTransfer.effectAllowed = 'move';
          event.dataTransfer.setData('text/plain', item.key);
          onDragStart();
        }}
        onDragEnd={onDragEnd}
      >
        ⋮⋮
      </span>
      <span className="related-position" aria-hidden="true">
        {position}
      </span>
      <div className="related-fields">
        <input
          type="text"
          dir={textDirectionOf(item.title)}
          data-field="title"
          aria-label={t('related.itemTitle', { position })}
          title={item.title || undefined}
          value={item.title}
          maxLength={500}
          onChange={(event) => onChange({ title: event.target.value })}
        />
        <input
          type="url"
          dir="ltr"
          data-field="url"
          aria-label={t('related.itemUrl', { position })}
          aria-invalid={isUrlInvalid}
          aria-describedby={isUrlInvalid ? errorId : undefined}
          placeholder="https://"
          title={urlText || undefined}
          value={urlText}
          onChange={(event) => {
            setUrlText(event.target.value);
            commitUrl(event.target.value, false);
          }}
          onBlur={(event) => commitUrl(event.target.value, true)}
        />
        {isUrlInvalid && (
          <p id={errorId} className="field-error" role="alert">
            {t('related.urlInvalid')}
          </p>
        )}
        {item.draftId && <p className="related-note">{t('related.localDraft')}</p>}
        {(item.title.length > wholeAfter || urlText.length > wholeAfter) && (
          <details className="related-whole">
            <summary>{t('related.showWhole')}</summary>
            <p dir="auto">{item.title}</p>
            <p dir="ltr">{urlText}</p>
          </details>
        )}
      </div>
      <div className="related-buttons">
        <button
          type="button"
          data-field="up"
          aria-label={`${t('related.moveUp')} (${position})`}
          disabled={index === 0}
          onClick={() => onMove(index - 1, 'up')}
        >
          ↑
        </button>
        <button
          type="button"
          data-field="down"
          aria-label={`${t('related.moveDown')} (${position})`}
          disabled={index === count - 1}
          onClick={() => onMove(index + 1, 'down')}
        >
          ↓
        </button>
        <button type="button" aria-label={`${t('related.remove')} (${position})`} onClick={onRemove}>
          ×
        </button>
      </div>
    </li>
  );
}
