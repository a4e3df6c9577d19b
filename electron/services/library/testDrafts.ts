/** Test support for the library's modules: temporary library folders, stores on them, and drafts written straight to them. */
import { mkdir, mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { emptyArticleContent, type ArticleContent } from '../../../shared/model/article';
import { currentDraftSchemaVersion, type Draft } from '../../../shared/model/draft';
import type { RichTextDocument } from '../../../shared/model/richTextDocument';
import { DraftStore, type DraftStoreOptions } from './draftStore';
import { LibraryLayout } from './libraryLayout';

/** A body of plain paragraphs. */
export function paragraphs(...texts: string[]): RichTextDocument {
  return { type: 'doc', content: texts.map((text) => ({ type: 'paragraph', content: [{ type: 'text', text }] })) };
}

/** An article with only a headline and a body. */
export function articleWith(headline: string, body: RichTextDocument = paragraphs('')): ArticleContent {
  return { ...emptyArticleContent(), headline, body };
}

/**
 * Stores on one temporary library per test: `fresh()` makes the folder (in beforeEach), `open()`
 * opens a store on it (another process, in effect), `disposeAll()` closes them (in afterEach).
 */
export function libraryStores(): {
  readonly folder: string;
  fresh(): Promise<void>;
  open(options?: DraftStoreOptions): DraftStore;
  disposeAll(): Promise<void>;
} {
  const stores: DraftStore[] = [];
  let folder = '';
  return {
    get folder() {
      return folder;
    },
    async fresh() {
      folder = await mkdtemp(`${tmpdir()}/midad-store-`);
    },
    open(options = {}) {
      const store = new DraftStore(folder, { isWatching: false, ...options });
      stores.push(store);
      return store;
    },
    async disposeAll() {
      for (const store of stores.splice(0)) await store.dispose();
    },
  };
}

let nextId = 1;

/** A valid draft with a fresh id; `change` overrides any field. */
export function testDraft(change: Partial<Draft> = {}): Draft {
  const id = `00000000-0000-4000-8000-${String(nextId++).padStart(12, '0')}`;
  return {
    ...emptyArticleContent(),
    schemaVersion: currentDraftSchemaVersion,
    id,
    version: 1,
    status: 'draft',
    createdAt: '2026-12-01T08:00:00.000Z',
    updatedAt: '2026-12-01T08:00:00.000Z',
    ...change,
  };
}

/** A new, empty library folder with its top folders. */
export async function temporaryLibrary(): Promise<LibraryLayout> {
  const layout = new LibraryLayout(await mkdtemp(`${tmpdir()}/midad-library-`));
  for (const folder of [layout.draftsFolder, layout.trashFolder, layout.quarantineFolder, layout.indexFolder])
    await mkdir(folder, { recursive: true });
  return layout;
}

/** Writes a draft's file (or any text as its file) as another process would. */
export async function putDraftFile(layout: LibraryLayout, id: string, text: string): Promise<void> {
  await mkdir(layout.draftFolder(id), { recursive: true });
  await writeFile(layout.draftFile(id), text);
}
