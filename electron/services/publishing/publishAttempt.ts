/**
 * One attempt to publish one outbox item: the site's credentials, the post written through
 * publishArticle (found by its marker rather than doubled, stopped when the site's copy changed),
 * and the post recorded beside the draft. Returns the change that ends the attempt: done with the
 * post, or what the failure means (attemptOutcome). Progress goes to the item as it happens.
 */
import type { OutboxItem, OutboxStep } from '../../../shared/publishing/outboxItem';
import { outcomeOfFailure, stopped, type ItemChange, type RetryTiming } from './attemptOutcome';
import { postMarkerToken, publishArticle, SiteCopyChanged, type PublishedPost } from './publishArticle';
import { readPublishingRecords, writePublishingRecord } from './publishingRecords';
import type { SiteStore } from './siteStore';
import { WordPressFailure, type WordPressApi, type WordPressSite } from './wordPressClient';

export interface PublishAttemptContext {
  siteStore: SiteStore;
  clientFor: (site: WordPressSite) => WordPressApi;
  timing: () => RetryTiming;
  /** Changes the item, written before it resolves; with `mustBeWritten`, rejects when it could not be. */
  update: (change: ItemChange, options?: { mustBeWritten?: boolean }) => Promise<OutboxItem>;
  /** Changes the item without waiting (progress). */
  progress: (step: OutboxStep) => void;
  onProblem?: (message: string, error: unknown) => void;
}

/** Runs the attempt of `item` (already marked as being sent) and returns the change that ends it. */
export async function attemptPublish(item: OutboxItem, context: PublishAttemptContext): Promise<ItemChange> {
  let credentials;
  try {
    credentials = await context.siteStore.credentials(item.siteId);
  } catch {
    return stopped('siteRemoved');
  }
  if (!credentials.password) return stopped('passwordNeeded');
  const client = context.clientFor({
    url: credentials.site.url,
    userName: credentials.site.userName,
    applicationPassword: credentials.password,
  });
  const record = (await readPublishingRecords(item.libraryFolder, item.draftId)).find((candidate) => candidate.siteId === item.siteId);
  let post: PublishedPost;
  try {
    post = await publishArticle(client, {
      article: item.article,
      status: item.status,
      ...(item.scheduledFor ? { scheduledFor: item.scheduledFor } : {}),
      marker: postMarkerToken(item.draftId, item.siteId),
      ...(record ? { previous: { postId: record.postId, modifiedGmt: record.modifiedGmt } } : {}),
      ...(item.overwriteModifiedGmt ? { overwriteModifiedGmt: item.overwriteModifiedGmt } : {}),
      hasTriedCreate: item.hasTriedCreate,
      // On disk before the create, or no create: after a restart it is what sends the retry looking for doubles.
      beforeCreate: async () => {
        await context.update({ hasTriedCreate: true }, { mustBeWritten: true });
      },
      onStep: context.progress,
    });
  } catch (error) {
    if (!(error instanceof WordPressFailure) && !(error instanceof SiteCopyChanged))
      context.onProblem?.('publishing failed unexpectedly', error);
    return outcomeOfFailure(error, item.attempts, context.timing());
  }
  // Published: from here on nothing turns the item into a failure.
  await context.update({ step: 'recording' });
  await writePublishingRecord(item.libraryFolder, item.draftId, {
    siteId: item.siteId,
    siteUrl: credentials.site.url,
    postId: post.postId,
    link: post.link,
    modifiedGmt: post.modifiedGmt,
    status: post.status,
    publishedAt: context.timing().now.toISOString(),
    draftVersion: item.draftVersion,
  }).catch((error: unknown) => context.onProblem?.('the publishing record could not be written (the draft may be in the trash)', error));
  return { state: 'done', step: undefined, failure: undefined, result: { postId: post.postId, link: post.link } };
}
