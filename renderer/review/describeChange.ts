/** A change between two versions of an article in a person's words, for the comparison's labels and the review's message. */
import { plainTextOf } from '../../shared/model/plainText';
import type { ArticleChange } from '../../shared/review/articleDiff';
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
