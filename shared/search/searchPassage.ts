/**
 * The passage of a text where a search matched, for the library to show with the match
 * highlighted. Pure: the store reads the draft, this finds the passage.
 */
import type { SearchSnippet } from '../model/library';
import { isWordCharacter } from '../text/wordCharacters';
import { normaliseArabic, normaliseWithPositions } from './arabicNormaliser';

const contextBefore = 80;
const contextAfter = 100;

/**
 * The first passage, in the order of `terms` and then of `blocks`, where a folded term occurs:
 * the whole word it was found in (its article, its ending) as the match, with up to 80
 * characters before (starting at a word) and 100 after, an ellipsis where either was cut.
 * Only a block that holds the term is folded with positions, so long drafts cost little.
 * Undefined when no term occurs.
 */
export function searchPassage(blocks: readonly string[], terms: readonly string[]): SearchSnippet | undefined {
  for (const term of terms) {
    if (!term) continue;
    for (const text of blocks) {
      if (!normaliseArabic(text).includes(term)) continue;
      const { text: folded, sourceIndex } = normaliseWithPositions(text);
      const at = folded.indexOf(term);
      if (at < 0) continue;
      let start = sourceIndex[at]!;
      let end = sourceIndex[at + term.length - 1]! + 1;
      while (start > 0 && isWordCharacter(text[start - 1]!)) start--;
      while (end < text.length && isWordCharacter(text[end]!)) end++;
      const isCutBefore = start > contextBefore;
      const before = text.slice(Math.max(0, start - contextBefore), start);
      return {
        before: isCutBefore ? `…${before.replace(/^\S*\s/, '')}` : before,
        match: text.slice(start, end),
        after: text.slice(end, end + contextAfter) + (end + contextAfter < text.length ? '…' : ''),
      };
    }
  }
  return undefined;
}
