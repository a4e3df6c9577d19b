/**
 * The quote as the editor shows it: the quoted text, and under it the speaker, the role and the
 * pull-quote switch. The text runs in the article's direction; the controls under it are the
 * interface's, laid out in its direction (left to right in English, whatever the article).
 */
import { NodeViewContent, NodeViewWrapper, type ReactNodeViewProps } from '@tiptap/react';
import { directionOf } from '../../shared/i18n/catalogue';
import { useI18n } from '../i18n/I18nProvider';
import type { QuoteAttributes } from './extensions/quote';
import { textDirectionOf } from '../../shared/text/textDirection';

export function QuoteView({ node, updateAttributes, editor }: ReactNodeViewProps) {
  const { t, language } = useI18n();
  const { speaker, role, variant } = node.attrs as QuoteAttributes;
  const isEditable = editor.isEditable;
  return (
    <NodeViewWrapper as="figure" className={variant === 'pull' ? 'quote pull-quote' : 'quote'} data-variant={variant}>
      <NodeViewContent<'blockquote'> as="blockquote" className="quote-text" />
      <figcaption className="quote-caption" contentEditable={false} dir={directionOf(language)}>
        <label className="quote-field">
          <span>{t('quote.speaker')}</span>
          <input
            type="text"
            dir={textDirectionOf(speaker)}
            value={speaker}
            readOnly={!isEditable}
            placeholder={t('quote.speakerPlaceholder')}
            onChange={(event) => updateAttributes({ speaker: event.target.value })}
          />
        </label>
        <label className="quote-field">
          <span>{t('quote.role')}</span>
          <input
            type="text"
            dir={textDirectionOf(role)}
            value={role}
            readOnly={!isEditable}
            placeholder={t('quote.rolePlaceholder')}
            onChange={(event) => updateAttributes({ role: event.target.value })}
          />
        </label>
        <label className="quote-variant">
          <input
            type="checkbox"
            checked={variant === 'pull'}
            disabled={!isEditable}
            onChange={(event) => updateAttributes({ variant: event.target.checked ? 'pull' : 'quote' })}
          />
          <span>{t('quote.pull')}</span>
        </label>
      </figcaption>
    </NodeViewWrapper>
  );
}
