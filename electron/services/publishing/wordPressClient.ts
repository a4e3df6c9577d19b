/**
 * A small client for the WordPress REST API (through `?rest_route=`, which works without pretty
 * permalinks), authenticated with an Application Password. Every failure is one of a few named
 * kinds, so publishing can say in Arabic what went wrong and decide whether to try again.
 */

import { z } from 'zod';

export type WordPressFailureKind =
  | 'unreachable'
  | 'timeout'
  | 'notWordPress'
  | 'restDisabled'
  | 'wrongPassword'
  | 'cannotPublish'
  | 'rateLimited'
  | 'serverError'
  | 'rejected';

/** What WordPress said besides the status: its error code, and for some errors a little data. */
export interface WordPressFailureDetails {
  code?: string;
  /** For `term_exists`: the term that is already there. */
  termId?: number;
  /** From a Retry-After header, in seconds. */
  retryAfterSeconds?: number;
}

export class WordPressFailure extends Error {
  constructor(
    readonly kind: WordPressFailureKind,
    readonly status: number | undefined,
    message: string,
    readonly details: WordPressFailureDetails = {},
  ) {
    super(message);
    this.name = 'WordPressFailure';
  }

  /** Whether trying again later may succeed (network, timeouts, 429, 5xx). */
  get isTransient(): boolean {
    return this.kind === 'unreachable' || this.kind === 'timeout' || this.kind === 'rateLimited' || this.kind === 'serverError';
  }
}

export interface WordPressSite {
  url: string;
  userName: string;
  applicationPassword: string;
}

export interface WordPressPost {
  id: number;
  link: string;
  modified_gmt: string;
  status: string;
  slug: string;
  title: { raw?: string; rendered: string };
  excerpt: { raw?: string; rendered: string };
  content: { raw?: string; rendered: string };
  categories: number[];
  tags: number[];
  meta?: Record<string, unknown>;
}

/** What the check of a site found: its name and time zone, and the display name of the user. */
export interface SiteCheck {
  name: string;
  userDisplayName: string;
  timezone: string;
  gmtOffset: number;
}

/**
 * The calls publishing makes to a WordPress site. `WordPressClient` makes them over REST; the
 * tests use an in-memory site. Every failure is a `WordPressFailure`.
 */
export interface WordPressApi {
  /** Checks the site: WordPress with REST, the password right, the user allowed to publish. */
  verify(): Promise<SiteCheck>;
  /** The ids of terms (categories or tags) by name, creating those that are missing. */
  termIds(taxonomy: 'categories' | 'tags', names: readonly string[]): Promise<number[]>;
  createPost(fields: Record<string, unknown>): Promise<WordPressPost>;
  updatePost(id: number, fields: Record<string, unknown>): Promise<WordPressPost>;
  /** Moves a post to the site's trash. */
  trashPost(id: number): Promise<void>;
  /** The post in any status, the trash included (`status: 'trash'`). */
  getPost(id: number): Promise<WordPressPost>;
  /** Posts, in any status but trashed, whose stored content holds `token`. */
  findByContentToken(token: string): Promise<WordPressPost[]>;
}

export class WordPressClient implements WordPressApi {
  constructor(
    private readonly site: WordPressSite,
    private readonly timeoutMs = 20_000,
  ) {}

  private endpoint(route: string, query: Record<string, string> = {}): string {
    const url = new URL(this.site.url);
    url.searchParams.set('rest_route', route);
    for (const [key, value] of Object.entries(query)) url.searchParams.set(key, value);
    return url.href;
  }

