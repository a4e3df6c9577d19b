/**
 * Tags as chips: Enter, a comma or an Arabic comma adds one; Backspace in the empty box removes the
 * last. The chips' remove buttons are one Tab stop with the arrow keys between them.
 */
import { useState } from 'react';
import { articleLimits, normaliseTag } from '../../../shared/model/article';
import { useRovingFocus } from '../../components/useRovingFocus';
import { useI18n } from '../../i18n/I18nProvider';
import { textDirectionOf } from '../../../shared/text/textDirection';

export function TagsField({ tags, onChange }: { tags: readonly string[]; onChange: (tags: string[]) => void }) {
  const { t } = useI18n();
  const [text, setText] = useState('');
  const { ref: chipListRef, onKeyDown: onChipKeyDown, onFocus: onChipFocus } = useRovingFocus<HTMLUListElement>();

  const add = (raw: string): void => {
    const additions = raw.split(/[,،]/).map(normaliseTag).filter(Boolean);
    const next = [...tags];
    for (const tag of additions) if (!next.includes(tag) && next.length < articleLimits.tags.max) next.push(tag);
    if (next.length !== tags.length) onChange(next);
    setText('');
  };

  return (
    <div className="field">
      <label htmlFor="tags-input" className="field-label">
        {t('article.tags')}
      </label>
      <div className="chips">
        <ul className="chip-list" aria-label={t('article.tags')} ref={chipListRef} onKeyDown={onChipKeyDown} onFocus={onChipFocus}>
          {tags.map((tag, index) => (
            <li key={tag} className="chip" dir="auto">
              {tag}
              <button
                type="button"
                className="chip-remove"
                aria-label={t('article.removeTag', { tag })}
                onClick={() => {
                  onChange(tags.filter((other) => other !== tag));
                  // Focus stays in the field: on the tag that takes this one's place, or the box for a new one.
                  requestAnimationFrame(() => {
                    const buttons = chipListRef.current?.querySelectorAll<HTMLElement>('button');
                    (buttons?.[Math.min(index, buttons.length - 1)] ?? document.getElementById('tags-input'))?.focus();
                  });
                }}
              >
                ×
              </button>
            </li>
          ))}
        </ul>
        <input
          id="tags-input"
          type="text"
          dir={textDirectionOf(text)}
          value={text}
          maxLength={articleLimits.tag.max * 3}
          placeholder={t('article.tagsPlaceholder')}
          onChange={(event) => {
            const value = event.target.value;
            if (/[,،]$/.test(value)) add(value);
            else setText(value);
          }}
          onKeyDown={(event) => {
            if (event.key === 'Enter') {
              event.preventDefault();
              add(text);
            } else if (event.key === 'Backspace' && text === '' && tags.length > 0) {
              onChange(tags.slice(0, -1));
            }
          }}
          onBlur={() => text.trim() && add(text)}
        />
      </div>
    </div>
  );
}
