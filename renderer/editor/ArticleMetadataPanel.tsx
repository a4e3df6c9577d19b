/**
 * The article's details beside it: tags, the slug (following the headline until edited) and the
 * description for search engines with its length guide.
 */
import { memo } from 'react';
import { articleLimits } from '../../shared/model/article';
import { useI18n } from '../i18n/I18nProvider';
import type { ArticleFields } from './draftSession';
import { LengthGuide } from './fields/LengthGuide';
import { SlugField } from './fields/SlugField';
import { TagsField } from './fields/TagsField';

type ArticleMetadata = Pick<ArticleFields, 'tags' | 'slug' | 'isSlugEdited' | 'headline' | 'seoDescription'>;

interface ArticleMetadataPanelProps extends ArticleMetadata {
  onChange: (change: Partial<ArticleFields>) => void;
}

export const ArticleMetadataPanel = memo(function ArticleMetadataPanel({
  tags,
  slug,
  isSlugEdited,
  headline,
  seoDescription,
  onChange,
}: ArticleMetadataPanelProps) {
  const { t } = useI18n();
  return (
    <section className="panel" aria-labelledby="metadata-title">
      <h2 id="metadata-title" className="panel-title">
        {t('article.metadata')}
      </h2>
      <TagsField tags={tags} onChange={(next) => onChange({ tags: next })} />
      <SlugField slug={slug} isEdited={isSlugEdited} headline={headline} onChange={onChange} />
      <div className="field">
        <label htmlFor="seo-description" className="field-label">
          {t('article.seoDescription')}
        </label>
        <textarea
          id="seo-description"
          dir="auto"
          rows={3}
          value={seoDescription}
          aria-describedby="seo-guide"
          onChange={(event) => onChange({ seoDescription: event.target.value })}
        />
        <LengthGuide id="seo-guide" text={seoDescription} limits={articleLimits.seoDescription} />
      </div>
    </section>
  );
});
