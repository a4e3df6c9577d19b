import { describe, expect, it } from 'vitest';
import { outcomeOfFailure, stopped } from './attemptOutcome';
import { SiteCopyChanged } from './publishArticle';
import { WordPressFailure, type WordPressPost } from './wordPressClient';

const timing = { backoff: { baseMs: 2_000, maxMs: 300_000 }, random: () => 0.5, now: new Date('2026-12-02T10:00:00.000Z') };

describe('what a failed attempt means', () => {
  it.each([
    ['a wrong password', new WordPressFailure('wrongPassword', 401, 'no'), stopped('wrongPassword', 401)],
    [
      'a missing right',
      new WordPressFailure('cannotPublish', 403, 'no', { code: 'rest_cannot_publish' }),
      stopped('cannotPublish', 403, 'rest_cannot_publish'),
    ],
    [
      'a post deleted on the site',
      new WordPressFailure('rejected', 404, 'gone', { code: 'rest_post_invalid_id' }),
      stopped('postGone', 404, 'rest_post_invalid_id'),
    ],
    [
      'a post in the site’s trash',
      new WordPressFailure('rejected', 410, 'gone', { code: 'rest_post_trashed' }),
      stopped('postGone', 410, 'rest_post_trashed'),
    ],
    ['a bug', new TypeError('x is undefined'), stopped('internal')],
  ])('%s stops the item with its reason', (_case, error, change) => {
    expect(outcomeOfFailure(error, 1, timing)).toEqual(change);
  });

  it.each([
    ['the network', new WordPressFailure('unreachable', undefined, 'ECONNRESET'), 1, '2026-12-02T10:00:01.500Z'],
    ['a timeout, the third time', new WordPressFailure('timeout', undefined, 'slow'), 3, '2026-12-02T10:00:06.000Z'],
    ['a 503', new WordPressFailure('serverError', 503, 'busy'), 2, '2026-12-02T10:00:03.000Z'],
    [
      'a 429 asking for a minute',
      new WordPressFailure('rateLimited', 429, 'slow down', { retryAfterSeconds: 60 }),
      1,
      '2026-12-02T10:01:00.000Z',
    ],
  ])('%s is tried again after the backoff', (_case, error, attempts, nextAttemptAt) => {
    expect(outcomeOfFailure(error, attempts, timing)).toMatchObject({ state: 'retrying', nextAttemptAt, failure: { kind: error.kind } });
  });

  it('waits for the user’s choice when the site’s copy changed, showing them that copy', () => {
    const post = {
      id: 7,
      title: { rendered: 'عنوان الموقع', raw: 'عنوان الموقع' },
      excerpt: { rendered: '<p>مقدمة</p>', raw: 'مقدمة' },
      content: { rendered: '<p>نص</p>', raw: '<p>نص</p>' },
      modified_gmt: '2026-12-02T09:59:00',
    } as unknown as WordPressPost;
    expect(outcomeOfFailure(new SiteCopyChanged(post), 1, timing)).toEqual({
      state: 'needsChoice',
      step: undefined,
      siteCopy: { title: 'عنوان الموقع', excerpt: 'مقدمة', content: '<p>نص</p>', modifiedGmt: '2026-12-02T09:59:00' },
    });
  });
});
