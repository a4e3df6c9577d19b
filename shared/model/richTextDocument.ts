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
