import { describe, expect, it } from 'vitest';
import { apiErrorMessageKeys } from '../contract/apiError';
import { arabicCatalogue } from './arabicCatalogue';
import { englishCatalogue } from './englishCatalogue';
import { directionOf, isMessageKey, translate } from './catalogue';

describe('the interface catalogues', () => {
  it('have the same keys in Arabic and English', () => {
    expect(Object.keys(englishCatalogue).sort()).toEqual(Object.keys(arabicCatalogue).sort());
  });

  it('have a message for every API error code', () => {
    for (const key of Object.values(apiErrorMessageKeys)) {
      expect(isMessageKey(key), key).toBe(true);
      expect(translate('ar', key as never)).toMatch(/[\u0600-\u06FF]/);
    }
  });

  it('choose among the six Arabic plural forms', () => {
    expect(translate('ar', 'library.wordCount', { count: 0 })).toBe('لا كلمات');
    expect(translate('ar', 'library.wordCount', { count: 1 })).toBe('كلمة واحدة');
    expect(translate('ar', 'library.wordCount', { count: 2 })).toBe('كلمتان');
    expect(translate('ar', 'library.wordCount', { count: 3 })).toMatch(/^\S+ كلمات$/);
    expect(translate('ar', 'library.wordCount', { count: 11 })).toMatch(/^\S+ كلمة$/);
    expect(translate('ar', 'library.wordCount', { count: 100 })).toMatch(/^\S+ كلمة$/);
    expect(translate('en', 'library.wordCount', { count: 1 })).toBe('1 word');
    expect(translate('en', 'library.wordCount', { count: 12 })).toBe('12 words');
  });

  it('fill placeholders and leave unknown ones visible', () => {
    expect(translate('en', 'library.updatedAt', { time: 'today' })).toBe('Last edited today');
    expect(translate('en', 'library.updatedAt')).toBe('Last edited {time}');
  });

  it('know each language’s direction', () => {
    expect(directionOf('ar')).toBe('rtl');
    expect(directionOf('en')).toBe('ltr');
  });
});
