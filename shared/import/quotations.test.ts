import { describe, expect, it } from 'vitest';
import { findAppositions, findSpeaker, quoteBlocks, type FoundQuote } from './quotations';

const people = findAppositions('وقال وزير الخارجية الروسي، سيرغي لافروف، في مؤتمر صحفي…');

describe('speakers', () => {
  it('finds a title given in apposition', () => {
    expect(people).toEqual([{ role: 'وزير الخارجية الروسي', name: 'سيرغي لافروف' }]);
  });

  it.each([
    ['وقال لافروف إن', 'سيرغي لافروف'],
    ['وأكد وزير الخارجية الروسي أن', 'سيرغي لافروف'],
    ['وقالت المتحدثة باسم الوزارة:', 'المتحدثة باسم الوزارة'],
    ['وأضاف الوزير التركي، مضيفاً', 'الوزير التركي،'.replace('،', '')],
  ])('%j names %j', (sentence, name) => {
    expect(findSpeaker(sentence, people)?.name).toBe(name);
  });

  it('names no one without a verb of saying', () => {
    expect(findSpeaker('وفي سياق آخر، عقد الاجتماع', people)).toBeUndefined();
  });
});

describe('quoteBlocks', () => {
  it('splits a paragraph around a long quotation with its speaker, and leaves short scare quotes in the text', () => {
    const found: FoundQuote[] = [];
    const blocks = quoteBlocks(
      'وقال لافروف: “تم تقديم جميع الضمانات اللازمة لدعم الاستقرار”. ووصف ذلك بـ”الحملات المزيفة”.',
      people,
      found,
    );
    expect(blocks.map((block) => block.type)).toEqual(['paragraph', 'quote', 'paragraph']);
    expect(found).toEqual([
      { speaker: 'سيرغي لافروف', role: 'وزير الخارجية الروسي', text: 'تم تقديم جميع الضمانات اللازمة لدعم الاستقرار' },
    ]);
  });
});
