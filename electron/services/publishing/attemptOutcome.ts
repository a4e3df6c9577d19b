/**
 * What a failed attempt means for its item: the change that puts it in its next state. A site
 * copy that changed waits for the user's choice; a post gone from the site, a refusal, a wrong
 * password or a missing right stops the item with its reason; a network error, a timeout, 429 or
 * 5xx is tried again after the backoff (honouring Retry-After); anything else is a bug, stopped as
 * `internal`. Pure: the outbox applies the change.
 */
import type { OutboxItem, PublishFailureKind } from '../../../shared/publishing/outboxItem';
import { SiteCopyChanged } from './publishArticle';
import { retryDelayMs, type Backoff } from './retryDelay';
import { WordPressFailure } from './wordPressClient';

export type ItemChange = Partial<OutboxItem>;

/** The change that stops an item with `kind`, and the HTTP status and WordPress code where known. */
export function stopped(kind: PublishFailureKind, status?: number, code?: string): ItemChange {
  return { state: 'failed', step: undefined, failure: { kind, ...(status ? { status } : {}), ...(code ? { code } : {}) } };
}

export interface RetryTiming {
  backoff: Backoff;
  random: () => number;
  now: Date;
}

/** The change for an item whose attempt (its `attempts`-th) failed with `error`. */
export function outcomeOfFailure(error: unknown, attempts: number, timing: RetryTiming): ItemChange {
  if (error instanceof SiteCopyChanged) {
    const post = error.sitePost;
    return {
      state: 'needsChoice',
      step: undefined,
      siteCopy: {
        title: post.title.raw ?? post.title.rendered,
        excerpt: post.excerpt.raw ?? post.excerpt.rendered,
        content: post.content.raw ?? post.content.rendered,
        modifiedGmt: post.modified_gmt,
      },
    };
  }
  if (!(error instanceof WordPressFailure)) return stopped('internal');
  const code = error.details.code;
  if (code === 'rest_post_invalid_id' || code === 'rest_post_trashed') return stopped('postGone', error.status, code);
  if (!error.isTransient) return stopped(error.kind, error.status, code);
  const waitMs = retryDelayMs(attempts, timing.backoff, timing.random, error.details.retryAfterSeconds);
  return {
    state: 'retrying',
    step: undefined,
    nextAttemptAt: new Date(timing.now.getTime() + waitMs).toISOString(),
    failure: { kind: error.kind, ...(error.status ? { status: error.status } : {}), ...(code ? { code } : {}) },
  };
}
