/**
 * Compares two versions of an article for copy editing: field by field, tags and related links
 * (added, removed, reordered), and the body block by block, then word by word inside a changed
 * block (tokenised for Arabic: a word keeps its diacritics and tatweel; spaces and punctuation
 * are tokens of their own). Every change has an id, so a reviewer can accept or reject each one
 * (see applyReview). Structural changes are named: a subsection or quote added or removed, a
 * quote's speaker changed. The diffing itself is jsdiff's.
 */
import { diffArrays } from 'diff';
import type { ArticleContent, RelatedArticle } from '../model/article';
import { plainTextOf } from '../model/plainText';
import type { RichTextMark, RichTextNode } from '../model/richTextDocument';
import { canonicalJson } from '../model/revision';
import { withSlugFollowingHeadline } from '../text/slug';
import { wordCharacterClass } from '../text/wordCharacters';

export const comparedFields = [
  'section',
  'kicker',
  'headline',
  'standfirst',
  'byline',
  'datelinePlace',
  'datelineDate',
  'slug',
  'seoDescription',
] as const;
export type ComparedField = (typeof comparedFields)[number];

export interface Segment {
  type: 'same' | 'added' | 'removed';
  text: string;
  /** The change this segment belongs to (absent for unchanged text). */
  changeId?: number;
}

export type ArticleChange =
  | { id: number; kind: 'field'; field: ComparedField; before: string; after: string; segments: Segment[] }
  | { id: number; kind: 'tagAdded' | 'tagRemoved'; tag: string }
  | { id: number; kind: 'relatedAdded' | 'relatedRemoved'; related: RelatedArticle; index: number }
  | { id: number; kind: 'relatedReordered' }
  | { id: number; kind: 'blockAdded'; block: RichTextNode; newIndex: number }
  | { id: number; kind: 'blockRemoved'; block: RichTextNode; oldIndex: number }
  | { id: number; kind: 'words'; blockNewIndex: number }
  | {
      id: number;
      kind: 'quoteAttribution';
      blockNewIndex: number;
      before: { speaker: string; role: string };
      after: { speaker: string; role: string };
    };

/** One block of the compared body, in reading order. */
export type BodyRow =
  | { kind: 'same'; block: RichTextNode }
  | { kind: 'added'; block: RichTextNode; changeId: number }
  | { kind: 'removed'; block: RichTextNode; changeId: number }
  | { kind: 'changed'; before: RichTextNode; after: RichTextNode; segments: Segment[] };

export interface ArticleDiff {
  changes: ArticleChange[];
  body: BodyRow[];
}

const tokenPattern = new RegExp(`\\s+|[${wordCharacterClass}]+|[^\\s${wordCharacterClass}]`, 'gu');

/** Splits text into words (with their diacritics and tatweel), runs of space, and single punctuation marks. */
export function tokenise(text: string): string[] {
  return text.match(tokenPattern) ?? [];
}

/**
 * A word-level comparison. Each run of changed words between unchanged ones is one change, shown
 * as one deletion followed by one insertion (the spaces inside the run belong to both), so a
 * rewritten phrase reads as the old phrase and the new one rather than alternating single words.
 */
export function diffWords(before: string, after: string, nextId: () => number): Segment[] {
  const parts = diffArrays(tokenise(before), tokenise(after));
  const segments: Segment[] = [];
  let run: { id: number; removed: string; added: string } | undefined;
  const endRun = (): void => {
    if (!run) return;
    if (run.removed) segments.push({ type: 'removed', text: run.removed, changeId: run.id });
    if (run.added) segments.push({ type: 'added', text: run.added, changeId: run.id });
    run = undefined;
  };
  parts.forEach((part, index) => {
    const text = part.value.join('');
    if (part.added || part.removed) {
      run ??= { id: nextId(), removed: '', added: '' };
      if (part.added) run.added += text;
      else run.removed += text;
      return;
    }
    // A lone space between two changed runs does not separate them: it goes into both sides.
    const nextPart = parts[index + 1];
    if (run && /^\s+$/.test(text) && nextPart && (nextPart.added || nextPart.removed)) {
      run.removed += text;
      run.added += text;
      return;
    }
    endRun();
    segments.push({ type: 'same', text });
  });
  endRun();
  return segments;
}

/**
 * Whether a field or paragraph was rewritten rather than edited: fewer than half of its words (on
 * the longer side) are unchanged. A rewrite is shown as its text before and after, not word by word.
 */
export function isRewrite(segments: readonly Segment[]): boolean {
  const words = (text: string): number => tokenise(text).filter((token) => !/^\s+$/.test(token) && wordPattern.test(token)).length;
  let same = 0;
  let removed = 0;
  let added = 0;
  for (const segment of segments) {
    const count = words(segment.text);
    if (segment.type === 'same') same += count;
    else if (segment.type === 'removed') removed += count;
    else added += count;
  }
  const longer = Math.max(same + removed, same + added);
  return longer > 0 && same * 2 < longer;
}

