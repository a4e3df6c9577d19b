/**
 * Typed straight double quotes become “ and ” in Arabic text: an opening mark after a space, a
 * bracket or the start of the line, a closing one after anything else. Paragraphs without Arabic
 * letters keep what was typed.
 */
import { Extension, InputRule } from '@tiptap/core';

/** A `"` typed where a quotation opens. */
export const openingQuoteRegex = /(?:^|[\s([{«])"$/;
/** A `"` typed where a quotation closes. */
export const closingQuoteRegex = /[^\s([{«]"$/;

const arabicLetter = /[\u0600-\u06FF\u0750-\u077F]/;

export const TypographicQuotes = Extension.create({
  name: 'typographicQuotes',

  addInputRules() {
    const rule = (find: RegExp, mark: string) =>
      new InputRule({
        find,
        handler: ({ state, range }) => {
          if (!arabicLetter.test(state.doc.resolve(range.from).parent.textContent)) return null;
          // The range ends with the typed quote itself (TipTap inserts it first); replace just that.
          state.tr.insertText(mark, range.to - 1, range.to);
        },
      });
    return [rule(openingQuoteRegex, '“'), rule(closingQuoteRegex, '”')];
  },
});
