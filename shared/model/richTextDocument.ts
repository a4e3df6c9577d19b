/**
 * The body of an article as TipTap (ProseMirror) JSON. The schema checks the JSON's shape and
 * bounds its size; which node and mark types are allowed is the editor schema's business.
 */
import { z } from 'zod';

/** A mark on a text node (bold, link…). */
export const richTextMarkSchema = z.object({
  type: z.string().min(1).max(64),
  attrs: z.record(z.string(), z.unknown()).optional(),
});

export interface RichTextNode {
  type: string;
  attrs?: Record<string, unknown> | undefined;
  content?: RichTextNode[] | undefined;
  marks?: Array<z.infer<typeof richTextMarkSchema>> | undefined;
  text?: string | undefined;
}

/** One node; recursive. */
export const richTextNodeSchema: z.ZodType<RichTextNode> = z.lazy(() =>
  z.object({
    type: z.string().min(1).max(64),
    attrs: z.record(z.string(), z.unknown()).optional(),
    content: z.array(richTextNodeSchema).max(100_000).optional(),
    marks: z.array(richTextMarkSchema).max(32).optional(),
    text: z.string().max(1_000_000).optional(),
  }),
);

/** A whole body: a `doc` node. */
export const richTextDocumentSchema = z.object({
  type: z.literal('doc'),
  content: z.array(richTextNodeSchema).max(100_000).optional(),
});

export type RichTextDocument = z.infer<typeof richTextDocumentSchema>;

/** The body of a new, empty draft: one empty paragraph. */
export function emptyRichTextDocument(): RichTextDocument {
  return { type: 'doc', content: [{ type: 'paragraph' }] };
}

const isPlainObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * The same rules as `richTextDocumentSchema`, checked by hand without building a parse result:
 * the store runs it on every save of every size, where the schema's recursive parse of a
 * 10,000-word body costs milliseconds. A unit test keeps the two in agreement.
 */
export function isWellFormedRichTextDocument(value: unknown): value is RichTextDocument {
  if (!isPlainObject(value) || value.type !== 'doc') return false;
  for (const key of Object.keys(value)) if (key !== 'type' && key !== 'content') return false;
  if (value.content === undefined) return true;
  if (!Array.isArray(value.content) || value.content.length > 100_000) return false;
  const stack: unknown[] = [...value.content];
  while (stack.length > 0) {
    const node = stack.pop();
    if (!isPlainObject(node)) return false;
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
      if (!Array.isArray(node.content) || node.content.length > 100_000) return false;
      for (const child of node.content) stack.push(child);
    }
  }
  return true;
}