const wordPattern = new RegExp(`[${wordCharacterClass}]`, 'u');

const fieldValue = (article: ArticleContent, field: ComparedField): string =>
  field === 'datelinePlace' ? article.dateline.place : field === 'datelineDate' ? article.dateline.date : article[field];

const attribution = (node: RichTextNode): { speaker: string; role: string } => ({
  speaker: String(node.attrs?.speaker ?? ''),
  role: String(node.attrs?.role ?? ''),
});

export function diffArticles(before: ArticleContent, after: ArticleContent): ArticleDiff {
  let lastId = 0;
  const nextId = (): number => ++lastId;
  const changes: ArticleChange[] = [];

  // A slug that follows its headline is not a change of its own: it goes with the headline's.
  const isSlugDerived = !before.isSlugEdited && !after.isSlugEdited;
  for (const field of comparedFields) {
    if (field === 'slug' && isSlugDerived) continue;
    const old = fieldValue(before, field);
    const current = fieldValue(after, field);
    if (old === current) continue;
    // A field is one change: its word segments all carry the field's id.
    const id = nextId();
    changes.push({ id, kind: 'field', field, before: old, after: current, segments: diffWords(old, current, () => id) });
  }
  for (const tag of after.tags) if (!before.tags.includes(tag)) changes.push({ id: nextId(), kind: 'tagAdded', tag });
  for (const tag of before.tags) if (!after.tags.includes(tag)) changes.push({ id: nextId(), kind: 'tagRemoved', tag });
  const relatedKey = (entry: RelatedArticle): string => `${entry.url}\u0000${entry.title}`;
  const oldKeys = before.related.map(relatedKey);
  const newKeys = after.related.map(relatedKey);
  after.related.forEach(
    (entry, index) => !oldKeys.includes(relatedKey(entry)) && changes.push({ id: nextId(), kind: 'relatedAdded', related: entry, index }),
  );
  before.related.forEach(
    (entry, index) => !newKeys.includes(relatedKey(entry)) && changes.push({ id: nextId(), kind: 'relatedRemoved', related: entry, index }),
  );
  const keptOld = oldKeys.filter((key) => newKeys.includes(key));
  const keptNew = newKeys.filter((key) => oldKeys.includes(key));
  if (keptOld.join('\u0001') !== keptNew.join('\u0001')) changes.push({ id: nextId(), kind: 'relatedReordered' });

  const oldBlocks = before.body.content ?? [];
  const newBlocks = after.body.content ?? [];
  const parts = diffArrays(oldBlocks.map(canonicalJson), newBlocks.map(canonicalJson));
  const body: BodyRow[] = [];
  let oldIndex = 0;
  let newIndex = 0;
  for (let position = 0; position < parts.length; position++) {
    const part = parts[position]!;
    if (!part.added && !part.removed) {
      for (let count = 0; count < part.count!; count++) {
        body.push({ kind: 'same', block: newBlocks[newIndex++]! });
        oldIndex++;
      }
      continue;
    }
    // A run of removed blocks followed by added ones: pair blocks of the same type as "changed".
    const removed = part.removed ? part.count! : 0;
    const nextPart = parts[position + 1];
    const added = part.added ? part.count! : nextPart?.added && part.removed ? nextPart.count! : 0;
    if (part.removed && nextPart?.added) position++;
    const removedBlocks = oldBlocks.slice(oldIndex, oldIndex + removed);
    const addedBlocks = newBlocks.slice(newIndex, newIndex + added);
    // Each removed block pairs with the next added block of the same type (a reworded paragraph,
    // a quote with a new speaker); added blocks skipped on the way are new blocks.
    let nextAdded = 0;
    const emitAdded = (index: number): void => {
      const id = nextId();
      changes.push({ id, kind: 'blockAdded', block: addedBlocks[index]!, newIndex: newIndex + index });
      body.push({ kind: 'added', block: addedBlocks[index]!, changeId: id });
    };
    removedBlocks.forEach((old, removedIndex) => {
      const match = addedBlocks.findIndex((candidate, index) => index >= nextAdded && candidate.type === old.type);
      if (match < 0) {
        const id = nextId();
        changes.push({ id, kind: 'blockRemoved', block: old, oldIndex: oldIndex + removedIndex });
        body.push({ kind: 'removed', block: old, changeId: id });
        return;
      }
      while (nextAdded < match) emitAdded(nextAdded++);
      const current = addedBlocks[match]!;
      const blockNewIndex = newIndex + match;
      const segments = diffWords(plainTextOf(old), plainTextOf(current), () => {
        const id = nextId();
        changes.push({ id, kind: 'words', blockNewIndex });
        return id;
      });
      if (old.type === 'quote') {
        const a = attribution(old);
        const b = attribution(current);
        if (a.speaker !== b.speaker || a.role !== b.role)
          changes.push({ id: nextId(), kind: 'quoteAttribution', blockNewIndex, before: a, after: b });
      }
      body.push({ kind: 'changed', before: old, after: current, segments });
      nextAdded = match + 1;
    });
    while (nextAdded < addedBlocks.length) emitAdded(nextAdded++);
    oldIndex += removed;
    newIndex += added;
  }
  return { changes, body };
}

