/**
 * Pure functions that derive plain text and counts from a body, shared by the renderer, the
 * library and (later) exports, so every place counts the same way.
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

// A word is a run of non-space characters holding at least one letter or digit, as word
// processors count: clitics written joined (و، ب، ال) or through tatweel (بـ”الحملات”) stay one
// word with their host; punctuation standing alone is not a word.
const letterOrDigit = /[\p{L}\p{N}]/u;

/** Counts words the way an Arabic desk does; Arabic-Indic and Western digits count alike. */
export function countWords(text: string): number {
  let count = 0;
  for (const token of text.split(/\s+/)) {
    if (token && letterOrDigit.test(token)) count++;
  }
  return count;
}

/** The first `maxLength` characters of the text, cut at a word boundary, with an ellipsis when cut. */
export function excerptOf(text: string, maxLength = 160): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  if (flat.length <= maxLength) return flat;
  const cut = flat.slice(0, maxLength);
  const lastSpace = cut.lastIndexOf(' ');
  return `${(lastSpace > maxLength / 2 ? cut.slice(0, lastSpace) : cut).trimEnd()}…`;
}
