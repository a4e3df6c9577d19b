/**
 * A change of a comparison as data in no language (a ChangeSummary): what kind, where, the text
 * removed and added. The comparison's labels, the decisions' accessible names and a review's
 * stored note are all said from it, so each reads in the interface's language.
 */
import type { ChangeSummary } from '../model/revision';
import { excerptOf, plainTextOf } from '../model/plainText';
import type { ArticleChange, ArticleDiff, Segment } from './articleDiff';

const excerptLength = 120;

/** The removed and the added text of one change among segments (several runs of one change joined with an ellipsis). */
function textsOf(segments: readonly Segment[], changeId: number): Pick<ChangeSummary, 'removed' | 'added'> {
  const join = (type: Segment['type']): string | undefined => {
    const texts = segments
      .filter((segment) => segment.changeId === changeId && segment.type === type)
      .map((segment) => segment.text.trim());
    return texts.length > 0 ? excerptOf(texts.join(' … '), excerptLength) : undefined;
  };
  const removed = join('removed');
  const added = join('added');
  return { ...(removed !== undefined && { removed }), ...(added !== undefined && { added }) };
}

/** The change as data; the body's block is numbered from 1 in the newer version (or the older, for a removed block). */
export function summariseChange(change: ArticleChange, diff: ArticleDiff): ChangeSummary {
  switch (change.kind) {
    case 'field':
      return { kind: change.kind, field: change.field, ...textsOf(change.segments, change.id) };
    case 'tagAdded':
      return { kind: change.kind, added: change.tag };
    case 'tagRemoved':
      return { kind: change.kind, removed: change.tag };
    case 'relatedAdded':
      return { kind: change.kind, added: change.related.title || change.related.url };
    case 'relatedRemoved':
      return { kind: change.kind, removed: change.related.title || change.related.url };
    case 'relatedReordered':
      return { kind: change.kind };
    case 'blockAdded':
      return {
        kind: change.kind,
        block: change.newIndex + 1,
        blockType: change.block.type,
        added: excerptOf(plainTextOf(change.block), excerptLength),
      };
    case 'blockRemoved':
      return {
        kind: change.kind,
        block: change.oldIndex + 1,
        blockType: change.block.type,
        removed: excerptOf(plainTextOf(change.block), excerptLength),
      };
    case 'words': {
      const row = diff.body.find(
        (candidate) => candidate.kind === 'changed' && candidate.segments.some((segment) => segment.changeId === change.id),
      );
      return { kind: change.kind, block: change.blockNewIndex + 1, ...(row?.kind === 'changed' ? textsOf(row.segments, change.id) : {}) };
    }
    case 'quoteAttribution':
      return { kind: change.kind, block: change.blockNewIndex + 1, removed: change.before.speaker, added: change.after.speaker };
  }
}
