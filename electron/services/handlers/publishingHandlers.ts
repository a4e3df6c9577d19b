/** Publishing's calls: the sites, the outbox and its items, the draft's posts. */
import type { publishingCalls } from '../../../shared/contract/publishingCalls';
import type { CallHandlers } from '../../../shared/rpc/rpcServer';
import type { ActiveLibrary } from '../activeLibrary';
import type { Outbox } from '../publishing/outbox';
import { readPublishingRecords } from '../publishing/publishingRecords';
import type { PublishingService } from '../publishing/publishingService';
import type { SecretVault } from '../publishing/secretVault';
import type { SiteStore } from '../publishing/siteStore';

export interface PublishingHandlersDependencies {
  library: ActiveLibrary;
  siteStore: SiteStore;
  secretVault: SecretVault;
  /** The outbox, once it has read its items. */
  outbox: () => Promise<Outbox>;
  publishing: PublishingService;
}

export function publishingHandlers({
  library,
  siteStore,
  secretVault,
  outbox,
  publishing,
}: PublishingHandlersDependencies): CallHandlers<typeof publishingCalls> {
  return {
    'sites.list': async () => ({ sites: await siteStore.list(), secretStorage: secretVault.storage }),
    'sites.save': (input) => siteStore.save(input),
    'sites.remove': async ({ id }) => {
      await siteStore.remove(id);
      return {};
    },
    'publishing.enqueue': (request) => publishing.enqueue(request),
    'publishing.outbox': async () => ({ items: (await outbox()).list() }),
    'publishing.retry': async ({ id }) => (await outbox()).retry(id),
    'publishing.cancel': async ({ id }) => (await outbox()).cancel(id),
    'publishing.overwrite': async ({ id }) => (await outbox()).overwrite(id),
    'publishing.siteCopy': async ({ id }) => {
      const { item, siteCopy } = (await outbox()).siteCopyOf(id);
      return { siteCopy, article: item.article, draftId: item.draftId };
    },
    'publishing.adoptSiteCopy': ({ id, headline, standfirst, body }) => publishing.adoptSiteCopy(id, { headline, standfirst, body }),
    'publishing.records': async ({ draftId }) => ({ records: await readPublishingRecords((await library.store()).libraryFolder, draftId) }),
  };
}
