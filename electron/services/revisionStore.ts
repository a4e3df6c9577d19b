/**
 * The revision history of drafts, in `drafts/<id>/history/`: `revisions/<time>-<id>.json` (one
 * small manifest per revision, written once, never changed) and `blobs/<blob id>.json` (the
 * fields and the body's blocks, content-addressed, written once). History is append-only:
 * nothing rewrites or deletes a revision except purging the draft. Merging two histories is the
 * union of their revisions and blobs, by identity: nothing is duplicated, nothing lost.
 */
import { createHash, randomUUID } from 'node:crypto';
import { mkdir, readFile, readdir } from 'node:fs/promises';
import { ApiFailure } from '../../shared/contract/apiError';
import { articleContentSchema } from '../../shared/model/article';
import { articleContentOf, type Draft } from '../../shared/model/draft';
import { isWellFormedRichTextNode, type RichTextNode } from '../../shared/model/richTextDocument';
import {
  blockIdsOf,
  canonicalJson,
  revisionManifestSchema,
  type Revision,
  type RevisionKind,
  type RevisionManifest,
  type RevisionNote,
  type RevisionSummary,
} from '../../shared/model/revision';
import { writeFileAtomic } from './atomicFile';
import { fileNameTime, type LibraryLayout } from './library/libraryLayout';

export interface RevisionMeta {
  kind: RevisionKind;
  message?: string;
  /** The note as data, said in the reader's language (the message stays its text for older versions of the app). */
  note?: RevisionNote;
  author: string;
}

/** A draft's whole history as one value, for export and import. */
export interface HistoryBundle {
  revisions: RevisionManifest[];
  blobs: Record<string, unknown>;
}

export function blobIdOf(json: string): string {
  return createHash('sha256').update(json).digest().subarray(0, 12).toString('base64url');
}

export class RevisionStore {
  /** Blob ids known to exist, per draft, so a save does not stat blobs it already wrote. */
  private readonly knownBlobs = new Map<string, Set<string>>();
  /** The newest revision time per draft: a new revision is always later, so history has one order. */
  private readonly latest = new Map<string, number>();
  /** Manifests already read, per draft, by file name: revisions never change, so only new files are read. */
  private readonly manifestCache = new Map<string, Map<string, RevisionManifest>>();

  constructor(
    private readonly layout: LibraryLayout,
    private readonly now: () => Date = () => new Date(),
  ) {}

  private async blobsOf(draftId: string): Promise<Set<string>> {
    let known = this.knownBlobs.get(draftId);
    if (!known) {
      const names = await readdir(this.layout.blobsFolder(draftId)).catch(() => [] as string[]);
      known = new Set(names.filter((name) => name.endsWith('.json')).map((name) => name.slice(0, -5)));
      this.knownBlobs.set(draftId, known);
    }
    return known;
  }

  private async putBlob(draftId: string, value: unknown): Promise<string> {
    const json = canonicalJson(value);
    const id = blobIdOf(json);
    const known = await this.blobsOf(draftId);
    if (!known.has(id)) {
      await writeFileAtomic(this.layout.blobFile(draftId, id), json);
      known.add(id);
    }
    return id;
  }

  /** Takes a snapshot of the draft as it is. */
  async record(draft: Draft, meta: RevisionMeta): Promise<RevisionSummary> {
    await mkdir(this.layout.blobsFolder(draft.id), { recursive: true });
    await mkdir(this.layout.revisionsFolder(draft.id), { recursive: true });
    const { body, ...fields } = articleContentOf(draft);
    const fieldsId = await this.putBlob(draft.id, fields);
    let blocks = '';
    for (const node of body.content ?? []) blocks += await this.putBlob(draft.id, node);
    if (!this.latest.has(draft.id))
      this.latest.set(draft.id, Math.max(0, ...(await this.manifests(draft.id)).map((revision) => Date.parse(revision.createdAt))));
    const createdAt = Math.max(this.now().getTime(), this.latest.get(draft.id)! + 1);
    this.latest.set(draft.id, createdAt);
    const manifest: RevisionManifest = revisionManifestSchema.parse({
      id: randomUUID(),
      draftId: draft.id,
      createdAt: new Date(createdAt).toISOString(),
      author: meta.author,
      kind: meta.kind,
      message: meta.message ?? '',
      ...(meta.note && { note: meta.note }),
      status: draft.status,
      draftVersion: draft.version,
      fields: fieldsId,
      blocks,
    });
    await this.writeManifest(manifest);
    const { fields: _fields, blocks: _blocks, ...summary } = manifest;
    return summary;
  }

  /** Every revision of a draft, oldest first. */
  async list(draftId: string): Promise<RevisionSummary[]> {
    return (await this.manifests(draftId)).map(({ fields: _fields, blocks: _blocks, ...summary }) => summary);
  }

