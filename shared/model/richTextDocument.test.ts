import { describe, expect, it } from 'vitest';
import { isWellFormedRichTextDocument, richTextDocumentSchema } from './richTextDocument';

const cases: Array<[string, unknown]> = [
  ['an empty doc', { type: 'doc' }],
  ['a paragraph', { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'نص', marks: [{ type: 'bold' }] }] }] }],
  ['nested lists and attributes', { type: 'doc', content: [{ type: 'bulletList', attrs: { dir: 'auto' }, content: [{ type: 'listItem', content: [{ type: 'paragraph' }] }] }] }],
  ['not a doc', { type: 'paragraph' }],
  ['null', null],
  ['an array', []],
  ['content that is not an array', { type: 'doc', content: 'x' }],
  ['a node without a type', { type: 'doc', content: [{ text: 'x' }] }],
  ['an empty type', { type: 'doc', content: [{ type: '' }] }],
  ['a type too long', { type: 'doc', content: [{ type: 'x'.repeat(65) }] }],
  ['text that is not a string', { type: 'doc', content: [{ type: 'text', text: 5 }] }],
  ['attributes that are an array', { type: 'doc', content: [{ type: 'paragraph', attrs: [] }] }],
  ['a mark without a type', { type: 'doc', content: [{ type: 'text', text: 'x', marks: [{}] }] }],
  ['too many marks', { type: 'doc', content: [{ type: 'text', text: 'x', marks: Array.from({ length: 33 }, () => ({ type: 'bold' })) }] }],
  ['deep nesting gone wrong', { type: 'doc', content: [{ type: 'quote', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'x', marks: 'bold' }] }] }] }],
  ['an unknown key on the doc', { type: 'doc', content: [], extra: true }],
];

describe('isWellFormedRichTextDocument', () => {
  it.each(cases)('agrees with the schema on %s', (_name, value) => {
    expect(isWellFormedRichTextDocument(value)).toBe(richTextDocumentSchema.strict().safeParse(value).success);
  });
});
