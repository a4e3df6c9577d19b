import { describe, expect, it } from 'vitest';
import { currentDraftSchemaVersion } from './draft';
import { draftMigrations, migrateDraft } from './draftMigrations';

const version1 = {
  schemaVersion: 1,
  id: '3b1f6c3e-8f7a-4c1e-9a53-0f6f2d1c9b11',
  version: 2,
  headline: 'لافروف: وجهنا دعوة',
  body: { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'أعلنت روسيا' }] }] },
  createdAt: '2026-11-01T10:00:00.000Z',
  updatedAt: '2026-11-01T10:05:00.000Z',
};

describe('draft migrations', () => {
  it('has a step for every version below the current one', () => {
    for (let version = 1; version < currentDraftSchemaVersion; version++)
      expect(draftMigrations[version], `step from ${version}`).toBeTypeOf('function');
  });

  it('1 → 2: keeps headline, body and bookkeeping, and adds the article fields empty', () => {
    const result = migrateDraft(version1);
    expect(result).toMatchObject({ ok: true, migratedFrom: 1 });
    if (!result.ok) return;
    expect(result.draft).toEqual({
      ...version1,
      schemaVersion: 2,
      status: 'draft',
      section: '',
      kicker: '',
      standfirst: '',
      byline: '',
      dateline: { place: '', date: '' },
      related: [],
      tags: [],
      slug: '',
      isSlugEdited: false,
      seoDescription: '',
      language: 'ar',
    });
  });

  it('1 → 2: turns the first editor’s blockquotes, code blocks and inline code into what the article editor knows', () => {
    const result = migrateDraft({
      ...version1,
      body: {
        type: 'doc',
        content: [
          { type: 'blockquote', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'اقتباس' }] }] },
          { type: 'codeBlock', attrs: { language: null }, content: [{ type: 'text', text: 'رمز' }] },
          { type: 'paragraph', content: [{ type: 'text', text: 'نص', marks: [{ type: 'code' }, { type: 'bold' }] }] },
        ],
      },
    });
    expect(result.ok && result.draft.body.content).toEqual([
      {
        type: 'quote',
        attrs: { speaker: '', role: '', variant: 'quote' },
        content: [{ type: 'paragraph', content: [{ type: 'text', text: 'اقتباس' }] }],
      },
      { type: 'paragraph', content: [{ type: 'text', text: 'رمز' }] },
      { type: 'paragraph', content: [{ type: 'text', text: 'نص', marks: [{ type: 'bold' }] }] },
    ]);
  });

  it('passes a current document through unchanged', () => {
    const first = migrateDraft(version1);
    if (!first.ok) throw new Error('migration failed');
    expect(migrateDraft(first.draft)).toEqual({ ok: true, draft: first.draft });
  });

  it('refuses what it cannot read, saying why', () => {
    expect(migrateDraft(null)).toMatchObject({ ok: false, reason: 'notAnObject' });
    expect(migrateDraft([])).toMatchObject({ ok: false, reason: 'notAnObject' });
    expect(migrateDraft({ ...version1, schemaVersion: 'one' })).toMatchObject({ ok: false, reason: 'unknownVersion' });
    expect(migrateDraft({ ...version1, schemaVersion: 0 })).toMatchObject({ ok: false, reason: 'unknownVersion' });
    expect(migrateDraft({ ...version1, schemaVersion: currentDraftSchemaVersion + 1 })).toMatchObject({
      ok: false,
      reason: 'newerVersion',
    });
    expect(migrateDraft({ ...version1, id: 'not-a-uuid' })).toMatchObject({ ok: false, reason: 'invalid' });
  });
});
