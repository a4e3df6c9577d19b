import { readFileSync } from 'node:fs';
import { JSDOM } from 'jsdom';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importPlainText } from '../../../shared/model/plainTextImport';
import { startWordPress, wordPressUnavailableReason, type WordPressServer } from '../../../e2e/wordpress/wordPressServer';
import { publishArticle, SiteCopyChanged, type PublishedRecord } from './publishArticle';
import { WordPressClient, WordPressFailure } from './wordPressClient';

const unavailable = wordPressUnavailableReason();
const isRequired = process.env.CI === 'true';
const seed = readFileSync(new URL('../../../e2e/fixtures/seed-article.txt', import.meta.url), 'utf8');

describe.skipIf(unavailable !== undefined && !isRequired)(`publishing to a real WordPress${unavailable ? ` (skipped: ${unavailable})` : ''}`, { timeout: 90_000 }, () => {
  let wordPress: WordPressServer;
  let client: WordPressClient;
  beforeAll(async () => {
    if (unavailable) throw new Error(`CI needs a real WordPress: ${unavailable}`);
    wordPress = await startWordPress();
    client = new WordPressClient({ url: wordPress.url, userName: wordPress.userName, applicationPassword: wordPress.applicationPassword });
  }, 120_000);
  afterAll(() => wordPress?.stop());

  const article = {
    ...importPlainText(seed).content,
    standfirst: 'موسكو تدعو وزير الخارجية السوري إلى زيارتها',
    tags: ['روسيا', 'سوريا', 'لافروف'],
    related: [
      { key: 'a', title: 'الشيباني يصل إلى موسكو', url: 'https://example.com/news/1' },
      { key: 'b', title: 'ملف القواعد العسكرية', url: 'https://example.com/news/2' },
    ],
  };

  it('checks the site and says what is wrong with a wrong password', async () => {
    await expect(client.verify()).resolves.toMatchObject({ userDisplayName: 'editor' });
    const wrong = new WordPressClient({ url: wordPress.url, userName: 'editor', applicationPassword: 'xxxx xxxx xxxx xxxx' });
    await expect(wrong.verify()).rejects.toMatchObject({ kind: 'wrongPassword' });
    const nowhere = new WordPressClient({ url: 'http://127.0.0.1:9', userName: 'editor', applicationPassword: 'x' });
    await expect(nowhere.verify()).rejects.toBeInstanceOf(WordPressFailure);
  });

  it('publishes the seed article as a draft, then as published, intact when read back, updating the same post', async () => {
    const asDraft = await publishArticle(client, { article, status: 'draft' });
    const published = await publishArticle(client, { article, status: 'publish', previous: asDraft });
    expect(published.postId).toBe(asDraft.postId);
    const post = await client.getPost(published.postId);
    expect(post.status).toBe('publish');
    expect(post.title.raw).toBe('لافروف: وجهنا دعوة لوزير الخارجية السوري لزيارة روسيا');
    expect(post.excerpt.raw).toBe('موسكو تدعو وزير الخارجية السوري إلى زيارتها');
    // WordPress keeps the first 200 bytes of the encoded slug (about 33 Arabic letters).
    expect(article.slug.startsWith(decodeURIComponent(post.slug))).toBe(true);
    expect(decodeURIComponent(post.slug).length).toBeGreaterThan(20);
    const [category] = await Promise.all(post.categories.map(async (id) => (await fetch(`${wordPress.url}/?rest_route=/wp/v2/categories/${id}`)).json() as Promise<{ name: string }>));
    expect(category?.name).toBe('أخبار سوريا');
    expect(post.tags).toHaveLength(3);
    const document = new JSDOM(`<body>${post.content.raw}</body>`).window.document;
    expect([...document.querySelectorAll('h2')].map((heading) => heading.textContent)).toEqual(['الشيباني يلتقي لافروف في أنقرة', 'علاقة روسيا مع سوريا بعد سقوط الأسد', 'مقالات ذات صلة']);
    expect([...document.querySelectorAll('figure.quote cite')].map((cite) => cite.textContent)).toEqual(['سيرغي لافروف', 'سيرغي لافروف']);
    expect([...document.querySelectorAll('.related-articles a')].map((link) => link.getAttribute('href'))).toEqual(['https://example.com/news/1', 'https://example.com/news/2']);
  });

  it('notices an edit made on the site in between, and overwrites nothing without the user’s choice', async () => {
    const first: PublishedRecord = await publishArticle(client, { article: { ...article, slug: 'remote-edit' }, status: 'draft' });
    await new Promise((resolve) => setTimeout(resolve, 1100));
    await client.updatePost(first.postId, { title: 'عنوان عدّله أحد على الموقع' });
    const attempt = publishArticle(client, { article: { ...article, slug: 'remote-edit' }, status: 'draft', previous: first });
    await expect(attempt).rejects.toBeInstanceOf(SiteCopyChanged);
    expect((await client.getPost(first.postId)).title.raw).toBe('عنوان عدّله أحد على الموقع');
    await publishArticle(client, { article: { ...article, slug: 'remote-edit' }, status: 'draft', previous: first, isOverwriteConfirmed: true });
    expect((await client.getPost(first.postId)).title.raw).toBe(article.headline);
  });
});
