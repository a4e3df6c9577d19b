/** Test support for the library's modules: a temporary library folder and drafts written straight to it. */
import { mkdir, mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { emptyArticleContent } from '../../../shared/model/article';
import { currentDraftSchemaVersion, type Draft } from '../../../shared/model/draft';
import { LibraryLayout } from './libraryLayout';

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
