/** Whether something is at a path. */
import { stat } from 'node:fs/promises';

/** True when a file or folder is at `path`; false when nothing is, or it cannot be looked at. */
export function pathExists(path: string): Promise<boolean> {
  return stat(path).then(
    () => true,
    () => false,
  );
}
