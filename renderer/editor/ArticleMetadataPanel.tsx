/**
 * The article's details beside it: tags, the slug (following the headline until edited) and the
 * description for search engines with its length guide.
 */
import { memo } from 'react';
import { articleLimits } from '../../shared/model/article';
import { TextField } from '../components/TextField';
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
      <TextField
        id="seo-description"
        label={t('article.seoDescription')}
        rows={3}
        value={seoDescription}
        describedBy="seo-guide"
        onChange={(next) => onChange({ seoDescription: next })}
      >
        <LengthGuide id="seo-guide" text={seoDescription} limits={articleLimits.seoDescription} />
      </TextField>
    </section>
  );
});
