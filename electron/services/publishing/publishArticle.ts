/**
 * One attempt to publish an article to a WordPress site: create the post, or update the one
 * published before — but only after checking that nobody changed it on the site since (its
 * modified time against the one recorded at the last publish). A changed site copy stops the
 * attempt with `SiteCopyChanged`, carrying the site's text, so the user decides.
 *
 * Every post carries an invisible marker (an HTML comment naming the outbox item), so an attempt
 * whose reply was lost is recognised on the next one: a create is looked for before it is made
 * again, and an update that landed is not mistaken for someone else's edit.
 */
import type { ArticleContent } from '../../../shared/model/article';
import type { OutboxStep, WordPressStatus } from '../../../shared/publishing/outboxItem';
import { WordPressFailure, type WordPressClient, type WordPressPost } from './wordPressClient';
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
  /** Names this publish in the post (the outbox item's id). */
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

/** The comment that marks a post as this publish's. */
export function publishMarker(marker: string): string {
  return `<!-- midad:${marker} -->`;
}

export async function publishArticle(client: WordPressClient, request: PublishRequest): Promise<PublishedPost> {
  const { article, status, previous } = request;
  const marker = publishMarker(request.marker);
  request.onStep?.('terms');
  const postFields = wordPressPostFields(article, status, request.scheduledFor);
  const fields: Record<string, unknown> = { ...postFields, content: `${postFields.content}\n${marker}` };
  fields.categories = await client.termIds('categories', article.section ? [article.section] : []);
  fields.tags = await client.termIds('tags', article.tags);

  if (previous) {
    request.onStep?.('checking');
    const current = await client.getPost(previous.postId);
    if (current.status === 'trash') throw new WordPressFailure('rejected', 410, 'the post is in the site’s trash', { code: 'rest_post_trashed' });
    const isUnchanged = current.modified_gmt === previous.modifiedGmt || current.modified_gmt === request.overwriteModifiedGmt;
    if (!isUnchanged) {
      // Our own update whose reply was lost carries this publish's marker and title.
      if (current.content.raw?.includes(marker) && current.title.raw === postFields.title) return publishedPost(current);
      throw new SiteCopyChanged(current);
    }
    request.onStep?.('sending');
    return publishedPost(await client.updatePost(previous.postId, fields));
  }

  request.onStep?.('checking');
  if (request.hasTriedCreate) {
    const earlier = await client.findByContentMarker(marker);
    if (earlier.length > 0) return publishedPost(await keepOne(client, earlier));
  }
  await request.beforeCreate?.();
  request.onStep?.('sending');
  const created = await client.createPost(fields);
  if (!request.hasTriedCreate) return publishedPost(created);
  // A retry: an earlier create may have landed after the lookup. Keep the first post, remove the others.
  const all = await client.findByContentMarker(marker);
  return publishedPost(all.length > 1 ? await keepOne(client, all) : created);
}

/** The oldest of the posts one publish made; the others (doubles from lost replies) are deleted. */
async function keepOne(client: WordPressClient, posts: readonly WordPressPost[]): Promise<WordPressPost> {
  const [first, ...doubles] = [...posts].sort((a, b) => a.id - b.id);
  for (const double of doubles) await client.deletePost(double.id);
  return first!;
}

function publishedPost(post: WordPressPost): PublishedPost {
  return { postId: post.id, link: post.link, modifiedGmt: post.modified_gmt, status: post.status };
}
