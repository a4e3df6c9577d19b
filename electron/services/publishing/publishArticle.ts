/**
 * One attempt to publish an article to a WordPress site: create the post, or update the one
 * published before — but only after checking that nobody changed it on the site since (its
 * modified time against the one recorded at the last publish). A changed site copy stops the
 * attempt with `SiteCopyChanged`, carrying the site's text, so the user decides.
 *
 * Every post carries an invisible marker naming its draft and site (an HTML comment), so a post
 * whose create reply was lost — or whose record went missing, or whose item was cancelled after
 * it tried — is found before another is created. An update whose reply was lost is recognised
 * because the site's copy is exactly what was sent.
 */
import type { ArticleContent } from '../../../shared/model/article';
import type { OutboxStep, WordPressStatus } from '../../../shared/publishing/outboxItem';
import { WordPressFailure, type WordPressApi, type WordPressPost } from './wordPressClient';
import { wordPressPostFields } from './wordPressPost';

/** What an attempt leaves behind: the post as the site has it now. */
export interface PublishedPost {
  postId: number;
  link: string;
  modifiedGmt: string;
  status: string;
}

export class SiteCopyChanged extends Error {
  constructor(readonly sitePost: WordPressPost) {
    super('the post was changed on the site since the last publish');
    this.name = 'SiteCopyChanged';
  }
}

export interface PublishRequest {
  article: ArticleContent;
  status: WordPressStatus;
  /** For 'future': the date on the site's clock. */
  scheduledFor?: string;
  /** Names the post: the same for every publish of one draft to one site. */
  marker: string;
  /** The post published before, if any, and its modified time then. */
  previous?: { postId: number; modifiedGmt: string };
  /** The site copy's modified time the user chose to overwrite. */
  overwriteModifiedGmt?: string;
  /** Whether an earlier attempt may have created the post already (its reply lost). */
  hasTriedCreate?: boolean;
  /** Called, and awaited, right before the request that creates the post. */
  beforeCreate?: () => Promise<void>;
  onStep?: (step: OutboxStep) => void;
}

/** The plain token that marks a draft's post on a site (searchable: letters, digits and hyphens only). */
export function postMarkerToken(draftId: string, siteId: string): string {
  return `midad-${draftId}-${siteId}`;
}

/** The comment carrying the token at the end of the post's content. */
function markerComment(token: string): string {
  return `<!-- ${token} -->`;
}

export async function publishArticle(client: WordPressApi, request: PublishRequest): Promise<PublishedPost> {
  const { article, status } = request;
  request.onStep?.('terms');
  const postFields = wordPressPostFields(article, status, request.scheduledFor);
  const fields: Record<string, unknown> = { ...postFields, content: `${postFields.content}\n${markerComment(request.marker)}` };
  fields.categories = await client.termIds('categories', article.section ? [article.section] : []);
  fields.tags = await client.termIds('tags', article.tags);
  const isAsSent = (post: WordPressPost): boolean =>
    post.title.raw === fields.title &&
    post.excerpt.raw === fields.excerpt &&
    post.content.raw === fields.content &&
    post.status === publishedStatus(status, post.status);

  request.onStep?.('checking');
  let previous = request.previous;
  if (!previous) {
    // No record of a post: one may exist all the same (a lost reply, a cancelled item, a lost record).
    const earlier = await client.findByContentToken(request.marker);
    if (earlier.length > 0) {
      const kept = await keepOne(client, earlier);
      if (isAsSent(kept)) return publishedPost(kept);
      previous = { postId: kept.id, modifiedGmt: kept.modified_gmt };
    }
  }

  if (previous) {
    const current = await client.getPost(previous.postId);
    if (current.status === 'trash')
      throw new WordPressFailure('rejected', 410, 'the post is in the site’s trash', { code: 'rest_post_trashed' });
    const isUnchanged = current.modified_gmt === previous.modifiedGmt || current.modified_gmt === request.overwriteModifiedGmt;
    if (!isUnchanged) {
      // Our own update whose reply was lost: the site has exactly what we send.
      if (isAsSent(current)) return publishedPost(current);
      throw new SiteCopyChanged(current);
    }
    request.onStep?.('sending');
    return publishedPost(await client.updatePost(previous.postId, fields));
  }

  await request.beforeCreate?.();
  request.onStep?.('sending');
  const created = await client.createPost(fields);
  if (!request.hasTriedCreate) return publishedPost(created);
  // A retry: an earlier create may have landed after the lookup. Keep the first post, trash the others.
  const all = await client.findByContentToken(request.marker);
  return publishedPost(all.length > 1 ? await keepOne(client, all) : created);
}

/** The status WordPress shows for a post sent with `status` (a scheduled date already past publishes it). */
function publishedStatus(status: WordPressStatus, actual: string): string {
  return status === 'future' && actual === 'publish' ? 'publish' : status;
}

/** The oldest of the posts that carry one marker; the others (doubles from lost replies) go to the site's trash. */
async function keepOne(client: WordPressApi, posts: readonly WordPressPost[]): Promise<WordPressPost> {
  const [first, ...doubles] = [...posts].sort((a, b) => a.id - b.id);
  for (const double of doubles) await client.trashPost(double.id);
  return first!;
}

function publishedPost(post: WordPressPost): PublishedPost {
  return { postId: post.id, link: post.link, modifiedGmt: post.modified_gmt, status: post.status };
}
