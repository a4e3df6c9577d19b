/**
 * The passage of a text where a search matched, for the library to show with the match
 * highlighted. Pure: the store reads the draft, this finds the passage.
 */
import type { SearchSnippet } from '../model/library';
import { isWordCharacter } from '../text/wordCharacters';
import { normaliseArabic, normaliseWithPositions } from './arabicNormaliser';

/**
 * Characters of context on each side of the match. The library clamps a passage to two lines of
 * about 40 characters each (library.css), so a passage centred on its match with this much either
 * side shows the match whole, wherever it falls in a long paragraph.
 */
const context = 36;

/**
 * The first passage, in the order of `terms` and then of `blocks`, where a folded term occurs:
 * the whole word it was found in (its article, its ending) as the match, centred in up to 36
 * characters before and after, each cut at a whole word, with an ellipsis where text was cut.
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
      const isCutBefore = start > context;
      const isCutAfter = end + context < text.length;
      const before = text.slice(Math.max(0, start - context), start);
      const after = text.slice(end, end + context);
      return {
        // A cut side drops its partial word (and never the match's neighbour when it is whole).
        before: isCutBefore ? `…${before.replace(/^\S*\s/, '')}` : before,
        match: text.slice(start, end),
        after: isCutAfter ? `${after.replace(/\s\S*$/, '')}…` : after,
      };
    }
  }
  return undefined;
}
