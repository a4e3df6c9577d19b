/**
 * Plain text from a body, shared by the renderer, the library, the checks and the exports, so
 * every place reads the same text (counting it is shared/text/textCounts.ts).
 */
import type { RichTextDocument, RichTextNode } from './richTextDocument';

const blockSeparator = '\n';

/** The text of a body, one line per block; hard breaks become line breaks. */
export function plainTextOf(document: RichTextDocument | RichTextNode): string {
  const blocks: string[] = [];
  const visit = (node: RichTextNode, line: string[]): void => {
    if (node.type === 'text') {
      line.push(node.text ?? '');
      return;
    }
    if (node.type === 'hardBreak') {
      line.push('\n');
      return;
    }
    const children = node.content ?? [];
    const hasInlineChildren = children.some((child) => child.type === 'text' || child.type === 'hardBreak');
    if (hasInlineChildren) {
      const own: string[] = [];
      for (const child of children) visit(child, own);
      blocks.push(own.join(''));
    } else {
      for (const child of children) visit(child, line);
    }
  };
  visit(document as RichTextNode, []);
  return blocks.join(blockSeparator);
}

/** What a reader reads of an article, one block a line: headline, standfirst and body (empty parts left out). */
export function readerTextOf(article: { headline: string; standfirst: string; body: RichTextDocument }): string {
  return [article.headline, article.standfirst, plainTextOf(article.body)].filter(Boolean).join('\n');
}

/** The first `maxLength` characters of the text, cut at a word boundary, with an ellipsis when cut. */
export function excerptOf(text: string, maxLength = 160): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  if (flat.length <= maxLength) return flat;
  const cut = flat.slice(0, maxLength);
  const lastSpace = cut.lastIndexOf(' ');
  return `${(lastSpace > maxLength / 2 ? cut.slice(0, lastSpace) : cut).trimEnd()}…`;
}
