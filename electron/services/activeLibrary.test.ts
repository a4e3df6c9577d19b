import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ActiveLibrary } from './activeLibrary';
import { SettingsStore } from './settingsStore';

let userData: string;
let settingsStore: SettingsStore;
let library: ActiveLibrary;
const now = (): Date => new Date('2026-12-02T10:00:00Z');

beforeEach(async () => {
  userData = await mkdtemp(join(tmpdir(), 'midad-active-'));
  settingsStore = new SettingsStore(userData, now);
  library = new ActiveLibrary({ defaultFolder: join(userData, 'library'), settingsStore, now, onProblem: () => {} });
});
afterEach(() => library.dispose());

describe('the active library', () => {
  it('opens the default library when the settings name none, with the clock given', async () => {
    const store = await library.store();
    expect(store.libraryFolder).toBe(join(userData, 'library'));
    expect((await store.create({ headline: 'خبر' })).createdAt).toBe('2026-12-02T10:00:00.000Z');
    expect(await library.store()).toBe(store);
  });

  it('records the user by the name and role in the settings, as they change', async () => {
    await settingsStore.update({ userName: 'ريم', role: 'copyEditor', language: 'en' });
    expect(library.person()).toEqual({ author: 'ريم', role: 'copyEditor' });
    expect(library.language()).toBe('en');
    const store = await library.store();
    const draft = await store.create();
    expect((await store.editLock.acquire(draft.id)).isHeld).toBe(true);
    expect(JSON.parse(await readFile(store.layout.editLockFile(draft.id), 'utf8'))).toMatchObject({ name: 'ريم' });
    await settingsStore.update({ userName: 'سامر' });
    expect(library.person().author).toBe('سامر');
    await store.editLock.acquire(draft.id);
    expect(JSON.parse(await readFile(store.layout.editLockFile(draft.id), 'utf8'))).toMatchObject({ name: 'سامر' });
  });

  it('signs with a placeholder that says no name was given, never the computer account, until a name is set', async () => {
    await settingsStore.update({ userName: '' });
    expect(library.person().author).toBe('بلا اسم (لم يُدخِل اسمه بعد)');
    await settingsStore.update({ userName: '   ', language: 'en' });
    expect(library.person().author).toBe('No name (not entered yet)');
    const store = await library.store();
    const draft = await store.create();
    await store.editLock.acquire(draft.id);
    expect(JSON.parse(await readFile(store.layout.editLockFile(draft.id), 'utf8'))).toMatchObject({ name: 'No name (not entered yet)' });
    await settingsStore.update({ userName: 'ريم' });
    expect(library.person().author).toBe('ريم');
  });

  it('switches to another folder: the old library closes, the new one opens and the switch is announced', async () => {
    const first = await library.store();
    const draft = await first.create({ headline: 'في المكتبة الأولى' });
    const other = join(userData, 'shared-library');
    const changes = vi.fn();
    library.onChange(changes);
    await library.switchTo(other);
    await settingsStore.update({ libraryFolder: other });
    await library.reopened();
    expect(changes).toHaveBeenCalledWith([]);
    const second = await library.store();
    expect(second.libraryFolder).toBe(other);
    expect(await second.list()).toEqual([]);
    await library.switchTo('');
    await settingsStore.update({ libraryFolder: '' });
    expect((await (await library.store()).list()).map((summary) => summary.id)).toEqual([draft.id]);
  });

  it('refuses a relative folder, or one that cannot be a folder, with library.invalidFolder', async () => {
    await expect(library.switchTo('relative/library')).rejects.toMatchObject({ apiError: { code: 'library.invalidFolder' } });
    const file = join(userData, 'a-file');
    await writeFile(file, 'not a folder');
    await expect(library.switchTo(join(file, 'library'))).rejects.toMatchObject({ apiError: { code: 'library.invalidFolder' } });
  });

  it('announces the drafts its store changes', async () => {
    const changes = vi.fn();
    library.onChange(changes);
    const draft = await (await library.store()).create();
    expect(changes).toHaveBeenCalledWith([draft.id]);
  });
});