/**
 * The article a review decides: starting from `after`, every rejected change is undone. Inside a
 * block with both accepted and rejected word changes, the block keeps its type and attributes and
 * its text is rebuilt from the decided words, each character with the inline formatting (bold,
 * italic, links) it had on the side it comes from. (Should a block's inline content not read as its
 * plain text, the block falls back to its decided text without formatting.)
 */
export function applyReview(
  before: ArticleContent,
  after: ArticleContent,
  diff: ArticleDiff,
  isAccepted: (changeId: number) => boolean,
): ArticleContent {
  const result: ArticleContent = structuredClone(after);
  for (const change of diff.changes) {
    if (isAccepted(change.id)) continue;
    if (change.kind === 'field') {
      const value = change.before;
      if (change.field === 'datelinePlace') result.dateline.place = value;
      else if (change.field === 'datelineDate') result.dateline.date = value;
      else result[change.field] = value;
    } else if (change.kind === 'tagAdded') result.tags = result.tags.filter((tag) => tag !== change.tag);
    else if (change.kind === 'tagRemoved') result.tags.push(change.tag);
    else if (change.kind === 'relatedAdded')
      result.related = result.related.filter((entry) => entry.key !== change.related.key || entry.url !== change.related.url);
    else if (change.kind === 'relatedRemoved') result.related.splice(Math.min(change.index, result.related.length), 0, change.related);
  }
  if (!isAcceptedKind(diff, isAccepted, 'relatedReordered')) {
    const order = before.related.map((entry) => entry.key);
    result.related.sort((a, b) => rank(order, a.key) - rank(order, b.key));
  }
  const blocks: RichTextNode[] = [];
  const attributionChange = new Map<number, Extract<ArticleChange, { kind: 'quoteAttribution' }>>();
  for (const change of diff.changes) if (change.kind === 'quoteAttribution') attributionChange.set(change.blockNewIndex, change);
  let newIndex = 0;
  for (const row of diff.body) {
    if (row.kind === 'same') {
      blocks.push(row.block);
      newIndex++;
    } else if (row.kind === 'added') {
      if (isAccepted(row.changeId)) blocks.push(row.block);
      newIndex++;
    } else if (row.kind === 'removed') {
      if (!isAccepted(row.changeId)) blocks.push(row.block);
    } else {
      const ids = row.segments.filter((segment) => segment.changeId !== undefined).map((segment) => segment.changeId!);
      const allAccepted = ids.every(isAccepted);
      const noneAccepted = ids.every((id) => !isAccepted(id));
      let block: RichTextNode = allAccepted
        ? structuredClone(row.after)
        : noneAccepted
          ? structuredClone(row.before)
          : decidedBlock(row.before, row.after, row.segments, isAccepted);
      const attribution = attributionChange.get(newIndex);
      if (attribution && block.type === 'quote') {
        const chosen = isAccepted(attribution.id) ? attribution.after : attribution.before;
        block = { ...block, attrs: { ...block.attrs, speaker: chosen.speaker, role: chosen.role } };
      }
      blocks.push(block);
      newIndex++;
    }
  }
  result.body = { type: 'doc', content: blocks };
  // A slug that follows its headline goes with the headline's change: the side whose headline is
  // kept gives its slug (which may be a published post's address); a mixed headline gets the rule's.
  if (!result.isSlugEdited) {
    const kept = result.headline === before.headline ? before : result.headline === after.headline ? after : undefined;
    if (kept && !kept.isSlugEdited) return { ...result, slug: kept.slug };
  }
  return withSlugFollowingHeadline(result);
}

function isAcceptedKind(diff: ArticleDiff, isAccepted: (id: number) => boolean, kind: 'relatedReordered'): boolean {
  const change = diff.changes.find((candidate) => candidate.kind === kind);
  return !change || isAccepted(change.id);
}

function rank(order: readonly string[], key: string): number {
  const index = order.indexOf(key);
  return index < 0 ? Number.MAX_SAFE_INTEGER : index;
}

/** One character of a block's plain text, with what it is in the block: text (with its marks), a hard break, or the line between two of its paragraphs. */
interface Character {
  character: string;
  origin: 'text' | 'hardBreak' | 'lineBetween';
  marks?: RichTextMark[] | undefined;
}

