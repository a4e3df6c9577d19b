/** Plain text as editors receive it, cut into paragraphs and read as lines of words. */
import { arabicIndicDigitRanges } from '../text/arabicCharacters';

/** A list line: a bullet, or a number in any digits followed by a full stop or a bracket; group 1 is the number, group 2 the text. */
export const listLine = new RegExp(`^(?:[-•*–]|(\\d+|[${arabicIndicDigitRanges}]+)[.)])\\s+(.+)$`, 'u');

/** Punctuation a line can end with when it is not a heading or a label. */
export const closingPunctuation = /[.!?؟…:؛;,،"”»)\]'’]$/u;

/** The words of a line: runs of non-space holding a letter or digit. */
export function wordsOf(line: string): string[] {
  return line.split(/\s+/).filter((word) => /[\p{L}\p{N}]/u.test(word));
}

/**
 * Splits text into paragraphs: blank lines (and lines of spaces) separate; odd spaces and
 * invisible characters are folded; a block of long lines none of which closes a sentence before
 * the last is one hard-wrapped paragraph (e-mail) and is joined; list lines stay apart.
 */
export function splitParagraphs(text: string): string[] {
  const lines = text
    .replace(/\r\n?/g, '\n')
    .replace(/[\u00A0\u2007\u202F]/g, ' ')
    .replace(/[\u200B\uFEFF]/g, '')
    .split('\n')
    .map((line) => line.replace(/[ \t]+/g, ' ').trim());
  const blocks: string[][] = [[]];
  for (const line of lines) {
    if (line) blocks[blocks.length - 1]!.push(line);
    else if (blocks[blocks.length - 1]!.length > 0) blocks.push([]);
  }
  const paragraphs: string[] = [];
  for (const block of blocks) {
    if (block.length === 0) continue;
    const isWrapped =
      block.length > 1 &&
      !block.some((line) => listLine.test(line)) &&
      block.slice(0, -1).every((line) => line.length >= 45 && !/[.!?؟]$/u.test(line));
    if (isWrapped) paragraphs.push(block.join(' '));
    else paragraphs.push(...block);
  }
  return paragraphs;
}
