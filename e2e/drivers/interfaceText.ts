/**
 * The interface's words as the specs look for them, read from the catalogue in the language the
 * tests' browser runs (Arabic), so a change of wording in the catalogue moves the tests with it
 * instead of breaking or silently weakening them. Article text (the seed article, what a test
 * types) is not interface text and stays in the specs.
 */
import { translate, type Language, type MessageKey } from '../../shared/i18n/catalogue';

type Params = Readonly<Record<string, string | number>>;

/** The Arabic interface text of `key`, with its placeholders filled. */
export function ui(key: MessageKey, params?: Params): string {
  return translate('ar', key, params);
}

/** The interface text of `key` in `language`. */
export function uiIn(language: Language, key: MessageKey, params?: Params): string {
  return translate(language, key, params);
}

const escapeRegExp = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * A pattern that finds the text of `key` (anywhere in a name or a text): placeholders given as
 * strings or numbers are filled, those given as patterns match them, those not given match any text.
 */
export function uiPattern(key: MessageKey, params: Readonly<Record<string, string | number | RegExp>> = {}): RegExp {
  const marks = new Map<string, string>();
  const filled: Record<string, string | number> = {};
  for (const [name, value] of Object.entries(params)) {
    if (value instanceof RegExp) marks.set(`\u0000${marks.size}\u0000`, value.source);
    filled[name] = value instanceof RegExp ? [...marks.keys()].at(-1)! : value;
  }
  let source = escapeRegExp(translate('ar', key, filled)).replace(/\\\{\w+\\\}/g, '.+?');
  for (const [mark, pattern] of marks) source = source.replace(escapeRegExp(mark), `(?:${pattern})`);
  return new RegExp(source);
}

/** A pattern matching exactly any one of these texts. */
export function anyOf(...texts: string[]): RegExp {
  return new RegExp(`^(?:${texts.map(escapeRegExp).join('|')})$`);
}
