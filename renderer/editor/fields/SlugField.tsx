/** The slug: generated from the headline (Arabic allowed) until the editor types one of their own. */
import { isValidSlug, slugify } from '../../../shared/text/slug';
import { articleLimits } from '../../../shared/model/article';
import { useI18n } from '../../i18n/I18nProvider';
import { textDirectionOf } from '../../../shared/text/textDirection';

interface SlugFieldProps {
  slug: string;
  isEdited: boolean;
  headline: string;
  onChange: (change: { slug: string; isSlugEdited: boolean }) => void;
}

export function SlugField({ slug, isEdited, headline, onChange }: SlugFieldProps) {
  const { t } = useI18n();
  const isInvalid = slug !== '' && !isValidSlug(slug);
  return (
    <div className="field">
      <label htmlFor="slug" className="field-label">
        {t('article.slug')}
      </label>
      <div className="field-row">
        <input
          id="slug"
          type="text"
          dir={textDirectionOf(slug)}
          value={slug}
          maxLength={articleLimits.slug.max}
          aria-invalid={isInvalid}
          aria-describedby={isInvalid ? 'slug-error' : undefined}
          onChange={(event) => onChange({ slug: event.target.value.toLowerCase().replace(/\s+/g, '-'), isSlugEdited: true })}
        />
        {isEdited && (
          <button type="button" onClick={() => onChange({ slug: slugify(headline), isSlugEdited: false })}>
            {t('article.slugFromHeadline')}
          </button>
        )}
      </div>
      {isInvalid && (
        <p id="slug-error" className="field-error" role="alert">
          {t('article.slugInvalid')}
        </p>
      )}
    </div>
  );
}
