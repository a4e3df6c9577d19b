import { describe, expect, it } from 'vitest';
import { excerptOf, plainTextOf } from './plainText';

describe('plainTextOf', () => {
  it('gives one line per block, including nested list items and hard breaks', () => {
    const text = plainTextOf({
      type: 'doc',
      content: [
        { type: 'heading', attrs: { level: 2 }, content: [{ type: 'text', text: 'الشيباني يلتقي لافروف' }] },
        {
          type: 'paragraph',
          content: [{ type: 'text', text: 'سطر' }, { type: 'hardBreak' }, { type: 'text', text: 'ثانٍ', marks: [{ type: 'bold' }] }],
        },
        { type: 'bulletList', content: [{ type: 'listItem', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'بند' }] }] }] },
        { type: 'paragraph' },
      ],
    });
    expect(text).toBe('الشيباني يلتقي لافروف\nسطر\nثانٍ\nبند');
  });
});

describe('excerptOf', () => {
  it('keeps short text and cuts long text at a word boundary', () => {
    expect(excerptOf('  نص   قصير ')).toBe('نص قصير');
    const long = 'كلمة '.repeat(100);
    const excerpt = excerptOf(long, 30);
    expect(excerpt.endsWith('…')).toBe(true);
    expect(excerpt.length).toBeLessThanOrEqual(31);
    expect(excerpt).not.toContain('كلم…');
  });
});
