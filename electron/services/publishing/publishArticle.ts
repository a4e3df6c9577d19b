/**
 * Publishes an article to a WordPress site, once: creates the post, or updates the one it
 * published before — but only after checking that nobody changed it on the site since (its
 * modified time against the one recorded at the last publish). A changed site copy stops the
 * update with `SiteCopyChanged`, carrying the site's text, so the user decides.
 */
import type { ArticleContent } from '../../../shared/model/article';
import type { WordPressClient, WordPressPost } from './wordPressClient';
import { wordPressPostFields, type WordPressStatus } from './wordPressPost';

/** What the draft remembers of its post. */
export interface PublishedRecord {
  postId: number;
  link: string;
  modifiedGmt: string;
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
  scheduledFor?: string;
  /** The post published before, if any. */
  previous?: PublishedRecord;
  /** Overwrite the site's copy even if it changed (the user chose to). */
  isOverwriteConfirmed?: boolean;
}

export async function publishArticle(client: WordPressClient, request: PublishRequest): Promise<PublishedRecord> {
  const { article, status, previous } = request;
  const fields: Record<string, unknown> = { ...wordPressPostFields(article, status, request.scheduledFor) };
  fields.categories = await client.termIds('categories', article.section ? [article.section] : []);
  fields.tags = await client.termIds('tags', article.tags);
  let post: WordPressPost;
  if (previous) {
    const current = await client.getPost(previous.postId);
    if (current.modified_gmt !== previous.modifiedGmt && !request.isOverwriteConfirmed) throw new SiteCopyChanged(current);
    post = await client.updatePost(previous.postId, fields);
  } else {
    post = await client.createPost(fields);
  }
  return { postId: post.id, link: post.link, modifiedGmt: post.modified_gmt };
}
