import { describe, expect, it } from 'vitest';
import { emptyArticleContent } from './article';
import { articleCopy } from './articleCopy';

describe('articleCopy', () => {
  it('marks the headline as a copy and gives it its own slug, even when the original slug was typed', () => {
    const original = { ...emptyArticleContent(), headline: 'قمة دمشق', slug: 'damascus-summit', isSlugEdited: true, tags: ['سوريا'] };
    expect(articleCopy(original, '(نسخة)')).toEqual({
      ...original,
      headline: 'قمة دمشق (نسخة)',
      slug: 'قمة-دمشق-نسخة',
      isSlugEdited: false,
    });
  });

  it('leaves no stray space when there is no headline or no suffix', () => {
    expect(articleCopy(emptyArticleContent(), '(نسخة)').headline).toBe('(نسخة)');
    expect(articleCopy({ ...emptyArticleContent(), headline: 'قمة' }, '').headline).toBe('قمة');
  });
});
