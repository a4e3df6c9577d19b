import { describe, expect, it } from 'vitest';
import { translate, type MessageKey } from '../../shared/i18n/catalogue';
import { emptyArticleContent } from '../../shared/model/article';
import { diffArticles } from '../../shared/review/articleDiff';
import { paragraphsBody } from '../testing/testDraft';
import { describeChange } from './describeChange';

const t = (key: MessageKey, params?: Readonly<Record<string, string | number>>): string => translate('ar', key, params);

describe('a change in words', () => {
  it('says what changed in a field, in tags, in related articles and in the body', () => {
    const before = { ...emptyArticleContent(), headline: 'موسكو تدعو', tags: ['سوريا'], body: paragraphsBody('فقرة') };
    const after = {
      ...before,
      headline: 'موسكو تدعو الشيباني',
      tags: ['روسيا'],
      related: [{ key: 'a', title: 'الزيارة الأولى', url: 'https://example.com/1' }],
      body: paragraphsBody('فقرة', 'فقرة جديدة'),
    };
    const said = diffArticles(before, after).changes.map((change) => describeChange(change, t));
    expect(said).toContain(`${t('compare.field.headline')}: «موسكو تدعو» ← «موسكو تدعو الشيباني»`);
    expect(said).toContain(t('compare.tagAdded', { tag: 'روسيا' }));
    expect(said).toContain(t('compare.tagRemoved', { tag: 'سوريا' }));
    expect(said).toContain(t('compare.relatedAdded', { title: 'الزيارة الأولى' }));
    expect(said).toContain(`${t('compare.blockAdded.other')}: فقرة جديدة`);
  });
});
