/**
 * The open editors' "save now" functions, so the page can save everything before its window
 * closes (the desktop app asks with `app.closing`) or the browser leaves it.
 */
const flushes = new Set<() => Promise<void>>();
const pendingChecks = new Set<() => boolean>();

/** Registers an editor; returns the function that unregisters it. */
export function registerPendingSave(flush: () => Promise<void>, hasPending: () => boolean): () => void {
  flushes.add(flush);
  pendingChecks.add(hasPending);
  return () => {
    flushes.delete(flush);
    pendingChecks.delete(hasPending);
  };
}

/** Saves whatever any open editor has not saved yet. */
export async function saveEverything(): Promise<void> {
  await Promise.all([...flushes].map((flush) => flush().catch(() => undefined)));
}

/** Whether anything typed is not on disk yet. */
export function hasUnsavedWork(): boolean {
  return [...pendingChecks].some((check) => check());
}
