/**
 * The user's settings in `<userData>/settings.json`, written atomically. A missing or damaged
 * file yields the defaults (the damaged bytes are kept beside it), never a failure to start.
 */
import { mkdir, readFile, rename } from 'node:fs/promises';
import { join } from 'node:path';
import { defaultSettings, settingsSchema, type Settings } from '../../shared/model/settings';
import { writeFileAtomic } from './atomicFile';

type ChangeListener = (settings: Settings) => void;

export class SettingsStore {
  private readonly filePath: string;
  private current: Settings | undefined;
  private readonly listeners = new Set<ChangeListener>();

  constructor(
    private readonly userDataFolder: string,
    private readonly now: () => Date = () => new Date(),
  ) {
    this.filePath = join(userDataFolder, 'settings.json');
  }

  onChange(listener: ChangeListener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  async get(): Promise<Settings> {
    if (this.current) return this.current;
    let bytes: string;
    try {
      bytes = await readFile(this.filePath, 'utf8');
    } catch {
      return (this.current = { ...defaultSettings });
    }
    try {
      this.current = settingsSchema.parse(JSON.parse(bytes));
    } catch {
      await rename(this.filePath, `${this.filePath}.damaged-${this.now().getTime()}`).catch(() => undefined);
      this.current = { ...defaultSettings };
    }
    return this.current;
  }

  async update(change: Partial<Settings>): Promise<Settings> {
    const next = settingsSchema.parse({ ...(await this.get()), ...change });
    await mkdir(this.userDataFolder, { recursive: true });
    await writeFileAtomic(this.filePath, `${JSON.stringify(next, null, 1)}\n`);
    this.current = next;
    for (const listener of this.listeners) listener(next);
    return next;
  }
}
