/**
 * The body of an article as TipTap (ProseMirror) JSON. The check bounds its shape, size and depth;
 * which node and mark types exist is the editor schema's business. It is written by hand rather
 * than as a recursive schema: a recursive parse of a hostile, deeply nested body would exhaust the
 * stack, and of a 10,000-word body costs milliseconds on every save.
 */
import { z } from 'zod';

export interface RichTextMark {
  type: string;
  attrs?: Record<string, unknown> | undefined;
}

export interface RichTextNode {
  type: string;
  attrs?: Record<string, unknown> | undefined;
  content?: RichTextNode[] | undefined;
  marks?: RichTextMark[] | undefined;
  text?: string | undefined;
}

export interface RichTextDocument {
  type: 'doc';
  /** The editor gives the document attributes too (its text direction). */
  attrs?: Record<string, unknown> | undefined;
  content?: RichTextNode[] | undefined;
}

/** Nodes may nest this deep (an article needs a handful of levels: list, item, paragraph, text). */
export const maxRichTextDepth = 32;
const maxChildren = 100_000;

const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** Whether `value` is one well-formed node (with its descendants), at most `maxDepth` levels deep. */
export function isWellFormedRichTextNode(value: unknown, maxDepth = maxRichTextDepth): value is RichTextNode {
  const stack: Array<[unknown, number]> = [[value, 1]];
  while (stack.length > 0) {
    const [node, depth] = stack.pop()!;
    if (depth > maxDepth || !isPlainObject(node)) return false;
    if (typeof node.type !== 'string' || node.type.length < 1 || node.type.length > 64) return false;
    if (node.attrs !== undefined && !isPlainObject(node.attrs)) return false;
    if (node.text !== undefined && (typeof node.text !== 'string' || node.text.length > 1_000_000)) return false;
    if (node.marks !== undefined) {
      if (!Array.isArray(node.marks) || node.marks.length > 32) return false;
      for (const mark of node.marks) {
        if (!isPlainObject(mark) || typeof mark.type !== 'string' || mark.type.length < 1 || mark.type.length > 64) return false;
        if (mark.attrs !== undefined && !isPlainObject(mark.attrs)) return false;
      }
    }
    if (node.content !== undefined) {
      if (!Array.isArray(node.content) || node.content.length > maxChildren) return false;
      for (const child of node.content) stack.push([child, depth + 1]);
    }
  }
  return true;
}

/** Whether `value` is a well-formed body: a `doc` whose content is well-formed nodes. */
export function isWellFormedRichTextDocument(value: unknown): value is RichTextDocument {
  if (!isPlainObject(value) || value.type !== 'doc') return false;
  for (const key of Object.keys(value)) if (key !== 'type' && key !== 'content' && key !== 'attrs') return false;
  if (value.attrs !== undefined && !isPlainObject(value.attrs)) return false;
  if (value.content === undefined) return true;
  if (!Array.isArray(value.content) || value.content.length > maxChildren) return false;
  return value.content.every((node) => isWellFormedRichTextNode(node, maxRichTextDepth - 1));
}

/** A whole body, as a schema for the contract and the stored documents. */
export const richTextDocumentSchema = z.custom<RichTextDocument>(isWellFormedRichTextDocument, {
  message: 'not a well-formed document body',
});

/** The body of a new, empty draft: one empty paragraph. */
export function emptyRichTextDocument(): RichTextDocument {
  return { type: 'doc', content: [{ type: 'paragraph' }] };
}
