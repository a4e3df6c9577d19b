/**
 * The desk's publishing requests, between the library and the outbox: sending a draft to a site
 * (the version the user checked, the checks run again here, a "before publishing" revision, then
 * the outbox) and bringing a changed site's text into the draft.
 */
import { ApiFailure } from '../../../shared/contract/apiError';
import { articleContentOf } from '../../../shared/model/draft';
import type { Draft } from '../../../shared/model/draft';
import type { OutboxSummary, WordPressStatus } from '../../../shared/publishing/outboxItem';
import { hasBlockingProblems, preflightArticle } from '../../../shared/publishing/preflight';
import { siteLocalTime } from '../../../shared/publishing/siteTime';
import type { ActiveLibrary } from '../activeLibrary';
import type { Outbox } from './outbox';
import type { SiteStore } from './siteStore';

export interface PublishRequest {
  draftId: string;
  siteId: string;
  status: WordPressStatus;
  /** The site's local time 'YYYY-MM-DDTHH:mm', for a scheduled post. */
  scheduledFor?: string;
  /** The version the user checked; a draft that moved on since fails with `draft.conflict`. */
  draftVersion?: number;
}

export class PublishingService {
  constructor(
    private readonly library: ActiveLibrary,
    private readonly siteStore: SiteStore,
    private readonly outbox: () => Promise<Outbox>,
    private readonly now: () => Date = () => new Date(),
  ) {}

  /**
   * Queues a publish of the draft as it is saved now. Fails with `draft.conflict` if it is not the
   * version the user checked, and with `publishing.preflightFailed` (naming the problems) if the
   * checks before publishing find an error; the text that goes out is kept as a revision first.
   */
  async enqueue({ draftId, siteId, status, scheduledFor, draftVersion }: PublishRequest): Promise<OutboxSummary> {
    const store = await this.library.store();
    const site = await this.siteStore.get(siteId);
    const draft = await store.get(draftId);
    if (draftVersion !== undefined && draft.version !== draftVersion) {
      throw new ApiFailure('draft.conflict', `${draftId}: checked version ${draftVersion}, saved version ${draft.version}`);
    }
    const problems = preflightArticle(draft, {
      status,
      ...(scheduledFor ? { scheduledFor } : {}),
      siteNow: siteLocalTime(site, this.now()),
      workflowStatus: draft.status,
      isApprovalRequired: site.isApprovalRequired,
    });
    if (hasBlockingProblems(problems)) {
      const errors = problems.filter((problem) => problem.severity === 'error').map((problem) => problem.messageKey);
      throw new ApiFailure('publishing.preflightFailed', errors.join(' '));
    }
    await (await this.library.workflow()).beforePublish(draftId, site.name || site.url);
    return (await this.outbox()).enqueue({
      draftId,
      draftVersion: draft.version,
      libraryFolder: store.libraryFolder,
      siteId,
      article: articleContentOf(draft),
      status,
      ...(status === 'future' && scheduledFor ? { scheduledFor } : {}),
    });
  }

  /**
   * Brings the site's headline, standfirst and body into the draft, over the draft as it is now
   * (its text kept as a revision first); the outbox item waiting for the choice ends.
   */
  async adoptSiteCopy(itemId: string, siteText: Pick<Draft, 'headline' | 'standfirst' | 'body'>): Promise<Draft> {
    const outbox = await this.outbox();
    const { item } = outbox.siteCopyOf(itemId);
    const site = await this.siteStore.get(item.siteId).catch(() => undefined);
    const draft = await (await this.library.workflow()).adoptSiteCopy(item.draftId, siteText, site?.name || site?.url || '');
    await outbox.settleWithSiteCopy(itemId);
    return draft;
  }
}
