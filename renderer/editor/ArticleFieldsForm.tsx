/**
 * The article's fields in the order a desk writes them: section (one used in the library, or a
 * new one), kicker, headline and standfirst with their length guides, byline, dateline, and the
 * body with its toolbar. It re-renders when a field or the link form changes, never for a
 * keystroke in the body (that is TipTap's to draw).
 */
import { memo, useEffect, useState } from 'react';
import { EditorContent, type Editor } from '@tiptap/react';
import { articleLimits } from '../../shared/model/article';
import { useApi } from '../api/ApiProvider';
import { useI18n } from '../i18n/I18nProvider';
import { BodyToolbar } from './BodyToolbar';
import type { ArticleFields } from './draftSession';
import { LengthGuide } from './fields/LengthGuide';
import { DateField } from '../components/DateField';
import { TextField } from '../components/TextField';
import type { DeskDateStyle } from '../../shared/text/deskDate';

interface ArticleFieldsFormProps {
  fields: ArticleFields;
  onChange: (change: Partial<ArticleFields>) => void;
  /** The body editor; null until TipTap has built it. */
  editor: Editor | null;
  isLinkFormOpen: boolean;
  onLinkFormChange: (isOpen: boolean) => void;
  /** Kept mounted while the preview or the history shows, so the editor and its undo history stay. */
  isHidden: boolean;
  /** How the desk writes dates (settings): the dateline's date is typed and shown that way. */
  deskDate: DeskDateStyle;
}

export const ArticleFieldsForm = memo(function ArticleFieldsForm({
  fields,
  onChange,
  editor,
  isLinkFormOpen,
  onLinkFormChange,
  isHidden,
  deskDate,
}: ArticleFieldsFormProps) {
  const api = useApi();
  const { t } = useI18n();
  const [sections, setSections] = useState<string[]>([]);

  useEffect(() => {
    void api.call('drafts.sections', {}).then((result) => result.ok && setSections(result.value.sections));
  }, [api]);

  return (
    <div className="article-form" hidden={isHidden}>
      <div className="field-row">
        <TextField
          id="section"
          label={t('article.section')}
          value={fields.section}
          maxLength={120}
          list="section-options"
          placeholder={t('article.sectionPlaceholder')}
          onChange={(section) => onChange({ section })}
        >
          <datalist id="section-options">
            {sections.map((section) => (
              <option key={section} value={section} />
            ))}
          </datalist>
        </TextField>
        <TextField
          id="kicker"
          label={t('article.kicker')}
          value={fields.kicker}
          maxLength={articleLimits.kicker.max}
          placeholder={t('article.kickerPlaceholder')}
          onChange={(kicker) => onChange({ kicker })}
        />
      </div>

      <TextField
        id="headline"
        label={t('editor.headline')}
        rows={2}
        enterMovesTo="standfirst"
        inputClassName="headline-input"
        value={fields.headline}
        describedBy="headline-guide"
        placeholder={t('editor.headlinePlaceholder')}
        onChange={(headline) => onChange({ headline })}
      >
        <LengthGuide id="headline-guide" text={fields.headline} limits={articleLimits.headline} isWordCountShown />
      </TextField>

      <TextField
        id="standfirst"
        label={t('article.standfirst')}
        rows={3}
        inputClassName="standfirst-input"
        value={fields.standfirst}
        describedBy="standfirst-guide"
        placeholder={t('article.standfirstPlaceholder')}
        onChange={(standfirst) => onChange({ standfirst })}
      >
        <LengthGuide id="standfirst-guide" text={fields.standfirst} limits={articleLimits.standfirst} />
      </TextField>

      <div className="field-row">
        <TextField
          id="byline"
          label={t('article.byline')}
          value={fields.byline}
          maxLength={200}
          placeholder={t('article.bylinePlaceholder')}
          onChange={(byline) => onChange({ byline })}
        />
        <TextField
          id="dateline-place"
          label={t('article.datelinePlace')}
          value={fields.dateline.place}
          maxLength={120}
          placeholder={t('article.datelinePlacePlaceholder')}
          onChange={(place) => onChange({ dateline: { ...fields.dateline, place } })}
        />
        <DateField
          id="dateline-date"
          label={t('article.datelineDate')}
          className="field-narrow"
          value={fields.dateline.date}
          deskDate={deskDate}
          printedIn={fields.language}
          onChange={(date) => onChange({ dateline: { ...fields.dateline, date } })}
        />
      </div>

      <div className="field">
        <span className="field-label" id="body-label">
          {t('editor.body')}
        </span>
        {editor && <BodyToolbar editor={editor} isLinkFormOpen={isLinkFormOpen} onLinkFormChange={onLinkFormChange} />}
        <EditorContent editor={editor} className="body-editor-frame" dir={fields.language === 'ar' ? 'rtl' : 'ltr'} />
      </div>
    </div>
  );
});
