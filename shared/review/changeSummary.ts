/**
 * A change of a comparison as data in no language (a ChangeSummary): what kind, where, the text
 * removed and added. A review's note keeps its decisions so, and the history says them in the
 * interface's language (renderer/review/describeChange.ts), whichever language the review was in.
 */
import { excerptOf, plainTextOf } from '../model/plainText';
import type { ChangeSummary } from '../model/revision';
import type { ArticleChange, ArticleDiff, Segment } from './articleDiff';

/** How much of a removed or added text a note keeps. */
const excerptLength = 120;

/** The text one change removes and adds inside a field or a paragraph (its runs, if several, joined by a space); empty when none. */
export function changedTextsOf(segments: readonly Segment[], changeId: number): { removed: string; added: string } {
  const textOf = (type: 'removed' | 'added'): string =>
    segments
      .filter((segment) => segment.changeId === changeId && segment.type === type)
      .map((segment) => segment.text)
      .join(' ')
      .trim();
  return { removed: textOf('removed'), added: textOf('added') };
}

function excerptsOf(segments: readonly Segment[], changeId: number): Pick<ChangeSummary, 'removed' | 'added'> {
  const { removed, added } = changedTextsOf(segments, changeId);
  return { ...(removed && { removed: excerptOf(removed, excerptLength) }), ...(added && { added: excerptOf(added, excerptLength) }) };
}

/** Each word change's paragraph segments, found once per comparison (a long article's review summarises hundreds of changes). */
const segmentsByChange = new WeakMap<ArticleDiff, ReadonlyMap<number, readonly Segment[]>>();

function segmentsOfChange(diff: ArticleDiff, changeId: number): readonly Segment[] | undefined {
  let index = segmentsByChange.get(diff);
  if (!index) {
    const built = new Map<number, readonly Segment[]>();
    for (const row of diff.body) {
      if (row.kind !== 'changed') continue;
      for (const segment of row.segments)
        if (segment.changeId !== undefined && !built.has(segment.changeId)) built.set(segment.changeId, row.segments);
    }
    segmentsByChange.set(diff, (index = built));
  }
  return index.get(changeId);
}

/** The change as data; a body block is numbered from 1 in the newer version (in the older, for a removed block). */
export function summariseChange(change: ArticleChange, diff: ArticleDiff): ChangeSummary {
  switch (change.kind) {
    case 'field':
      return { kind: change.kind, field: change.field, ...excerptsOf(change.segments, change.id) };
    case 'tagAdded':
      return { kind: change.kind, added: change.tag };
    case 'tagRemoved':
      return { kind: change.kind, removed: change.tag };
    case 'relatedAdded':
      return { kind: change.kind, added: excerptOf(change.related.title || change.related.url, excerptLength) };
    case 'relatedRemoved':
      return { kind: change.kind, removed: excerptOf(change.related.title || change.related.url, excerptLength) };
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
      const segments = segmentsOfChange(diff, change.id);
      return { kind: change.kind, block: change.blockNewIndex + 1, ...(segments ? excerptsOf(segments, change.id) : {}) };
    }
    case 'quoteAttribution':
      return {
        kind: change.kind,
        block: change.blockNewIndex + 1,
        removed: excerptOf(change.before.speaker, excerptLength),
        added: excerptOf(change.after.speaker, excerptLength),
      };
  }
}