  /** One revision with its whole article. */
  async get(draftId: string, revisionId: string): Promise<Revision> {
    const manifest = (await this.manifests(draftId)).find((candidate) => candidate.id === revisionId);
    if (!manifest) throw new ApiFailure('revision.notFound', revisionId);
    const { fields: fieldsId, blocks, ...summary } = manifest;
    const fields = await this.readBlob(draftId, fieldsId);
    const content: RichTextNode[] = [];
    for (const blockId of blockIdsOf({ blocks })) {
      const node = await this.readBlob(draftId, blockId);
      if (!isWellFormedRichTextNode(node))
        throw new ApiFailure('history.invalid', `block ${blockId} of ${draftId} is not a well-formed node`);
      content.push(node);
    }
    const article = articleContentSchema.parse({ ...(fields as object), body: { type: 'doc', content } });
    return { ...summary, content: article };
  }

  /** The whole history, for an export file. */
  async bundle(draftId: string): Promise<HistoryBundle> {
    const revisions = await this.manifests(draftId);
    const blobs: Record<string, unknown> = {};
    for (const manifest of revisions) {
      for (const id of [manifest.fields, ...blockIdsOf(manifest)]) blobs[id] ??= await this.readBlob(draftId, id);
    }
    return { revisions, blobs };
  }

  /**
   * Adds what `bundle` has and this history lacks. Blobs are checked against their ids and
   * revisions against their schema; returns how many revisions were new.
   */
  async merge(draftId: string, bundle: HistoryBundle): Promise<number> {
    await mkdir(this.layout.blobsFolder(draftId), { recursive: true });
    await mkdir(this.layout.revisionsFolder(draftId), { recursive: true });
    const known = await this.blobsOf(draftId);
    for (const [id, value] of Object.entries(bundle.blobs)) {
      if (known.has(id)) continue;
      const json = canonicalJson(value);
      if (blobIdOf(json) !== id) throw new ApiFailure('history.invalid', `blob ${id} does not match its content`);
      await writeFileAtomic(this.layout.blobFile(draftId, id), json);
      known.add(id);
    }
    const existing = new Set((await this.manifests(draftId)).map((manifest) => manifest.id));
    let added = 0;
    for (const candidate of bundle.revisions) {
      const manifest = revisionManifestSchema.parse(candidate);
      if (manifest.draftId !== draftId) throw new ApiFailure('history.invalid', `revision ${manifest.id} belongs to another draft`);
      if (existing.has(manifest.id)) continue;
      for (const id of [manifest.fields, ...blockIdsOf(manifest)])
        if (!known.has(id)) throw new ApiFailure('history.invalid', `revision ${manifest.id} lacks blob ${id}`);
      await this.writeManifest(manifest);
      existing.add(manifest.id);
      added++;
    }
    return added;
  }

  private async writeManifest(manifest: RevisionManifest): Promise<void> {
    const name = `${fileNameTime(new Date(manifest.createdAt))}-${manifest.id}.json`;
    await writeFileAtomic(this.layout.revisionFile(manifest.draftId, name), JSON.stringify(manifest));
  }

  private async manifests(draftId: string): Promise<RevisionManifest[]> {
    const folder = this.layout.revisionsFolder(draftId);
    const names = (await readdir(folder).catch(() => [] as string[])).filter((name) => name.endsWith('.json'));
    let cache = this.manifestCache.get(draftId);
    if (!cache) this.manifestCache.set(draftId, (cache = new Map()));
    const present = new Set(names);
    for (const name of [...cache.keys()]) if (!present.has(name)) cache.delete(name);
    const unread = names.filter((name) => !cache.has(name));
    const parsed = await Promise.all(
      unread.map(async (name) => {
        try {
          return [
            name,
            revisionManifestSchema.safeParse(JSON.parse(await readFile(this.layout.revisionFile(draftId, name), 'utf8'))),
          ] as const;
        } catch {
          return [name, undefined] as const;
        }
      }),
    );
    for (const [name, result] of parsed) if (result?.success) cache.set(name, result.data);
    return [...cache.values()].sort((a, b) => (a.createdAt < b.createdAt ? -1 : a.createdAt > b.createdAt ? 1 : a.id < b.id ? -1 : 1));
  }

  /** Forgets what is cached of a draft's history (it was trashed, restored, purged or replaced). */
  forget(draftId: string): void {
    this.knownBlobs.delete(draftId);
    this.manifestCache.delete(draftId);
    this.latest.delete(draftId);
  }

  private async readBlob(draftId: string, id: string): Promise<unknown> {
    try {
      return JSON.parse(await readFile(this.layout.blobFile(draftId, id), 'utf8'));
    } catch {
      throw new ApiFailure('history.invalid', `blob ${id} of ${draftId} is missing or damaged`);
    }
  }
}
