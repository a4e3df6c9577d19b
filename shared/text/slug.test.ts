import { describe, expect, it } from 'vitest';
import { isValidSlug, slugify, withSlugFollowingHeadline } from './slug';

describe('slugify', () => {
  it.each([
    ['لافروف: وجهنا دعوة رسمية للشيباني', 'لافروف-وجهنا-دعوة-رسمية-للشيباني'],
    ['مُحَمَّدٌ رسولُ الله', 'محمد-رسول-الله'],
    ['كـــبـــير جداً', 'كبير-جدا'],
    ['قمة ٢٠٢٦ في دمشق', 'قمة-2026-في-دمشق'],
    ['Lavrov’s visit to Ankara!', 'lavrov-s-visit-to-ankara'],
    ['  «سوريا» — اليوم  ', 'سوريا-اليوم'],
    ['ﻻ', 'لا'],
    ['', ''],
    ['؟!', ''],
  ])('%j → %j', (headline, expected) => {
    expect(slugify(headline)).toBe(expected);
  });

  it('cuts a long headline at a hyphen, within the limit', () => {
    const slug = slugify('كلمة '.repeat(60));
    expect(slug.length).toBeLessThanOrEqual(120);
    expect(slug.endsWith('كلمة')).toBe(true);
    expect(isValidSlug(slug)).toBe(true);
  });
});

describe('isValidSlug', () => {
  it.each([
    ['لافروف-وجهنا-دعوة', true],
    ['abc-2026', true],
    ['', false],
    ['ABC', false],
    ['a--b', false],
    ['-a', false],
    ['a b', false],
    ['a'.repeat(121), false],
  ])('%j is %s', (slug, expected) => {
    expect(isValidSlug(slug)).toBe(expected);
  });
});

describe('the slug follows the headline until the user edits it', () => {
  it.each([
    [{ headline: 'قمة دمشق', slug: '', isSlugEdited: false }, 'قمة-دمشق'],
    [{ headline: 'قمة دمشق', slug: 'قديم', isSlugEdited: false }, 'قمة-دمشق'],
    [{ headline: 'قمة دمشق', slug: 'my-own', isSlugEdited: true }, 'my-own'],
    [{ headline: 'قمة دمشق', slug: '', isSlugEdited: true }, ''],
  ])('%j → %j', (fields, expected) => {
    expect(withSlugFollowingHeadline(fields).slug).toBe(expected);
  });

  it('keeps the other fields, and returns the same object when nothing changes', () => {
    const fields = { headline: 'قمة', slug: 'قمة', isSlugEdited: false, tags: ['سوريا'] };
    expect(withSlugFollowingHeadline(fields)).toBe(fields);
    expect(withSlugFollowingHeadline({ ...fields, headline: 'قمة دمشق' })).toEqual({ ...fields, headline: 'قمة دمشق', slug: 'قمة-دمشق' });
  });
});
