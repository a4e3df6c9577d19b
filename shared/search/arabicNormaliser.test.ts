import { describe, expect, it } from 'vitest';
import { normaliseArabic, normaliseWithPositions, queryTerms, searchTerms } from './arabicNormaliser';

describe('normaliseArabic', () => {
  it.each([
    ['tashkeel is ignored', 'مُحَمَّدٌ', 'محمد'],
    ['shadda and sukun are ignored', 'الشَّرْع', 'الشرع'],
    ['tatweel is ignored', 'كـــبـــير', 'كبير'],
    ['alef with hamza above', 'الأسد', 'الاسد'],
    ['alef with hamza below', 'إيران', 'ايران'],
    ['alef with madda', 'آذار', 'اذار'],
    ['alef wasla', 'ٱلرحمن', 'الرحمن'],
    ['superscript alef', 'هٰذا', 'هذا'],
    ['alef maqsura to yeh', 'مستشفى', 'مستشفي'],
    ['teh marbuta to heh', 'الحكومة', 'الحكومه'],
    ['hamza on waw', 'مؤتمر', 'موتمر'],
    ['hamza on yeh', 'رئيس', 'رييس'],
    ['Persian yeh and kaf', 'ک ی', 'ك ي'],
    ['Arabic-Indic digits', '٢٣ و٢٤ شباط', '23 و24 شباط'],
    ['Persian digits', '۱۴۰۳', '1403'],
    ['Latin case', 'Lavrov NATO', 'lavrov nato'],
    ['presentation forms (lam-alef ligature)', 'ﻻ', 'لا'],
    ['zero-width joiners are ignored', 'ب\u200Cد', 'بد'],
    ['punctuation stays', '«الحملات المزيفة»', '«الحملات المزيفه»'],
  ])('%s: %s → %s', (_case, input, expected) => {
    expect(normaliseArabic(input)).toBe(expected);
  });

  it('maps every folded character back to where it was', () => {
    const original = 'قال الأَسَدُ: «نَعَم»';
    const { text, sourceIndex } = normaliseWithPositions(original);
    expect(text).toBe(normaliseArabic(original));
    const start = text.indexOf('الاسد');
    const end = start + 'الاسد'.length - 1;
    expect(original.slice(sourceIndex[start], sourceIndex[end]! + 1)).toBe('الأَسَد');
  });
});

describe('search terms', () => {
  it('folds words and also indexes them without the definite article', () => {
    expect(searchTerms('والحكومة السورية و المؤتمر')).toEqual(['والحكومه', 'حكومه', 'السوريه', 'سوريه', 'الموتمر', 'موتمر']);
  });

  it('keeps digits and drops single letters', () => {
    expect(searchTerms('يومي ٢٣ و ٢٤ شباط')).toEqual(['يومي', '23', '24', 'شباط']);
    expect(searchTerms('٢٣ و٢٤')).toEqual(['23', 'و24', '24']);
  });

  it('reads a query the same way, without the article', () => {
    expect(queryTerms('الأسد  في دمشق والحكومة')).toEqual(['اسد', 'في', 'دمشق', 'حكومه']);
    expect(queryTerms('محمد و علي')).toEqual(['محمد', 'علي']);
    expect(queryTerms('plan b')).toEqual(['plan']);
    expect(queryTerms('ب')).toEqual(['ب']);
  });
});
