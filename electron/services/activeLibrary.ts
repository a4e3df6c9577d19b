/**
 * The library the user's settings name, open: its draft store, workflow and exchange, and who
 * the user is to them. Switching to another folder closes the old library and opens the new one
 * when next asked; the stores' changes, and the switch itself, are announced to `onChange`.
 */
import { access, constants, mkdir } from 'node:fs/promises';
import { isAbsolute } from 'node:path';
import { ApiFailure } from '../../shared/contract/apiError';
import { translate } from '../../shared/i18n/catalogue';
import type { Settings } from '../../shared/model/settings';
import { DraftExchange } from './draftExchange';
import { DraftWorkflow, type Person } from './draftWorkflow';
import { DraftStore } from './library/draftStore';
import type { SettingsStore } from './settingsStore';

export interface ActiveLibraryOptions {
  /** The library when the settings name none: `<userData>/library`. */
  defaultFolder: string;
  settingsStore: SettingsStore;
  now: () => Date;
  onProblem: (message: string, error?: unknown) => void;
}

interface OpenLibrary {
  store: DraftStore;
  workflow: DraftWorkflow;
  exchange: DraftExchange;
  stopEvents: () => void;
}

export class ActiveLibrary {
  private opening: Promise<OpenLibrary> | undefined;
  private settings: Settings | undefined;
  private readonly listeners = new Set<(ids: string[]) => void>();
  private readonly stopSettingsEvents: () => void;

  constructor(private readonly options: ActiveLibraryOptions) {
    this.stopSettingsEvents = options.settingsStore.onChange((settings) => (this.settings = settings));
  }

  async store(): Promise<DraftStore> {
    return (await this.opened()).store;
  }

  async workflow(): Promise<DraftWorkflow> {
    return (await this.opened()).workflow;
  }

  async exchange(): Promise<DraftExchange> {
    return (await this.opened()).exchange;
  }

  /**
   * The user as the library records them: the name in the settings, else a placeholder that says
   * no name was given (never the computer's account name, which colleagues would take for a person).
   */
  person(): Person {
    return { author: this.userName(), role: this.settings?.role ?? 'writer' };
  }

  /** The interface language, for the words the library writes (a copy's headline suffix). */
  language(): Settings['language'] {
    return this.settings?.language ?? 'ar';
  }

  onChange(listener: (ids: string[]) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /**
   * Makes `folder` (absolute; empty for the default) the library: it must be, or become, a
   * writable folder, else `library.invalidFolder`. The old library is closed; listeners hear `[]`.
   */
  async switchTo(folder: string): Promise<void> {
    if (folder && !isAbsolute(folder)) throw new ApiFailure('library.invalidFolder', folder);
    const target = folder || this.options.defaultFolder;
    try {
      await mkdir(target, { recursive: true });
      await access(target, constants.W_OK);
    } catch (error) {
      throw new ApiFailure('library.invalidFolder', error instanceof Error ? error.message : String(error));
    }
    await this.close();
  }

  /** Announces the switch, once the new library is open. */
  async reopened(): Promise<void> {
    await this.opened();
    this.notify([]);
  }

  async dispose(): Promise<void> {
    this.stopSettingsEvents();
    await this.close();
  }

  private opened(): Promise<OpenLibrary> {
    this.opening ??= this.open().catch((error: unknown) => {
      this.opening = undefined;
      throw error;
    });
    return this.opening;
  }

  private async open(): Promise<OpenLibrary> {
    this.settings = await this.options.settingsStore.get();
    const store = new DraftStore(this.settings.libraryFolder || this.options.defaultFolder, {
      now: this.options.now,
      userName: () => this.userName(),
      trashRetentionDays: this.settings.trashRetentionDays,
      onProblem: this.options.onProblem,
    });
    await store.open();
    const stopEvents = store.onChange((ids) => this.notify(ids));
    return {
      store,
      workflow: new DraftWorkflow(store, () => this.person(), this.options.now),
      exchange: new DraftExchange(store, this.options.now),
      stopEvents,
    };
  }

  private async close(): Promise<void> {
    const previous = this.opening;
    this.opening = undefined;
    if (!previous) return;
    const library = await previous.catch(() => undefined);
    library?.stopEvents();
    await library?.store.dispose();
  }

  private userName(): string {
    return this.settings?.userName.trim() || translate(this.language(), 'person.unnamed');
  }

  private notify(ids: string[]): void {
    for (const listener of this.listeners) listener(ids);
  }
}
