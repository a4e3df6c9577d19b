import { describe, expect, it } from 'vitest';
import { translate, type Language, type MessageKey } from '../../shared/i18n/catalogue';
import { emptyArticleContent } from '../../shared/model/article';
import type { RevisionSummary } from '../../shared/model/revision';
import { editedAfterCopyDesk } from '../../shared/model/workflow';
import { diffArticles } from '../../shared/review/articleDiff';
import { summariseChange } from '../../shared/review/changeSummary';
import { paragraphsBody } from '../testing/testDraft';
import { describeChange } from './describeChange';
import { revisionKindLabel, revisionNoteLines } from './describeRevision';

const translatorIn =
  (language: Language) =>
  (key: MessageKey, params?: Readonly<Record<string, string | number>>): string =>
    translate(language, key, params);
const t = translatorIn('ar');

describe('a change in words', () => {
  const before = { ...emptyArticleContent(), headline: 'موسكو دعت الوزير', tags: ['سوريا'], body: paragraphsBody('فقرة أولى اليوم') };
  const after = {
    ...before,
    headline: 'موسكو تدعو الوزير',
    tags: ['روسيا'],
    related: [{ key: 'a', title: 'الزيارة الأولى', url: 'https://example.com/1' }],
    body: paragraphsBody('فقرة أولى أمس', 'فقرة جديدة'),
  };
  const diff = diffArticles(before, after);
  const said = (language: Language): string[] =>
    diff.changes.map((change) => describeChange(summariseChange(change, diff), translatorIn(language)));

  it('says what was removed and added, and where, in a field, in tags, in related articles and in the body', () => {
    expect(said('ar')).toEqual(
      expect.arrayContaining([
        t('review.edit.replace', { removed: 'دعت', added: 'تدعو', place: t('compare.field.headline') }),
        t('review.edit.replace', { removed: 'اليوم', added: 'أمس', place: t('compare.place.block', { number: 1 }) }),
        t('compare.tagAdded', { tag: 'روسيا' }),
        t('compare.tagRemoved', { tag: 'سوريا' }),
        t('compare.relatedAdded', { title: 'الزيارة الأولى' }),
        `${t('compare.blockAdded.other')}: فقرة جديدة`,
      ]),
    );
    expect(said('ar')).toContain('حذف «دعت» وإضافة «تدعو» في العنوان الرئيسي');
  });

  it('says the same changes in English', () => {
    expect(said('en')).toContain(translate('en', 'review.edit.replace', { removed: 'دعت', added: 'تدعو', place: 'Headline' }));
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
    expect(revisionKindLabel(revision({ message: editedAfterCopyDesk }), t)).toBe(t('history.move.editedAfterCopyDesk'));
    expect(revisionKindLabel(revision({ note: { kind: 'statusChange', action: 'submit' } }), translatorIn('en'))).toBe(
      translate('en', 'history.move.submit'),
    );
    expect(revisionNoteLines(revision({ message: 'returnToWriter: أعد الصياغة' }), t)).toEqual(['أعد الصياغة']);
    expect(revisionNoteLines(revision({ note: { kind: 'statusChange', action: 'returnToWriter', note: 'المصادر' } }), t)).toEqual([
      'المصادر',
    ]);
    expect(revisionNoteLines(revision({ note: { kind: 'statusChange', action: 'submit' }, message: 'submit' }), t)).toEqual([]);
  });

  it('names a move this version does not know as a status change, and other revisions by their kind', () => {
    expect(revisionKindLabel(revision({ note: { kind: 'statusChange', action: 'archive' } }), t)).toBe(t('history.kind.statusChange'));
    expect(revisionKindLabel(revision({ message: 'نص حر' }), t)).toBe(t('history.kind.statusChange'));
    expect(revisionNoteLines(revision({ message: 'نص حر' }), t)).toEqual(['نص حر']);
    expect(revisionKindLabel(revision({ kind: 'manual' }), t)).toBe(t('history.kind.manual'));
  });

  it('says a review’s note in the interface’s language; an older note as it was written', () => {
    const note = {
      kind: 'review' as const,
      accepted: [{ kind: 'field' as const, field: 'headline', removed: 'دعت', added: 'تدعو' }],
      rejected: [{ kind: 'words' as const, block: 2, removed: 'اليوم', added: 'أمس' }],
    };
    const reviewed = revision({ kind: 'review', message: 'مراجعة: نص قديم', note });
    const en = translatorIn('en');
    expect(revisionNoteLines(reviewed, en)).toEqual([
      en('review.summary', { accepted: 1, rejected: 1 }),
      `${en('review.accepted')}: ${en('review.edit.replace', { removed: 'دعت', added: 'تدعو', place: en('compare.field.headline') })}`,
      `${en('review.rejected')}: ${en('review.edit.replace', { removed: 'اليوم', added: 'أمس', place: en('compare.place.block', { number: 2 }) })}`,
    ]);
    expect(revisionNoteLines(reviewed, t)[1]).toBe('قُبل: حذف «دعت» وإضافة «تدعو» في العنوان الرئيسي');
    expect(revisionNoteLines(revision({ kind: 'review', message: 'مراجعة: قُبل ١\nسطر' }), en)).toEqual(['مراجعة: قُبل ١']);
  });
});
