/**
 * A WordPress site in memory, for tests of publishing. It keeps posts and terms as WordPress does
 * (ids from 1, a term found by its exact name, a trashed post kept with status 'trash' and left
 * out of searches, `modified_gmt` moving on at every write), and it can be told to fail its next
 * calls as `WordPressClient` reports a real site's failures — a network error, a timeout, 429 with
 * Retry-After, 5xx, 401, or a call the site carries out whose reply is then lost — or to hold a
 * call until the test lets it go on. Nothing here touches the network.
 */
import { WordPressFailure, type SiteCheck, type WordPressApi, type WordPressPost } from './wordPressClient';

export type WordPressCall = keyof WordPressApi;

export type WordPressFault =
  /** Nothing reached the site (connection refused, dropped). */
  | { kind: 'unreachable' }
  /** The site did not answer in time, and did nothing. */
  | { kind: 'timeout' }
  /** 429, optionally with a Retry-After in seconds. */
  | { kind: 'rateLimited'; retryAfterSeconds?: number }
  /** 5xx (503 unless named). */
  | { kind: 'serverError'; status?: number }
  /** 401: the Application Password is wrong or was revoked. */
  | { kind: 'wrongPassword' }
  /** The site carries the call out, then the reply is lost: the client sees a timeout. */
  | { kind: 'lostReply' };

export interface HeldCall {
  /** Resolves when the call has reached the site (and, with `afterCommit`, has been carried out). */
  readonly reached: Promise<void>;
  /** Lets the call go on: it answers, or fails with `fault` (after the commit, a fault loses the reply). */
  release(fault?: WordPressFault): void;
}

export interface CallRecord {
  call: WordPressCall;
  args: unknown[];
}

interface FaultRule {
  fault: WordPressFault;
  call: WordPressCall | undefined;
  remaining: number;
}

interface Hold {
  call: WordPressCall;
  isAfterCommit: boolean;
  arrive: () => void;
  released: Promise<WordPressFault | undefined>;
}

export class InMemoryWordPress implements WordPressApi {
  /** Every call that reached the site, in order (failed ones too). */
  readonly calls: CallRecord[] = [];
  private readonly postsById = new Map<number, WordPressPost>();
  private readonly terms = { categories: new Map<string, number>(), tags: new Map<string, number>() };
  private nextPostId = 1;
  private nextTermId = 1;
  private clockMs = Date.parse('2026-01-01T00:00:00Z');
  private readonly faults: FaultRule[] = [];
  private readonly holds: Hold[] = [];

  constructor(
    readonly url = 'http://127.0.0.1:1',
    private readonly check: SiteCheck = { name: 'موقع الاختبار', userDisplayName: 'المحرر', timezone: 'Asia/Damascus', gmtOffset: 3 },
  ) {}

  /** Makes the next `times` calls (of `call` only, when named) fail with `fault`. Rules are used in the order given. */
  failNext(fault: WordPressFault, options: { call?: WordPressCall; times?: number } = {}): void {
    this.faults.push({ fault, call: options.call, remaining: options.times ?? 1 });
  }

  /** Holds the next call of `call` until `release()`: before the site carries it out, or after with `afterCommit`. */
  holdNext(call: WordPressCall, options: { afterCommit?: boolean } = {}): HeldCall {
    let arrive!: () => void;
    const reached = new Promise<void>((resolve) => (arrive = resolve));
    let release!: (fault?: WordPressFault) => void;
    const released = new Promise<WordPressFault | undefined>((resolve) => (release = resolve));
    this.holds.push({ call, isAfterCommit: options.afterCommit === true, arrive, released });
    return { reached, release };
  }

  /** Every post the site has, the trashed ones included, by id. */
  posts(): WordPressPost[] {
    return [...this.postsById.values()].sort((a, b) => a.id - b.id).map((post) => structuredClone(post));
  }

  /** How many calls of `call` reached the site. */
  callsOf(call: WordPressCall): number {
    return this.calls.filter((record) => record.call === call).length;
  }

  verify(): Promise<SiteCheck> {
    return this.answer('verify', [], () => ({ ...this.check }));
  }

  termIds(taxonomy: 'categories' | 'tags', names: readonly string[]): Promise<number[]> {
    return this.answer('termIds', [taxonomy, [...names]], () =>
      names
        .map((name) => name.trim())
        .filter(Boolean)
        .map((name) => {
          const terms = this.terms[taxonomy];
          const existing = terms.get(name);
          if (existing !== undefined) return existing;
          const id = this.nextTermId++;
          terms.set(name, id);
          return id;
        }),
    );
  }

  createPost(fields: Record<string, unknown>): Promise<WordPressPost> {
    return this.answer('createPost', [fields], () => {
      const id = this.nextPostId++;
      const post = this.written(
        {
          id,
          link: `${this.url}/?p=${id}`,
          modified_gmt: '',
          status: 'draft',
          slug: '',
          title: { raw: '', rendered: '' },
          excerpt: { raw: '', rendered: '' },
          content: { raw: '', rendered: '' },
          categories: [],
          tags: [],
        },
        fields,
      );
      this.postsById.set(id, post);
      return post;
    });
  }

