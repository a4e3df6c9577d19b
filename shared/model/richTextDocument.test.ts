import { describe, expect, it } from 'vitest';
import { isWellFormedRichTextDocument, richTextDocumentSchema } from './richTextDocument';

const nested = (depth: number): unknown => {
  let node: Record<string, unknown> = { type: 'text', text: 'x' };
  for (let level = 0; level < depth; level++) node = { type: 'quote', content: [node] };
  return { type: 'doc', content: [node] };
};

const cases: Array<[string, unknown, boolean]> = [
  ['an empty doc', { type: 'doc' }, true],
  [
    'a paragraph',
    { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'نص', marks: [{ type: 'bold' }] }] }] },
    true,
  ],
  [
    'nested lists and attributes',
    {
      type: 'doc',
      content: [{ type: 'bulletList', attrs: { dir: 'auto' }, content: [{ type: 'listItem', content: [{ type: 'paragraph' }] }] }],
    },
    true,
  ],
  ['a reasonable depth', nested(20), true],
  ['a hostile depth (no stack overflow)', nested(100_000), false],
  ['not a doc', { type: 'paragraph' }, false],
  ['null', null, false],
  ['an array', [], false],
  ['content that is not an array', { type: 'doc', content: 'x' }, false],
  ['a node without a type', { type: 'doc', content: [{ text: 'x' }] }, false],
  ['an empty type', { type: 'doc', content: [{ type: '' }] }, false],
  ['a type too long', { type: 'doc', content: [{ type: 'x'.repeat(65) }] }, false],
  ['text that is not a string', { type: 'doc', content: [{ type: 'text', text: 5 }] }, false],
  ['attributes that are an array', { type: 'doc', content: [{ type: 'paragraph', attrs: [] }] }, false],
  ['a mark without a type', { type: 'doc', content: [{ type: 'text', text: 'x', marks: [{}] }] }, false],
  [
    'too many marks',
    { type: 'doc', content: [{ type: 'text', text: 'x', marks: Array.from({ length: 33 }, () => ({ type: 'bold' })) }] },
    false,
  ],
  [
    'deep nesting gone wrong',
    { type: 'doc', content: [{ type: 'quote', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'x', marks: 'bold' }] }] }] },
    false,
  ],
  ['an unknown key on the doc', { type: 'doc', content: [], extra: true }, false],
  [
    'the editor’s attributes on the doc',
    { type: 'doc', attrs: { dir: 'auto' }, content: [{ type: 'paragraph', attrs: { dir: 'auto' } }] },
    true,
  ],
  ['attributes on the doc that are not an object', { type: 'doc', attrs: 'rtl' }, false],
];

describe('the body check', () => {
  it.each(cases)('%s', (_name, value, isValid) => {
    expect(isWellFormedRichTextDocument(value)).toBe(isValid);
    expect(richTextDocumentSchema.safeParse(value).success).toBe(isValid);
  });
});
