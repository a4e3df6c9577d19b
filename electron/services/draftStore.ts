/**
 * The drafts on disk: one folder per draft under `<library>/drafts/<id>/`, its current document in
 * `draft.json`. Every write is atomic; every save names the version it was based on and is refused
 * with `draft.conflict` if the draft moved on, so no save ever overwrites one it did not see.
 */
import { randomUUID } from 'node:crypto';
import { mkdir, readFile, readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { ApiFailure } from '../../shared/contract/apiError';
import { emptyArticleContent, type ArticleContent } from '../../shared/model/article';
import { articleStats } from '../../shared/model/articleStats';
import { currentDraftSchemaVersion, draftIdSchema, draftSchema, type Draft, type DraftSummary } from '../../shared/model/draft';
import { migrateDraft } from '../../shared/model/draftMigrations';
import { excerptOf, plainTextOf } from '../../shared/model/plainText';
import { slugify } from '../../shared/model/slug';
import { writeFileAtomic } from './atomicFile';

export interface DraftStoreOptions {
  now?: () => Date;
}

export interface DraftContentUpdate {
  id: string;
  baseVersion: number;
  content: ArticleContent;
}

type ChangeListener = (ids: string[]) => void;

const draftFileName = 'draft.json';

export class DraftStore {
  private readonly draftsFolder: string;
  private readonly now: () => Date;
  private readonly listeners = new Set<ChangeListener>();
  /** Saves of one draft run one after another, so a version check and its write are not interleaved. */
  private readonly queues = new Map<string, Promise<unknown>>();
  /** Summaries by id, reused while the file's size and modification time are unchanged. */
  private readonly summaryCache = new Map<string, { mtimeMs: number; size: number; summary: DraftSummary }>();

  constructor(readonly libraryFolder: string, options: DraftStoreOptions = {}) {
    this.draftsFolder = join(libraryFolder, 'drafts');
    this.now = options.now ?? (() => new Date());
  }

  /** Listens for drafts this store created or saved; returns the function that stops listening. */
  onChange(listener: ChangeListener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Every readable draft, most recently updated first. Unreadable folders are skipped. */
  async list(): Promise<DraftSummary[]> {
    await mkdir(this.draftsFolder, { recursive: true });
    const entries = await readdir(this.draftsFolder, { withFileTypes: true });
    const summaries: DraftSummary[] = [];
    const seen = new Set<string>();
    for (const entry of entries) {
      if (!entry.isDirectory() || !draftIdSchema.safeParse(entry.name).success) continue;
      seen.add(entry.name);
      const summary = await this.readSummary(entry.name);
      if (summary) summaries.push(summary);
    }
    for (const id of this.summaryCache.keys()) if (!seen.has(id)) this.summaryCache.delete(id);
    return summaries.sort((a, b) => b.updatedAt.localeCompare(a.updatedAt));
  }

  /** One draft; fails with `draft.notFound` or `draft.invalid`. */
  async get(id: string): Promise<Draft> {
    let bytes: string;
    try {
      bytes = await readFile(this.draftFile(id), 'utf8');
    } catch (error) {
      if (isMissingFile(error)) throw new ApiFailure('draft.notFound', id);
      throw new ApiFailure('storage.failed', describe(error));
    }
    return parseDraft(bytes, id);
  }

  /** A new draft, empty or with the given content (an import, a duplicate). */
  async create(content: Partial<ArticleContent> = {}): Promise<Draft> {
    const timestamp = this.now().toISOString();
    const merged = { ...emptyArticleContent(), ...content };
    const draft: Draft = {
      ...merged,
      slug: merged.slug || slugify(merged.headline),
      schemaVersion: currentDraftSchemaVersion,
      id: randomUUID(),
      version: 1,
      status: 'draft',
      createdAt: timestamp,
      updatedAt: timestamp,
    };
    await mkdir(join(this.draftsFolder, draft.id), { recursive: true });
    await this.write(draft);
    this.notify([draft.id]);
    return draft;
  }

  /** Saves new content over `baseVersion`; fails with `draft.conflict` if the draft moved on. */
  save(update: DraftContentUpdate): Promise<{ version: number; updatedAt: string }> {
    return this.serialise(update.id, async () => {
      const current = await this.get(update.id);
      if (current.version !== update.baseVersion) {
        throw new ApiFailure('draft.conflict', `based on ${update.baseVersion}, on disk ${current.version}`);
      }
      const next: Draft = {
        ...current,
        ...update.content,
        version: current.version + 1,
        updatedAt: this.now().toISOString(),
      };
      await this.write(next);
      this.notify([next.id]);
      return { version: next.version, updatedAt: next.updatedAt };
    });
  }

  private async write(draft: Draft): Promise<void> {
    // Never write a document that fails its own schema: a bug must not corrupt the library.
    const valid = draftSchema.parse(draft);
    try {
      await writeFileAtomic(this.draftFile(draft.id), `${JSON.stringify(valid, null, 1)}\n`);
    } catch (error) {
      throw new ApiFailure('storage.failed', describe(error));
    }
  }

  private async readSummary(id: string): Promise<DraftSummary | undefined> {
    try {
      const info = await stat(this.draftFile(id));
      const cached = this.summaryCache.get(id);
      if (cached && cached.mtimeMs === info.mtimeMs && cached.size === info.size) return cached.summary;
      const draft = parseDraft(await readFile(this.draftFile(id), 'utf8'), id);
      const summary: DraftSummary = {
        id: draft.id,
        version: draft.version,
        headline: draft.headline,
        section: draft.section,
        byline: draft.byline,
        status: draft.status,
        tags: draft.tags,
        excerpt: excerptOf(draft.standfirst || plainTextOf(draft.body)),
        wordCount: articleStats(draft).words,
        createdAt: draft.createdAt,
        updatedAt: draft.updatedAt,
      };
      this.summaryCache.set(id, { mtimeMs: info.mtimeMs, size: info.size, summary });
      return summary;
    } catch {
      return undefined;
    }
  }

  private serialise<T>(id: string, task: () => Promise<T>): Promise<T> {
    const previous = this.queues.get(id) ?? Promise.resolve();
    const run = previous.then(task, task);
    const settled = run.catch(() => undefined);
    this.queues.set(id, settled);
    void settled.then(() => {
      if (this.queues.get(id) === settled) this.queues.delete(id);
    });
    return run;
  }

  private draftFile(id: string): string {
    return join(this.draftsFolder, id, draftFileName);
  }

  private notify(ids: string[]): void {
    for (const listener of this.listeners) listener(ids);
  }
}

function parseDraft(bytes: string, id: string): Draft {
  let json: unknown;
  try {
    json = JSON.parse(bytes);
  } catch {
    throw new ApiFailure('draft.invalid', `${id}: not JSON`);
  }
  const migrated = migrateDraft(json);
  if (!migrated.ok) throw new ApiFailure('draft.invalid', `${id}: ${migrated.reason}${migrated.detail ? ` (${migrated.detail})` : ''}`);
  if (migrated.draft.id !== id) throw new ApiFailure('draft.invalid', `${id}: id does not match its folder`);
  return migrated.draft;
}

function isMissingFile(error: unknown): boolean {
  return typeof error === 'object' && error !== null && (error as { code?: unknown }).code === 'ENOENT';
}

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