/** A block's characters exactly as plainTextOf reads them, or undefined when they do not add up to that text. */
function charactersOf(block: RichTextNode): Character[] | undefined {
  const lines: Character[][] = [];
  const visit = (node: RichTextNode): void => {
    const children = node.content ?? [];
    if (!children.some((child) => child.type === 'text' || child.type === 'hardBreak')) return children.forEach(visit);
    const line: Character[] = [];
    for (const child of children) {
      if (child.type === 'hardBreak') line.push({ character: '\n', origin: 'hardBreak' });
      const text = child.type === 'text' ? (child.text ?? '') : '';
      for (const character of text.split('')) line.push({ character, origin: 'text', marks: child.marks });
    }
    lines.push(line);
  };
  visit(block);
  const characters = lines.flatMap((line, index) => (index === 0 ? line : [{ character: '\n', origin: 'lineBetween' as const }, ...line]));
  return characters.map((entry) => entry.character).join('') === plainTextOf(block) ? characters : undefined;
}

/** Inline nodes from characters: a run of text with the same marks is one text node; a hard break stays a hard break. */
function inlineNodesOf(characters: readonly Character[]): RichTextNode[] {
  const nodes: RichTextNode[] = [];
  let lastMarks = '';
  for (const entry of characters) {
    if (entry.origin === 'hardBreak') {
      nodes.push({ type: 'hardBreak' });
      continue;
    }
    const marks = canonicalJson(entry.marks ?? []);
    const last = nodes.at(-1);
    if (last?.type === 'text' && marks === lastMarks) last.text += entry.character;
    else nodes.push({ type: 'text', text: entry.character, ...(entry.marks?.length ? { marks: structuredClone(entry.marks) } : {}) });
    lastMarks = marks;
  }
  return nodes;
}

/** A changed block as decided: the unchanged and accepted text from `after`, the rejected text from `before`, each character with its formatting. */
function decidedBlock(
  before: RichTextNode,
  after: RichTextNode,
  segments: readonly Segment[],
  isAccepted: (changeId: number) => boolean,
): RichTextNode {
  const old = charactersOf(before);
  const current = charactersOf(after);
  if (!old || !current) return rebuildText(after, decidedText(segments, isAccepted));
  const kept: Character[] = [];
  let oldAt = 0;
  let currentAt = 0;
  // Unchanged text is on both sides: it is taken from `after` and skipped on `before`.
  for (const segment of segments) {
    const length = segment.text.length;
    if (segment.type !== 'removed') {
      if (segment.type === 'same' || isAccepted(segment.changeId!)) kept.push(...current.slice(currentAt, currentAt + length));
      currentAt += length;
    }
    if (segment.type !== 'added') {
      if (segment.type === 'removed' && !isAccepted(segment.changeId!)) kept.push(...old.slice(oldAt, oldAt + length));
      oldAt += length;
    }
  }
  const lines: Character[][] = [[]];
  for (const entry of kept) {
    if (entry.origin === 'lineBetween') lines.push([]);
    else lines.at(-1)!.push(entry);
  }
  const paragraphOf = (line: Character[]): RichTextNode => ({ type: 'paragraph', content: inlineNodesOf(line) });
  if (after.type === 'quote') return { ...after, content: lines.map(paragraphOf) };
  if (after.type === 'bulletList' || after.type === 'orderedList')
    return { ...after, content: lines.map((line) => ({ type: 'listItem', content: [paragraphOf(line)] })) };
  // A text block has no paragraphs inside: a line between two (the other side's) becomes a hard break.
  const joined = lines.flatMap((line, index) => (index === 0 ? line : [{ character: '\n', origin: 'hardBreak' as const }, ...line]));
  return { ...after, content: inlineNodesOf(joined) };
}

/** The decided text of a changed block: unchanged text, accepted insertions and rejected deletions. */
function decidedText(segments: readonly Segment[], isAccepted: (changeId: number) => boolean): string {
  return segments
    .map((segment) =>
      segment.type === 'same' || (segment.type === 'added' ? isAccepted(segment.changeId!) : !isAccepted(segment.changeId!))
        ? segment.text
        : '',
    )
    .join('');
}

/** The block with its text replaced: a text block gets one text node; a quote, one paragraph. */
function rebuildText(block: RichTextNode, text: string): RichTextNode {
  const textNode = text ? [{ type: 'text', text }] : [];
  if (block.type === 'quote') return { ...block, content: [{ type: 'paragraph', content: textNode }] };
  if (block.type === 'bulletList' || block.type === 'orderedList') {
    return {
      ...block,
      content: text
        .split('\n')
        .map((line) => ({ type: 'listItem', content: [{ type: 'paragraph', content: line ? [{ type: 'text', text: line }] : [] }] })),
    };
  }
  return { ...block, content: textNode };
}
