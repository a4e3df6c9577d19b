/**
 * The interface catalogues and the one function that reads them. A key missing from a catalogue
 * is a type error; a plural entry is chosen with Intl.PluralRules for the language.
 */
import { arabicCatalogue } from './arabicCatalogue';
import { englishCatalogue } from './englishCatalogue';

export type Language = 'ar' | 'en';
export const languages: readonly Language[] = ['ar', 'en'];
export const defaultLanguage: Language = 'ar';

type PluralEntry = Readonly<Record<Intl.LDMLPluralRule, string>>;
type CatalogueEntry = string | PluralEntry;

export type MessageKey = keyof typeof arabicCatalogue;
export type Catalogue = { readonly [K in MessageKey]: (typeof arabicCatalogue)[K] extends string ? string : PluralEntry };

const catalogues: Record<Language, Catalogue> = { ar: arabicCatalogue, en: englishCatalogue };
const pluralRules = new Map<Language, Intl.PluralRules>();
const numberFormats = new Map<Language, Intl.NumberFormat>();

/** Text direction of a language. */
export function directionOf(language: Language): 'rtl' | 'ltr' {
  return language === 'ar' ? 'rtl' : 'ltr';
}

/** Whether a string names a catalogue key (for keys that arrive at run time, such as error keys). */
export function isMessageKey(key: string): key is MessageKey {
  return Object.hasOwn(arabicCatalogue, key);
}

/**
 * The text for `key` in `language`, with `{name}` placeholders filled from `params`. For a plural
 * entry, `params.count` chooses the form and is printed with the language's digits.
 */
export function translate(language: Language, key: MessageKey, params: Readonly<Record<string, string | number>> = {}): string {
  const entry: CatalogueEntry = catalogues[language][key];
  let template: string;
  if (typeof entry === 'string') {
    template = entry;
  } else {
    const count = Number(params.count ?? 0);
    let rules = pluralRules.get(language);
    if (!rules) pluralRules.set(language, (rules = new Intl.PluralRules(language)));
    template = entry[rules.select(count)];
  }
  let numberFormat = numberFormats.get(language);
  if (!numberFormat) numberFormats.set(language, (numberFormat = new Intl.NumberFormat(language)));
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => {
    const value = params[name];
    if (value === undefined) return whole;
    return typeof value === 'number' ? numberFormat.format(value) : value;
  });
}
