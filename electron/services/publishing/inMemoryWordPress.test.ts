import { describe, expect, it } from 'vitest';
import { InMemoryWordPress } from './inMemoryWordPress';
import { WordPressFailure } from './wordPressClient';

async function failureOf(promise: Promise<unknown>): Promise<WordPressFailure> {
  const error = await promise.then(
    () => undefined,
    (reason: unknown) => reason,
  );
  if (!(error instanceof WordPressFailure)) throw new Error(`expected a WordPressFailure, got ${String(error)}`);
  return error;
}

describe('InMemoryWordPress', () => {
  it('keeps posts and terms as WordPress does: terms by exact name, trashed posts out of searches', async () => {
    const site = new InMemoryWordPress();
    expect(await site.termIds('categories', ['اقتصاد', ' اقتصاد ', ''])).toEqual([1, 1]);
    expect(await site.termIds('tags', ['اقتصاد', 'عاجل'])).toEqual([2, 3]);
    const first = await site.createPost({ title: 'أ', content: 'نص <!-- midad-x -->', status: 'publish', categories: [1] });
    const second = await site.createPost({ title: 'ب', content: 'نص <!-- midad-x -->', status: 'draft' });
    expect([first.id, second.id]).toEqual([1, 2]);
    const updated = await site.updatePost(first.id, { title: 'أ٢' });
    expect(updated).toMatchObject({ title: { raw: 'أ٢' }, content: { raw: 'نص <!-- midad-x -->' }, categories: [1] });
    expect(updated.modified_gmt > first.modified_gmt).toBe(true);
    await site.trashPost(second.id);
    expect((await site.findByContentToken('midad-x')).map((post) => post.id)).toEqual([1]);
    expect((await site.getPost(second.id)).status).toBe('trash');
    expect((await failureOf(site.getPost(99))).details.code).toBe('rest_post_invalid_id');
  });

  it('fails the next calls as the REST client reports them, only the call named, as many times as asked', async () => {
    const site = new InMemoryWordPress();
    site.failNext({ kind: 'rateLimited', retryAfterSeconds: 30 }, { call: 'createPost', times: 2 });
    site.failNext({ kind: 'unreachable' });
    expect((await failureOf(site.termIds('tags', ['x']))).kind).toBe('unreachable');
    const limited = await failureOf(site.createPost({ title: 'أ' }));
    expect([limited.kind, limited.status, limited.details.retryAfterSeconds, limited.isTransient]).toEqual(['rateLimited', 429, 30, true]);
    expect((await failureOf(site.createPost({ title: 'أ' }))).kind).toBe('rateLimited');
    expect(site.posts()).toEqual([]);
    expect((await site.createPost({ title: 'أ' })).id).toBe(1);

    site.failNext({ kind: 'serverError' });
    site.failNext({ kind: 'wrongPassword' });
    site.failNext({ kind: 'timeout' });
    const server = await failureOf(site.getPost(1));
    expect([server.kind, server.status, server.isTransient]).toEqual(['serverError', 503, true]);
    const password = await failureOf(site.getPost(1));
    expect([password.kind, password.status, password.isTransient]).toEqual(['wrongPassword', 401, false]);
    expect((await failureOf(site.getPost(1))).kind).toBe('timeout');
  });

  it('carries out a call whose reply it then loses', async () => {
    const site = new InMemoryWordPress();
    site.failNext({ kind: 'lostReply' }, { call: 'createPost' });
    expect((await failureOf(site.createPost({ title: 'أ', content: 'midad-y' }))).kind).toBe('timeout');
    expect(site.posts().map((post) => post.title.raw)).toEqual(['أ']);
  });

  it('holds a call until released, before or after carrying it out', async () => {
    const site = new InMemoryWordPress();
    const before = site.holdNext('createPost');
    const creating = site.createPost({ title: 'أ' });
    await before.reached;
    expect(site.posts()).toEqual([]);
    before.release();
    expect((await creating).id).toBe(1);

    const after = site.holdNext('createPost', { afterCommit: true });
    const lost = failureOf(site.createPost({ title: 'ب' }));
    await after.reached;
    expect(site.posts()).toHaveLength(2);
    after.release({ kind: 'unreachable' });
    expect((await lost).kind).toBe('timeout');
    expect(site.callsOf('createPost')).toBe(2);
  });
});