  private async request<T>(
    method: 'GET' | 'POST' | 'DELETE',
    route: string,
    options: { query?: Record<string, string>; body?: unknown; isAuthenticated?: boolean } = {},
  ): Promise<T> {
    const headers: Record<string, string> = { Accept: 'application/json' };
    if (options.isAuthenticated !== false)
      headers.Authorization = `Basic ${Buffer.from(`${this.site.userName}:${this.site.applicationPassword}`).toString('base64')}`;
    if (options.body !== undefined) headers['Content-Type'] = 'application/json';
    let response: Response;
    try {
      response = await fetch(this.endpoint(route, options.query), {
        method,
        headers,
        body: options.body === undefined ? undefined : JSON.stringify(options.body),
        signal: AbortSignal.timeout(this.timeoutMs),
        // A redirected POST turns into a GET of something else: writes must not follow redirects.
        redirect: method === 'GET' ? 'follow' : 'manual',
      });
    } catch (error) {
      const isTimeout = error instanceof Error && (error.name === 'TimeoutError' || error.name === 'AbortError');
      throw new WordPressFailure(
        isTimeout ? 'timeout' : 'unreachable',
        undefined,
        isTimeout ? 'the site did not answer in time' : 'the site could not be reached',
      );
    }
    if (response.status >= 300 && response.status < 400)
      throw new WordPressFailure('rejected', response.status, `${method} ${route}: redirected`, { code: 'redirected' });
    let text: string;
    try {
      text = await response.text();
    } catch (error) {
      const isTimeout = error instanceof Error && (error.name === 'TimeoutError' || error.name === 'AbortError');
      throw new WordPressFailure(isTimeout ? 'timeout' : 'unreachable', response.status, 'the reply was cut off');
    }
    let json: unknown;
    try {
      json = JSON.parse(text);
    } catch {
      // Proxies and busy servers answer 429 and 5xx with pages of their own.
      const kind = response.status === 429 ? 'rateLimited' : response.status >= 500 ? 'serverError' : 'notWordPress';
      throw new WordPressFailure(kind, response.status, 'the site did not answer with JSON');
    }
    if (response.ok) return json as T;
    const body = (json ?? {}) as { code?: unknown; data?: { term_id?: unknown } };
    const code = typeof body.code === 'string' ? body.code.slice(0, 200) : '';
    const retryAfter = Number(response.headers.get('retry-after'));
    const details: WordPressFailureDetails = {
      code,
      ...(typeof body.data?.term_id === 'number' ? { termId: body.data.term_id } : {}),
      ...(Number.isFinite(retryAfter) && retryAfter > 0 ? { retryAfterSeconds: retryAfter } : {}),
    };
    const fail = (kind: WordPressFailureKind): WordPressFailure =>
      new WordPressFailure(kind, response.status, `${method} ${route}: ${response.status} ${code}`, details);
    if (response.status === 429) throw fail('rateLimited');
    if (response.status >= 500) throw fail('serverError');
    if (response.status === 401 || code === 'incorrect_password' || code === 'invalid_username') throw fail('wrongPassword');
    if (code === 'rest_disabled' || code === 'rest_no_route') throw fail('restDisabled');
    if (response.status === 403) throw fail('cannotPublish');
    throw fail('rejected');
  }

  /** Checks the site: WordPress with REST, the password right, the user allowed to publish. */
  async verify(): Promise<SiteCheck> {
    const index = await this.request<{ name?: string; namespaces?: string[]; timezone_string?: string; gmt_offset?: number | string }>(
      'GET',
      '/',
      { isAuthenticated: false },
    );
    if (!Array.isArray(index.namespaces)) throw new WordPressFailure('notWordPress', 200, 'no REST index');
    if (!index.namespaces.includes('wp/v2')) throw new WordPressFailure('restDisabled', 200, 'no wp/v2');
    const me = await this.request<{ name: string; capabilities?: Record<string, boolean> }>('GET', '/wp/v2/users/me', {
      query: { context: 'edit' },
    });
    if (!me.capabilities?.publish_posts) throw new WordPressFailure('cannotPublish', 200, 'the user cannot publish posts');
    const gmtOffset = Number(index.gmt_offset ?? 0);
    return {
      name: index.name ?? '',
      userDisplayName: me.name,
      timezone: index.timezone_string ?? '',
      gmtOffset: Number.isFinite(gmtOffset) ? gmtOffset : 0,
    };
  }

