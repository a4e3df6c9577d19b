import { mkdtemp, readdir, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { emptyArticleContent } from '../../../shared/model/article';
import { ActiveLibrary } from '../activeLibrary';
import { SettingsStore } from '../settingsStore';
import { Outbox } from './outbox';
import { PublishingService } from './publishingService';
import { SessionSecretVault } from './secretVault';
import { SiteStore } from './siteStore';
import { WordPressClient } from './wordPressClient';

// The service between the library and the outbox, with real stores in a temporary folder. The
// site is written to sites.json as a saved site would be; it has no password in this session, so
// the outbox stops each item at "password needed" and nothing leaves the machine.
const siteId = '5f0c2b1e-7a3d-4c11-9a0e-2b6f1d3c4e5a';
let userData: string;
let library: ActiveLibrary;
let outbox: Outbox;
let service: PublishingService;
const now = (): Date => new Date('2026-12-02T10:00:00Z');

beforeEach(async () => {
  userData = await mkdtemp(join(tmpdir(), 'midad-publishing-'));
  await writeFile(
    join(userData, 'sites.json'),
    JSON.stringify([
      { id: siteId, name: 'موقع الأخبار', url: 'http://127.0.0.1:9', userName: 'editor', timezone: 'Asia/Damascus', gmtOffset: 3 },
    ]),
  );
  const settingsStore = new SettingsStore(userData, now);
  library = new ActiveLibrary({ defaultFolder: join(userData, 'library'), settingsStore, now, onProblem: () => {} });
  const clientFor = (site: ConstructorParameters<typeof WordPressClient>[0]) => new WordPressClient(site, 1_000);
  const siteStore = new SiteStore(userData, new SessionSecretVault(join(userData, 'site-secrets.json')), clientFor, now);
  outbox = new Outbox({ folder: join(userData, 'outbox'), siteStore, clientFor, now });
  await outbox.open();
  service = new PublishingService(library, siteStore, async () => outbox, now);
});
afterEach(async () => {
  await outbox.dispose();
  await library.dispose();
});

const readyArticle = {
  ...emptyArticleContent(),
  section: 'أخبار سوريا',
  headline: 'لافروف: وجهنا دعوة لوزير الخارجية السوري لزيارة روسيا',
  body: {
    type: 'doc' as const,
    content: [{ type: 'paragraph', content: [{ type: 'text', text: 'أعلن وزير الخارجية الروسي أن موسكو وجهت دعوة رسمية.' }] }],
  },
};

describe('sending a draft to the outbox', () => {
  it('queues the saved article, and keeps the text that goes out as a revision', async () => {
    const store = await library.store();
    const draft = await store.create(readyArticle);
    const item = await service.enqueue({ draftId: draft.id, siteId, status: 'publish', draftVersion: draft.version });
    expect(item).toMatchObject({ draftId: draft.id, siteId, status: 'publish', headline: readyArticle.headline, draftVersion: 1 });
    expect((await store.revisions.list(draft.id)).map((revision) => [revision.kind, revision.message])).toEqual([
      ['beforePublish', 'موقع الأخبار'],
    ]);
    expect(outbox.list().map((queued) => queued.id)).toEqual([item.id]);
    expect(await readdir(join(userData, 'outbox'))).toContain(`${item.id}.json`);
  });

  it('refuses a draft that moved on since the user checked it', async () => {
    const store = await library.store();
    const draft = await store.create(readyArticle);
    await store.save({ id: draft.id, baseVersion: 1, content: { ...readyArticle, headline: `${readyArticle.headline} (محدّث)` } });
    await expect(service.enqueue({ draftId: draft.id, siteId, status: 'publish', draftVersion: 1 })).rejects.toMatchObject({
      apiError: { code: 'draft.conflict' },
    });
    expect(outbox.list()).toEqual([]);
  });

  it('runs the checks again and refuses what they block, naming the problems', async () => {
    const store = await library.store();
    const draft = await store.create({ ...readyArticle, section: '', headline: '' });
    const refused = await service.enqueue({ draftId: draft.id, siteId, status: 'publish' }).catch((error: unknown) => error);
    expect(refused).toMatchObject({ apiError: { code: 'publishing.preflightFailed' } });
    expect((refused as { apiError: { detail: string } }).apiError.detail.split(' ')).toEqual(
      expect.arrayContaining(['preflight.sectionMissing', 'preflight.headlineMissing']),
    );
    expect(await store.revisions.list(draft.id)).toEqual([]);
  });

  it('refuses an article never approved for a site that publishes only approved ones, and only warns for others', async () => {
    const approvalSite = '6a1d3c2f-8b4e-4d22-8b1f-3c7a2e4d5f6b';
    await writeFile(
      join(userData, 'sites.json'),
      JSON.stringify([
        { id: siteId, name: 'موقع الأخبار', url: 'http://127.0.0.1:9', userName: 'editor', timezone: 'Asia/Damascus', gmtOffset: 3 },
        {
          id: approvalSite,
          name: 'الموقع الرئيسي',
          url: 'http://127.0.0.1:10',
          userName: 'editor',
          timezone: '',
          gmtOffset: 3,
          isApprovalRequired: true,
        },
      ]),
    );
    const store = await library.store();
    const draft = await store.create(readyArticle);
    const refused = await service.enqueue({ draftId: draft.id, siteId: approvalSite, status: 'publish' }).catch((error: unknown) => error);
    expect(refused).toMatchObject({ apiError: { code: 'publishing.preflightFailed', detail: 'preflight.notApproved' } });
    await expect(service.enqueue({ draftId: draft.id, siteId, status: 'publish' })).resolves.toMatchObject({ siteId });
  });

  it('judges a schedule by the site’s own clock', async () => {
    const store = await library.store();
    const draft = await store.create(readyArticle);
    // 10:00 UTC is 13:00 in Damascus: 12:30 there has passed.
    await expect(service.enqueue({ draftId: draft.id, siteId, status: 'future', scheduledFor: '2026-12-02T12:30' })).rejects.toMatchObject({
      apiError: { code: 'publishing.preflightFailed' },
    });
    await expect(service.enqueue({ draftId: draft.id, siteId, status: 'future', scheduledFor: '2026-12-02T13:30' })).resolves.toMatchObject(
      {
        scheduledFor: '2026-12-02T13:30',
      },
    );
  });
});
