/**
 * The one home for counting text: characters as a reader perceives them, words as an Arabic desk
 * counts them, and reading time. The editor's length guides and counts, the checks before
 * publishing and the library all count with these, so a limit shown in the editor is the limit
 * the checks apply.
 */

import { arabicCombiningMarkRanges } from './arabicCharacters';

/** Words a minute for reading time: a common figure for Arabic news prose. */
export const wordsPerMinute = 180;

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

let graphemeSegmenter: Intl.Segmenter | null | undefined;

function segmenter(): Intl.Segmenter | null {
  graphemeSegmenter ??= typeof Intl.Segmenter === 'function' ? new Intl.Segmenter(undefined, { granularity: 'grapheme' }) : null;
  return graphemeSegmenter;
}

// Characters that may join a grapheme cluster with a neighbour (marks, joiners, variation
// selectors, prepended signs, Hangul jamo, CR, Thai and Lao spacing vowels) or that lie outside
// the Basic Multilingual Plane (emoji, flags). Text free of them has one cluster per UTF-16 unit.
// (Joiners are alternatives, not class members: a class would read them as joining its others.)
const prependedSigns = '\\u0600-\\u0605\\u06DD\\u070F\\u0890\\u0891\\u08E2\\u0D4E';
const clusterCharacter = new RegExp(
  `[\\p{M}\\r${prependedSigns}\\u0E33\\u0EB3\\u1100-\\u11FF\\uA960-\\uA97F\\uD7B0-\\uD7FF\\uFF9E\\uFF9F\\u{10000}-\\u{10FFFF}]|\\u200C|\\u200D|[\\uD800-\\uDFFF]`,
  'gu',
);
const startsCluster = new RegExp(clusterCharacter.source, 'u');

function isClusterCut(text: string, index: number): boolean {
  // After a space and before a character that joins nothing, a cluster always ends.
  return index <= 0 || index >= text.length || (text[index - 1] === ' ' && !startsCluster.test(text[index]!));
}

/**
 * Characters as a reader perceives them: grapheme clusters, so a letter with its tashkeel, an
 * emoji sequence or a flag counts once. Only the words that hold such clusters are segmented
 * (segmenting a whole long text at once is slow in some engines); without Intl.Segmenter,
 * code points without the combining marks come close.
 */
export function countCharacters(text: string): number {
  return countClusters(text).all;
}

/**
 * The length of a field (headline, standfirst, SEO description) as the editor's guides show it
 * and the checks before publishing judge it: its characters, without the spaces around it.
 */
export function countFieldCharacters(text: string): number {
  return countCharacters(text.trim());
}

/** As countCharacters, leaving out white space (spaces, line breaks, tabs). */
export function countCharactersWithoutSpaces(text: string): number {
  return countClusters(text).withoutSpaces;
}

const onlyWhiteSpace = /^\s+$/u;

/** Whether a UTF-16 unit is white space as `\s` knows it. */
function isWhiteSpaceUnit(code: number): boolean {
  return (
    (code >= 9 && code <= 13) ||
    code === 32 ||
    code === 0xa0 ||
    code === 0x1680 ||
    (code >= 0x2000 && code <= 0x200a) ||
    code === 0x2028 ||
    code === 0x2029 ||
    code === 0x202f ||
    code === 0x205f ||
    code === 0x3000 ||
    code === 0xfeff
  );
}

function whiteSpaceIn(text: string, start: number, end: number): number {
  let spaces = 0;
  for (let index = start; index < end; index++) if (isWhiteSpaceUnit(text.charCodeAt(index))) spaces++;
  return spaces;
}

// An Arabic mark joins whatever precedes it (Unicode's rule GB9) unless that is a control
// character or a line break, or there is nothing before it. Tashkeel is by far the commonest
// cluster in Arabic text, so it is counted here without segmenting the word it sits in. (A mark
// on white space is left to the segmenter: that cluster is not white space.)
const arabicMark = new RegExp(`[${arabicCombiningMarkRanges}]`, 'u');
const controlCharacter = /[\p{Cc}\p{Zl}\p{Zp}\p{Cf}]/u;
const notControl = new RegExp(`[${prependedSigns}]|\\u200C|\\u200D`, 'u');

function isControl(character: string | undefined): boolean {
  return character === undefined || (controlCharacter.test(character) && !notControl.test(character));
}

/** The text's clusters, all of them and those that are not white space, in one pass. */
function countClusters(text: string): { all: number; withoutSpaces: number } {
  const segments = segmenter();
  if (!segments) {
    const points = [...text.replace(/\p{M}|\u200D/gu, '')];
    return { all: points.length, withoutSpaces: points.filter((point) => !onlyWhiteSpace.test(point)).length };
  }
  let all = 0;
  let spaces = 0;
  let cursor = 0;
  // Marks found joined to the letter before them, not yet taken off the count.
  const joinedMarks: number[] = [];
  const settleJoinedMarks = (before: number): void => {
    all -= joinedMarks.filter((index) => index < before).length;
    joinedMarks.length = 0;
  };
  const countSimple = (start: number, end: number): void => {
    all += end - start;
    spaces += whiteSpaceIn(text, start, end);
  };
  const pattern = new RegExp(clusterCharacter.source, clusterCharacter.flags);
  for (let match = pattern.exec(text); match; match = pattern.exec(text)) {
    if (match.index < cursor) continue;
    if (arabicMark.test(match[0]) && !isControl(text[match.index - 1]) && !isWhiteSpaceUnit(text.charCodeAt(match.index - 1))) {
      joinedMarks.push(match.index);
      continue;
    }
    let start = match.index;
    while (!isClusterCut(text, start)) start--;
    let end = match.index + 1;
    while (!isClusterCut(text, end)) end++;
    settleJoinedMarks(start);
    countSimple(cursor, start);
    for (const { segment } of segments.segment(text.slice(start, end))) {
      all++;
      if (onlyWhiteSpace.test(segment)) spaces++;
    }
    cursor = end;
    pattern.lastIndex = end;
  }
  settleJoinedMarks(text.length);
  countSimple(cursor, text.length);
  return { all, withoutSpaces: all - spaces };
}

/** Reading time in whole minutes: none for no words, at least one for any. */
export function readingMinutes(words: number): number {
  return words === 0 ? 0 : Math.max(1, Math.round(words / wordsPerMinute));
}

export interface TextStats {
  words: number;
  /** Characters as a reader perceives them (see countCharacters), spaces included, as editors count a headline. */
  characters: number;
  /** The same, without white space. */
  charactersWithoutSpaces: number;
  readingMinutes: number;
}

/** Counts of a text (a headline, a field, a body's plain text). */
export function textStats(text: string): TextStats {
  const words = countWords(text);
  const characters = countClusters(text);
  return {
    words,
    characters: characters.all,
    charactersWithoutSpaces: characters.withoutSpaces,
    readingMinutes: readingMinutes(words),
  };
}

/** Counts of several texts read as one (headline, standfirst and body), without joining them. */
export function sumTextStats(parts: readonly TextStats[]): TextStats {
  const words = parts.reduce((sum, part) => sum + part.words, 0);
  return {
    words,
    characters: parts.reduce((sum, part) => sum + part.characters, 0),
    charactersWithoutSpaces: parts.reduce((sum, part) => sum + part.charactersWithoutSpaces, 0),
    readingMinutes: readingMinutes(words),
  };
}