  /** The ids of terms (categories or tags) by name, creating those that are missing. */
  async termIds(taxonomy: 'categories' | 'tags', names: readonly string[]): Promise<number[]> {
    const ids: number[] = [];
    for (const name of names.map((value) => value.trim()).filter(Boolean)) {
      const found = await this.request<Array<{ id: number; name: string }>>('GET', `/wp/v2/${taxonomy}`, {
        query: { search: name, per_page: '100', context: 'edit' },
      });
      const exact = found.find((term) => decodeEntities(term.name) === name);
      if (exact) {
        ids.push(exact.id);
        continue;
      }
      try {
        ids.push((await this.request<{ id: number }>('POST', `/wp/v2/${taxonomy}`, { body: { name } })).id);
      } catch (error) {
        // Created meanwhile (by another item, or by an attempt whose reply was lost): WordPress names it.
        if (error instanceof WordPressFailure && error.details.code === 'term_exists' && error.details.termId)
          ids.push(error.details.termId);
        else throw error;
      }
    }
    return ids;
  }

  async createPost(fields: Record<string, unknown>): Promise<WordPressPost> {
    return checkedPost(await this.request<unknown>('POST', '/wp/v2/posts', { body: fields }));
  }

  async updatePost(id: number, fields: Record<string, unknown>): Promise<WordPressPost> {
    return checkedPost(await this.request<unknown>('POST', `/wp/v2/posts/${id}`, { body: fields }));
  }

  /** Moves a post to the site's trash (used only for doubles a lost reply left behind; the site can restore them). */
  async trashPost(id: number): Promise<void> {
    await this.request<unknown>('DELETE', `/wp/v2/posts/${id}`);
  }

  async getPost(id: number): Promise<WordPressPost> {
    return checkedPost(await this.request<unknown>('GET', `/wp/v2/posts/${id}`, { query: { context: 'edit' } }));
  }

  /** Posts with this exact slug, in any status. */
  async findBySlug(slug: string): Promise<WordPressPost[]> {
    return this.request<WordPressPost[]>('GET', '/wp/v2/posts', { query: { slug, status: anyStatus, context: 'edit' } });
  }

  /**
   * Posts, in any status but trashed, whose stored content holds `token`. WordPress's search is a
   * LIKE over title, excerpt and content, so a plain token inside an HTML comment is found (the
   * search text itself must be plain: WordPress strips tags, comments included, from it).
   */
  async findByContentToken(token: string): Promise<WordPressPost[]> {
    const found: WordPressPost[] = [];
    // Ordered by id: posts made in the same second have equal dates, and pages ordered by date can repeat or skip them.
    for (let page = 1; page <= 20; page++) {
      const batch = await this.request<unknown>('GET', '/wp/v2/posts', {
        query: { search: token, status: anyStatus, context: 'edit', per_page: '100', page: String(page), orderby: 'id', order: 'asc' },
      });
      if (!Array.isArray(batch)) throw new WordPressFailure('notWordPress', 200, 'the post list is not a list');
      found.push(...batch.map(checkedPost));
      if (batch.length < 100) break;
    }
    return found.filter((post) => post.content.raw?.includes(token));
  }
}

const anyStatus = 'draft,pending,future,publish,private';

const renderedSchema = z.object({ raw: z.string().optional(), rendered: z.string() });
const postSchema = z.looseObject({
  id: z.number().int().positive(),
  link: z.string(),
  modified_gmt: z.string(),
  status: z.string(),
  slug: z.string(),
  title: renderedSchema,
  excerpt: renderedSchema,
  content: renderedSchema,
  categories: z.array(z.number()).optional().default([]),
  tags: z.array(z.number()).optional().default([]),
});

/** A post as WordPress must answer it; anything else (a page of HTML, a list, a redirect's target) is not a post. */
function checkedPost(value: unknown): WordPressPost {
  const parsed = postSchema.safeParse(value);
  if (!parsed.success) throw new WordPressFailure('notWordPress', 200, 'the reply is not a post');
  return parsed.data as WordPressPost;
}

function decodeEntities(text: string): string {
  return text
    .replace(/&amp;/g, '&')
    .replace(/&#0?39;/g, "'")
    .replace(/&quot;/g, '"')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>');
}
