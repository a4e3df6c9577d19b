/** A change between two versions of an article in a person's words, for the comparison's labels, the decisions' names and a review's note. */
import { isMessageKey, type MessageKey } from '../../shared/i18n/catalogue';
import type { ChangeSummary } from '../../shared/model/revision';
import type { Translate } from '../i18n/I18nProvider';

const blockKeys = {
  Added: { heading: 'compare.blockAdded.heading', quote: 'compare.blockAdded.quote', other: 'compare.blockAdded.other' },
  Removed: { heading: 'compare.blockRemoved.heading', quote: 'compare.blockRemoved.quote', other: 'compare.blockRemoved.other' },
} as const satisfies Record<string, Record<string, MessageKey>>;

const blockKey = (change: ChangeSummary, action: 'Added' | 'Removed'): MessageKey =>
  blockKeys[action][change.blockType === 'heading' ? 'heading' : change.blockType === 'quote' ? 'quote' : 'other'];

/** Where a change is: the field's name, or the body's paragraph by number. */
export function placeOf(change: ChangeSummary, t: Translate): string {
  if (change.field !== undefined) {
    const key = `compare.field.${change.field}`;
    return isMessageKey(key) ? t(key) : change.field;
  }
  return t('review.place.block', { number: change.block ?? 0 });
}

/**
 * The change as a copy editor would say it, in the interface's language: what was removed and what
 * added, and where ("حذف «دعت» وإضافة «تدعو» في العنوان الرئيسي"); a tag or related article added or
 * removed; a block added or removed; a quote's speaker changed.
 */
export function describeChange(change: ChangeSummary, t: Translate): string {
  const removed = change.removed ?? '';
  const added = change.added ?? '';
  switch (change.kind) {
    case 'field':
    case 'words': {
      const place = placeOf(change, t);
      if (removed && added) return t('review.change.replaced', { removed, added, place });
      if (removed) return t('review.change.removed', { removed, place });
      if (added) return t('review.change.added', { added, place });
      return t('review.change.spacing', { place });
    }
    case 'tagAdded':
      return t('compare.tagAdded', { tag: added });
    case 'tagRemoved':
      return t('compare.tagRemoved', { tag: removed });
    case 'relatedAdded':
      return t('compare.relatedAdded', { title: added });
    case 'relatedRemoved':
      return t('compare.relatedRemoved', { title: removed });
    case 'relatedReordered':
      return t('compare.relatedReordered');
    case 'blockAdded':
      return `${t(blockKey(change, 'Added'))}: ${added}`;
    case 'blockRemoved':
      return `${t(blockKey(change, 'Removed'))}: ${removed}`;
    case 'quoteAttribution':
      return t('compare.quoteAttribution', { before: removed, after: added });
  }
}
