/** A change between two versions of an article in a person's words, for the comparison's labels and the review's message. */
import { plainTextOf } from '../../shared/model/plainText';
import type { ArticleChange, Segment } from '../../shared/review/articleDiff';
import type { Translate } from '../i18n/I18nProvider';

/** The change as a copy editor would say it: a field's old and new text, a tag or related article added or removed, a block or a quote's speaker changed. */
export function describeChange(change: ArticleChange, t: Translate): string {
  switch (change.kind) {
    case 'field':
      return `${t(`compare.field.${change.field}`)}: «${change.before}» ← «${change.after}»`;
    case 'tagAdded':
      return t('compare.tagAdded', { tag: change.tag });
    case 'tagRemoved':
      return t('compare.tagRemoved', { tag: change.tag });
    case 'relatedAdded':
      return t('compare.relatedAdded', { title: change.related.title || change.related.url });
    case 'relatedRemoved':
      return t('compare.relatedRemoved', { title: change.related.title || change.related.url });
    case 'relatedReordered':
      return t('compare.relatedReordered');
    case 'blockAdded':
      return `${t(change.block.type === 'heading' ? 'compare.blockAdded.heading' : change.block.type === 'quote' ? 'compare.blockAdded.quote' : 'compare.blockAdded.other')}: ${plainTextOf(change.block).slice(0, 60)}`;
    case 'blockRemoved':
      return `${t(change.block.type === 'heading' ? 'compare.blockRemoved.heading' : change.block.type === 'quote' ? 'compare.blockRemoved.quote' : 'compare.blockRemoved.other')}: ${plainTextOf(change.block).slice(0, 60)}`;
    case 'quoteAttribution':
      return t('compare.quoteAttribution', { before: change.before.speaker, after: change.after.speaker });
    case 'words':
      return t('compare.words');
  }
}

/** One change inside a text (a field, a paragraph) as a decision's name says it: "حذف «دعت» وإضافة «تدعو» في العنوان الرئيسي". */
export function describeEdit(segments: readonly Segment[], changeId: number, place: string, t: Translate): string {
  const textOf = (type: 'removed' | 'added'): string =>
    segments
      .filter((segment) => segment.changeId === changeId && segment.type === type)
      .map((segment) => segment.text)
      .join(' ')
      .trim();
  const removed = textOf('removed');
  const added = textOf('added');
  if (removed && added) return t('review.edit.replace', { removed, added, place });
  if (removed) return t('review.edit.remove', { removed, place });
  return t('review.edit.add', { added, place });
}
