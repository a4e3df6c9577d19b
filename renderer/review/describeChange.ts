/** A change between two versions of an article in a person's words, for the comparison's labels, the decisions' names and a review's note. */
import { isMessageKey, type MessageKey } from '../../shared/i18n/catalogue';
import type { ChangeSummary } from '../../shared/model/revision';
import type { Segment } from '../../shared/review/articleDiff';
import { changedTextsOf } from '../../shared/review/changeSummary';
import type { Translate } from '../i18n/I18nProvider';

const blockKeys = {
  added: { heading: 'compare.blockAdded.heading', quote: 'compare.blockAdded.quote', other: 'compare.blockAdded.other' },
  removed: { heading: 'compare.blockRemoved.heading', quote: 'compare.blockRemoved.quote', other: 'compare.blockRemoved.other' },
} as const satisfies Record<string, Record<string, MessageKey>>;

const blockKey = (blockType: string | undefined, side: 'added' | 'removed'): MessageKey =>
  blockKeys[side][blockType === 'heading' ? 'heading' : blockType === 'quote' ? 'quote' : 'other'];

/** A text's edit where it happened: "حذف «دعت» وإضافة «تدعو» في العنوان الرئيسي". */
function describeTextEdit({ removed, added }: { removed: string; added: string }, place: string, t: Translate): string {
  if (removed && added) return t('review.edit.replace', { removed, added, place });
  if (removed) return t('review.edit.remove', { removed, place });
  return t('review.edit.add', { added, place });
}

/** Where a change is: the field's name, or the body's paragraph by number. */
function placeOf(change: ChangeSummary, t: Translate): string {
  if (change.field !== undefined) {
    const key = `compare.field.${change.field}`;
    return isMessageKey(key) ? t(key) : change.field;
  }
  return t('compare.place.block', { number: change.block ?? 0 });
}

/**
 * The change as a copy editor would say it, in the interface's language: a field's or paragraph's
 * edit by what was removed and added and where; a tag or related article added or removed; a
 * block added or removed; a quote's speaker changed.
 */
export function describeChange(change: ChangeSummary, t: Translate): string {
  const removed = change.removed ?? '';
  const added = change.added ?? '';
  switch (change.kind) {
    case 'field':
    case 'words':
      return describeTextEdit({ removed, added }, placeOf(change, t), t);
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
      return `${t(blockKey(change.blockType, 'added'))}: ${added}`;
    case 'blockRemoved':
      return `${t(blockKey(change.blockType, 'removed'))}: ${removed}`;
    case 'quoteAttribution':
      return t('compare.quoteAttribution', { before: removed, after: added });
  }
}

/** One change inside a text (a field, a paragraph) as a decision's name says it, its texts whole: "حذف «دعت» وإضافة «تدعو» في العنوان الرئيسي". */
export function describeEdit(segments: readonly Segment[], changeId: number, place: string, t: Translate): string {
  return describeTextEdit(changedTextsOf(segments, changeId), place, t);
}
