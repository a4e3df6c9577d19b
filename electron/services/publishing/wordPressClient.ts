/**
 * A small client for the WordPress REST API (through `?rest_route=`, which works without pretty
 * permalinks), authenticated with an Application Password. Every failure is one of a few named
 * kinds, so publishing can say in Arabic what went wrong and decide whether to try again.
 */

export type WordPressFailureKind = 'unreachable' | 'timeout' | 'notWordPress' | 'restDisabled' | 'wrongPassword' | 'cannotPublish' | 'rateLimited' | 'serverError' | 'rejected';

export class WordPressFailure extends Error {
  constructor(
    readonly kind: WordPressFailureKind,
    readonly status: number | undefined,
    message: string,
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

export class WordPressClient {
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

  private async request<T>(method: 'GET' | 'POST', route: string, options: { query?: Record<string, string>; body?: unknown; isAuthenticated?: boolean } = {}): Promise<T> {
    const headers: Record<string, string> = { Accept: 'application/json' };
    if (options.isAuthenticated !== false) headers.Authorization = `Basic ${Buffer.from(`${this.site.userName}:${this.site.applicationPassword}`).toString('base64')}`;
    if (options.body !== undefined) headers['Content-Type'] = 'application/json';
    let response: Response;
    try {
      response = await fetch(this.endpoint(route, options.query), {
        method,
        headers,
        body: options.body === undefined ? undefined : JSON.stringify(options.body),
        signal: AbortSignal.timeout(this.timeoutMs),
        redirect: 'follow',
      });
    } catch (error) {
      const isTimeout = error instanceof Error && (error.name === 'TimeoutError' || error.name === 'AbortError');
      throw new WordPressFailure(isTimeout ? 'timeout' : 'unreachable', undefined, isTimeout ? 'the site did not answer in time' : 'the site could not be reached');
    }
    const text = await response.text();
    let json: unknown;
    try {
      json = JSON.parse(text);
    } catch {
      throw new WordPressFailure(response.status >= 500 ? 'serverError' : 'notWordPress', response.status, 'the site did not answer with JSON');
    }
    if (response.ok) return json as T;
    const code = (json as { code?: string }).code ?? '';
    if (response.status === 429) throw new WordPressFailure('rateLimited', 429, code);
    if (response.status >= 500) throw new WordPressFailure('serverError', response.status, code);
    if (response.status === 401 || code === 'incorrect_password' || code === 'invalid_username') throw new WordPressFailure('wrongPassword', response.status, code);
    if (code === 'rest_disabled' || code === 'rest_no_route') throw new WordPressFailure('restDisabled', response.status, code);
    if (response.status === 403) throw new WordPressFailure('cannotPublish', 403, code);
    throw new WordPressFailure('rejected', response.status, code);
  }

  /** Checks the site: WordPress with REST, the password right, the user allowed to publish. */
  async verify(): Promise<{ name: string; userDisplayName: string; timezone: string }> {
    const index = await this.request<{ name?: string; namespaces?: string[]; timezone_string?: string }>('GET', '/', { isAuthenticated: false });
    if (!Array.isArray(index.namespaces)) throw new WordPressFailure('notWordPress', 200, 'no REST index');
    if (!index.namespaces.includes('wp/v2')) throw new WordPressFailure('restDisabled', 200, 'no wp/v2');
    const me = await this.request<{ name: string; capabilities?: Record<string, boolean> }>('GET', '/wp/v2/users/me', { query: { context: 'edit' } });
    if (!me.capabilities?.publish_posts) throw new WordPressFailure('cannotPublish', 200, 'the user cannot publish posts');
    return { name: index.name ?? '', userDisplayName: me.name, timezone: index.timezone_string ?? '' };
  }

  /** The ids of terms (categories or tags) by name, creating those that are missing. */
  async termIds(taxonomy: 'categories' | 'tags', names: readonly string[]): Promise<number[]> {
    const ids: number[] = [];
    for (const name of names.map((value) => value.trim()).filter(Boolean)) {
      const found = await this.request<Array<{ id: number; name: string }>>('GET', `/wp/v2/${taxonomy}`, { query: { search: name, per_page: '100', context: 'edit' } });
      const exact = found.find((term) => decodeEntities(term.name) === name);
      if (exact) ids.push(exact.id);
      else ids.push((await this.request<{ id: number }>('POST', `/wp/v2/${taxonomy}`, { body: { name } })).id);
    }
    return ids;
  }

  async createPost(fields: Record<string, unknown>): Promise<WordPressPost> {
    return this.request<WordPressPost>('POST', '/wp/v2/posts', { body: fields });
  }

  async updatePost(id: number, fields: Record<string, unknown>): Promise<WordPressPost> {
    return this.request<WordPressPost>('POST', `/wp/v2/posts/${id}`, { body: fields });
  }

  async getPost(id: number): Promise<WordPressPost> {
    return this.request<WordPressPost>('GET', `/wp/v2/posts/${id}`, { query: { context: 'edit' } });
  }

  /** Posts with this exact slug, in any status (to find an earlier attempt before creating again). */
  async findBySlug(slug: string): Promise<WordPressPost[]> {
    return this.request<WordPressPost[]>('GET', '/wp/v2/posts', { query: { slug, status: 'draft,pending,future,publish,private', context: 'edit' } });
  }
}

function decodeEntities(text: string): string {
  return text.replace(/&amp;/g, '&').replace(/&#0?39;/g, "'").replace(/&quot;/g, '"').replace(/&lt;/g, '<').replace(/&gt;/g, '>');
}
