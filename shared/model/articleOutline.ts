/**
 * The outline of a body: its subsections (H2, H3) and quotes with their speakers, each with the
 * index of its top-level block so the editor can jump there.
 */
import type { RichTextDocument, RichTextNode } from './richTextDocument';
import { plainTextOf } from './plainText';

export type OutlineEntry =
  | { kind: 'heading'; blockIndex: number; level: 2 | 3; text: string }
  | { kind: 'quote'; blockIndex: number; text: string; speaker: string; isPullQuote: boolean };

export function articleOutline(body: RichTextDocument): OutlineEntry[] {
  const entries: OutlineEntry[] = [];
  (body.content ?? []).forEach((node: RichTextNode, blockIndex) => {
    if (node.type === 'heading') {
      entries.push({ kind: 'heading', blockIndex, level: node.attrs?.level === 3 ? 3 : 2, text: plainTextOf(node).trim() });
    } else if (node.type === 'quote') {
      entries.push({
        kind: 'quote',
        blockIndex,
        text: plainTextOf(node).replace(/\s+/g, ' ').trim(),
        speaker: typeof node.attrs?.speaker === 'string' ? node.attrs.speaker : '',
        isPullQuote: node.attrs?.variant === 'pull',
      });
    }
  });
  return entries;
}
