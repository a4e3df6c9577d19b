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

  it('cuts long text around the match at a word, with ellipses', () => {
    const text = `${'كلمة '.repeat(40)}دمشق ${'نص '.repeat(60)}`;
    const passage = passageFor('دمشق', text)!;
    expect(passage.match).toBe('دمشق');
    expect(passage.before.startsWith('…كلمة')).toBe(true);
    expect(passage.before.length).toBeLessThanOrEqual(81);
    expect(passage.after.endsWith('…')).toBe(true);
  });

  it('looks for the first term first, in every block, then the next term', () => {
    expect(passageFor('موسكو دمشق', 'دمشق أولاً', 'ثم موسكو')).toMatchObject({ match: 'موسكو' });
  });

  it('finds nothing when no term occurs', () => {
    expect(passageFor('بيروت', 'دمشق', 'موسكو')).toBeUndefined();
    expect(searchPassage(['دمشق'], [])).toBeUndefined();
  });
});
