/** The library's calls: drafts listed, searched, read, created, saved and copied; the trash; conflict copies; the edit lock. */
import type { libraryCalls } from '../../../shared/contract/libraryCalls';
import { translate } from '../../../shared/i18n/catalogue';
import type { CallHandlers } from '../../../shared/rpc/rpcServer';
import type { ActiveLibrary } from '../activeLibrary';

/** The sections in use across the library, most used first (ties in Arabic order), for the section picker. */
export function sectionsByUse(drafts: ReadonlyArray<{ section: string }>): string[] {
  const counts = new Map<string, number>();
  for (const { section } of drafts) if (section.trim()) counts.set(section.trim(), (counts.get(section.trim()) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0], 'ar')).map(([section]) => section);
}

export function libraryHandlers(
  library: ActiveLibrary,
  onProblem: (message: string, error: unknown) => void,
): CallHandlers<typeof libraryCalls> {
  const store = () => library.store();
  const copySuffix = (): string => translate(library.language(), 'library.copySuffix');
  return {
    'drafts.list': async ({ filter }) => ({ drafts: await (await store()).list(filter) }),
    'drafts.search': async ({ query, filter, limit }) => (await store()).search(query, filter, limit === undefined ? {} : { limit }),
    'drafts.sections': async () => ({ sections: sectionsByUse(await (await store()).list()) }),
    'drafts.needsAttention': async () => ({ drafts: await (await store()).needsAttention() }),
    'drafts.get': async ({ id }) => (await store()).get(id),
    'drafts.create': async ({ content, origin }) => {
      const draft = await (await store()).create(content);
      if (origin === 'import') await (await library.workflow()).afterImport(draft);
      return draft;
    },
    'drafts.save': async (input) => {
      const workflow = await library.workflow();
      // A writer's edit to copy-edited text goes back to the copy desk: the workflow decides.
      const saved = await workflow.save(input);
      // A checkpoint during long editing; its failure must not fail the save that succeeded.
      workflow.afterSave(input.id).catch((error: unknown) => onProblem('checkpoint failed', error));
      return saved;
    },
    'drafts.duplicate': async ({ id }) => (await store()).duplicate(id, copySuffix()),
    'drafts.trash': async ({ id }) => {
      await (await store()).trash(id);
      return {};
    },
    'drafts.trashList': async () => ({ drafts: await (await store()).trashList() }),
    'drafts.restore': async ({ id, trashName }) => {
      await (await store()).restore(id, trashName);
      return {};
    },
    'drafts.purge': async ({ id, trashName }) => ({
      purged: await (await store()).purge(trashName ? { trashName } : id ? { id } : { olderThan: new Date(8.64e15) }),
    }),
    'drafts.conflicts': async ({ id }) => ({ conflicts: await (await store()).conflicts(id) }),
    'drafts.resolveConflict': async ({ id, conflictId, resolution }) =>
      (await store()).resolveConflict(id, conflictId, resolution, copySuffix()),
    'drafts.acquireEditLock': async ({ id }) => (await store()).editLock.acquire(id),
    'drafts.releaseEditLock': async ({ id }) => {
      await (await store()).editLock.release(id);
      return {};
    },
  };
}