  updatePost(id: number, fields: Record<string, unknown>): Promise<WordPressPost> {
    return this.answer('updatePost', [id, fields], () => {
      const post = this.written(this.existing(id), fields);
      this.postsById.set(id, post);
      return post;
    });
  }

  trashPost(id: number): Promise<void> {
    return this.answer('trashPost', [id], () => {
      this.postsById.set(id, { ...this.existing(id), status: 'trash', modified_gmt: this.tick() });
    });
  }

  getPost(id: number): Promise<WordPressPost> {
    return this.answer('getPost', [id], () => this.existing(id));
  }

  findByContentToken(token: string): Promise<WordPressPost[]> {
    return this.answer('findByContentToken', [token], () =>
      this.posts().filter((post) => post.status !== 'trash' && post.content.raw?.includes(token)),
    );
  }

  /** Runs one call as the site would: after any hold and fault set for it, answering a copy of what it keeps. */
  private async answer<T>(call: WordPressCall, args: unknown[], carryOut: () => T): Promise<T> {
    this.calls.push({ call, args: structuredClone(args) });
    // A site never answers within the same tick, so callers meet the same interleavings as over a network.
    await Promise.resolve();
    let fault = this.takeFault(call);
    const holdIndex = this.holds.findIndex((hold) => hold.call === call);
    const hold = holdIndex >= 0 ? this.holds.splice(holdIndex, 1)[0] : undefined;
    if (hold && !hold.isAfterCommit) {
      hold.arrive();
      fault = (await hold.released) ?? fault;
    }
    if (fault && fault.kind !== 'lostReply') throw failureOf(fault);
    const result = carryOut();
    if (hold?.isAfterCommit) {
      hold.arrive();
      const lost = await hold.released;
      if (lost) throw failureOf({ kind: 'lostReply' });
    }
    if (fault) throw failureOf(fault);
    return structuredClone(result);
  }

  private takeFault(call: WordPressCall): WordPressFault | undefined {
    const index = this.faults.findIndex((rule) => rule.call === undefined || rule.call === call);
    if (index < 0) return undefined;
    const rule = this.faults[index]!;
    if (--rule.remaining <= 0) this.faults.splice(index, 1);
    return rule.fault;
  }

  private existing(id: number): WordPressPost {
    const post = this.postsById.get(id);
    if (!post) throw new WordPressFailure('rejected', 404, `no post ${id}`, { code: 'rest_post_invalid_id' });
    return post;
  }

  /** The post with `fields` written over it, as WordPress stores them (raw and rendered alike here). */
  private written(post: WordPressPost, fields: Record<string, unknown>): WordPressPost {
    const text = (name: string, current: { raw?: string; rendered: string }): { raw: string; rendered: string } => {
      const value = fields[name];
      return typeof value === 'string'
        ? { raw: value, rendered: value }
        : { raw: current.raw ?? current.rendered, rendered: current.rendered };
    };
    const ids = (name: string, current: number[]): number[] => {
      const value = fields[name];
      return Array.isArray(value) ? value.filter((id): id is number => typeof id === 'number') : current;
    };
    return {
      ...post,
      status: typeof fields.status === 'string' ? fields.status : post.status,
      slug: typeof fields.slug === 'string' ? fields.slug : post.slug,
      title: text('title', post.title),
      excerpt: text('excerpt', post.excerpt),
      content: text('content', post.content),
      categories: ids('categories', post.categories),
      tags: ids('tags', post.tags),
      modified_gmt: this.tick(),
    };
  }

  /** The site's clock moves on a second per write, so each write leaves its own `modified_gmt`. */
  private tick(): string {
    this.clockMs += 1_000;
    return new Date(this.clockMs).toISOString().slice(0, 19);
  }
}

/** The failure `WordPressClient` reports for each fault. */
function failureOf(fault: WordPressFault): WordPressFailure {
  switch (fault.kind) {
    case 'unreachable':
      return new WordPressFailure('unreachable', undefined, 'the site could not be reached');
    case 'timeout':
    case 'lostReply':
      return new WordPressFailure('timeout', undefined, 'the site did not answer in time');
    case 'rateLimited':
      return new WordPressFailure('rateLimited', 429, '429', {
        code: '',
        ...(fault.retryAfterSeconds === undefined ? {} : { retryAfterSeconds: fault.retryAfterSeconds }),
      });
    case 'serverError': {
      const status = fault.status ?? 503;
      return new WordPressFailure('serverError', status, String(status), { code: '' });
    }
    case 'wrongPassword':
      return new WordPressFailure('wrongPassword', 401, '401 incorrect_password', { code: 'incorrect_password' });
  }
}
