import { describe, expect, it } from 'vitest';
import { translate, type Language, type MessageKey } from '../../shared/i18n/catalogue';
import { emptyArticleContent } from '../../shared/model/article';
import type { RevisionSummary } from '../../shared/model/revision';
import { diffArticles } from '../../shared/review/articleDiff';
import { summariseChange } from '../../shared/review/changeSummary';
import { paragraphsBody } from '../testing/testDraft';
import { describeChange } from './describeChange';
import { revisionKindLabel, revisionNoteLines } from './describeRevision';

const in_ =
  (language: Language) =>
  (key: MessageKey, params?: Readonly<Record<string, string | number>>): string =>
    translate(language, key, params);
const t = in_('ar');

describe('a change in words', () => {
  const before = { ...emptyArticleContent(), headline: 'موسكو دعت الوزير', tags: ['سوريا'], body: paragraphsBody('فقرة') };
  const after = {
    ...before,
    headline: 'موسكو تدعو الوزير',
    tags: ['روسيا'],
    related: [{ key: 'a', title: 'الزيارة الأولى', url: 'https://example.com/1' }],
    body: paragraphsBody('فقرة', 'فقرة جديدة'),
  };
  const diff = diffArticles(before, after);
  const said = (language: Language): string[] => diff.changes.map((change) => describeChange(summariseChange(change, diff), in_(language)));

  it('says what was removed and added, and where, in Arabic', () => {
    expect(said('ar')).toContain('حذف «دعت» وإضافة «تدعو» في العنوان الرئيسي');
    expect(said('ar')).toContain(t('compare.tagAdded', { tag: 'روسيا' }));
    expect(said('ar')).toContain(t('compare.tagRemoved', { tag: 'سوريا' }));
    expect(said('ar')).toContain(t('compare.relatedAdded', { title: 'الزيارة الأولى' }));
    expect(said('ar')).toContain(`${t('compare.blockAdded.other')}: فقرة جديدة`);
  });

  it('says the same change in English', () => {
    expect(said('en')).toContain('Headline: remove “دعت” and add “تدعو”');
  });
});

describe('a revision in the history', () => {
  const revision = (change: Partial<RevisionSummary>): RevisionSummary => ({
    id: '00000000-0000-4000-8000-000000000001',
    draftId: '00000000-0000-4000-8000-000000000002',
    createdAt: '2026-12-02T10:00:00.000Z',
    author: 'ريم',
    kind: 'statusChange',
    message: '',
    status: 'submitted',
    draftVersion: 1,
    ...change,
  });

  it('names each workflow move, from its note or from an older revision’s message', () => {
    expect(revisionKindLabel(revision({ note: { kind: 'statusChange', action: 'submit' } }), t)).toBe('أُرسلت للتدقيق');
    expect(revisionKindLabel(revision({ message: 'startCopyEdit' }), t)).toBe('بدأ التدقيق');
    expect(revisionNoteLines(revision({ message: 'returnToWriter: أعد الصياغة' }), t)).toEqual(['أعد الصياغة']);
    expect(revisionKindLabel(revision({ kind: 'manual' }), t)).toBe(t('history.kind.manual'));
  });

  it('says a review’s note in the interface’s language; an older note as it was written', () => {
    const note = {
      kind: 'review' as const,
      accepted: [{ kind: 'field' as const, field: 'headline', removed: 'دعت', added: 'تدعو' }],
      rejected: [{ kind: 'words' as const, block: 2, removed: 'اليوم', added: 'أمس' }],
    };
    const reviewed = revision({ kind: 'review', message: 'مراجعة: نص قديم', note });
    expect(revisionNoteLines(reviewed, in_('en'))).toEqual([
      'Review: accepted 1, rejected 1',
      'Accepted: Headline: remove “دعت” and add “تدعو”',
      'Rejected: paragraph 2: remove “اليوم” and add “أمس”',
    ]);
    expect(revisionNoteLines(reviewed, t)[1]).toBe('قُبل: حذف «دعت» وإضافة «تدعو» في العنوان الرئيسي');
    expect(revisionNoteLines(revision({ kind: 'review', message: 'مراجعة: قُبل ١\nسطر' }), in_('en'))).toEqual(['مراجعة: قُبل ١']);
  });
});
