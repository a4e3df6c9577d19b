import { describe, expect, it } from 'vitest';
import { queryTerms } from './arabicNormaliser';
import { searchPassage } from './searchPassage';

const passageFor = (query: string, ...blocks: string[]) => searchPassage(blocks, queryTerms(query));

describe('searchPassage', () => {
  it.each([
    [
      'الاسد',
      'وعقب سقوط نظام الأسد في الثامن من كانون الأول',
      { before: 'وعقب سقوط نظام ', match: 'الأسد', after: ' في الثامن من كانون الأول' },
    ],
    ['حكومة', 'وقالت والحكومةُ السورية', { before: 'وقالت ', match: 'والحكومةُ', after: ' السورية' }],
    ['انق', 'في أنقرة اليوم', { before: 'في ', match: 'أنقرة', after: ' اليوم' }],
    ['24', 'يومي ٢٣ و٢٤ شباط', { before: 'يومي ٢٣ ', match: 'و٢٤', after: ' شباط' }],
    ['ankara', 'Talks in Ankara today', { before: 'Talks in ', match: 'Ankara', after: ' today' }],
    ['كبير', 'بيت كـــبـــير', { before: 'بيت ', match: 'كـــبـــير', after: '' }],
  ])('%j in %j', (query, text, expected) => {
    expect(passageFor(query, text)).toEqual(expected);
  });

  it('cuts long text around the match at whole words, with ellipses', () => {
    const text = `${'كلمة '.repeat(40)}دمشق ${'نص '.repeat(60)}`;
    const passage = passageFor('دمشق', text)!;
    expect(passage.match).toBe('دمشق');
    expect(passage.before).toMatch(/^…كلمة /);
    expect(passage.before.length).toBeLessThanOrEqual(37);
    expect(passage.after).toMatch(/^ نص .* نص…$/);
  });

  it('centres the passage on a match deep in a long paragraph, so a two-line clamp shows it', () => {
    const opening = 'أعلنت وزارة الخارجية الروسية اليوم الثلاثاء في بيان مطوّل نشرته على موقعها الرسمي أن ';
    const closing = ' سيزور موسكو في الأسابيع المقبلة لبحث العلاقات الثنائية والملفات الإقليمية العالقة بين البلدين.';
    const passage = passageFor('الشيباني', `${opening.repeat(3)}وزير الخارجية أسعد الشيباني${closing.repeat(3)}`)!;
    expect(passage.match).toBe('الشيباني');
    // As much context on either side, give or take the word each cut drops.
    expect(Math.abs(passage.before.length - passage.after.length)).toBeLessThanOrEqual(12);
    expect(passage.before.length + passage.match.length + passage.after.length).toBeLessThanOrEqual(82);
    expect(passage.before).toMatch(/^…\S/);
    expect(passage.after).toMatch(/\S…$/);
  });

  it('keeps a short paragraph whole, without ellipses', () => {
    expect(passageFor('موسكو', 'زيارة موسكو قريباً')).toEqual({ before: 'زيارة ', match: 'موسكو', after: ' قريباً' });
  });

  it('looks for the first term first, in every block, then the next term', () => {
    expect(passageFor('موسكو دمشق', 'دمشق أولاً', 'ثم موسكو')).toMatchObject({ match: 'موسكو' });
  });

  it('finds nothing when no term occurs', () => {
    expect(passageFor('بيروت', 'دمشق', 'موسكو')).toBeUndefined();
    expect(searchPassage(['دمشق'], [])).toBeUndefined();
  });
});
