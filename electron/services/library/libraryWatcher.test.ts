import { mkdir, writeFile } from 'node:fs/promises';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { LibraryLayout } from './libraryLayout';
import { LibraryWatcher } from './libraryWatcher';
import { temporaryLibrary, testDraft } from './testDrafts';

let layout: LibraryLayout;
let watcher: LibraryWatcher | undefined;

beforeEach(async () => {
  layout = await temporaryLibrary();
});
afterEach(() => watcher?.dispose());

describe('watching the library', () => {
  it('names the drafts another process changed, a burst of writes once, and ignores other files', async () => {
    const onChanged = vi.fn(async (_ids: string[]) => {});
    watcher = new LibraryWatcher(layout.draftsFolder, { onChanged, onRescan: async () => {}, gatherMs: 150 });
    watcher.start();
    const id = testDraft().id;
    await mkdir(layout.draftFolder(id), { recursive: true });
    for (let write = 0; write < 5; write++) await writeFile(layout.draftFile(id), `{"write": ${write}}`);
    await writeFile(`${layout.draftsFolder}/notes.txt`, 'not a draft');
    await vi.waitFor(() => expect(onChanged).toHaveBeenCalledWith([id]), { timeout: 3_000 });
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(onChanged).toHaveBeenCalledTimes(1);
  });

  it('rescans periodically, and stops when disposed', async () => {
    const onRescan = vi.fn(async () => {});
    watcher = new LibraryWatcher(layout.draftsFolder, { onChanged: async () => {}, onRescan, rescanMs: 40 });
    watcher.start();
    await vi.waitFor(() => expect(onRescan.mock.calls.length).toBeGreaterThanOrEqual(2), { timeout: 2_000 });
    watcher.dispose();
    const calls = onRescan.mock.calls.length;
    await new Promise((resolve) => setTimeout(resolve, 150));
    expect(onRescan).toHaveBeenCalledTimes(calls);
  });

  it('reports a failed rescan instead of letting it escape', async () => {
    const onProblem = vi.fn();
    watcher = new LibraryWatcher(layout.draftsFolder, {
      onChanged: async () => {},
      onRescan: () => Promise.reject(new Error('folder gone')),
      onProblem,
      rescanMs: 30,
    });
    watcher.start();
    await vi.waitFor(() => expect(onProblem).toHaveBeenCalledWith('rescanning the library failed', expect.any(Error)), { timeout: 2_000 });
  });
});
