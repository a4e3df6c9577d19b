import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { apiContract } from '../../shared/contract/apiContract';
import { createMemoryTransportPair } from '../../shared/rpc/memoryTransport';
import { createRpcClient } from '../../shared/rpc/rpcClient';
import { createAppServices, type AppServices } from './appServices';
import { sectionsByUse } from './handlers/libraryHandlers';

// The composition, over the real RPC layer on an in-memory transport pair, as a window uses it.
let userData: string;
let services: AppServices;
const logged: string[] = [];

beforeEach(async () => {
  userData = await mkdtemp(join(tmpdir(), 'midad-services-'));
  services = createAppServices({
    userDataFolder: userData,
    appVersion: '0.0.0-test',
    logger: { info: () => {}, error: (message) => logged.push(message) },
    now: () => new Date('2026-12-02T10:00:00Z'),
  });
});
afterEach(() => services.dispose());

function connect() {
  const pair = createMemoryTransportPair();
  services.serve(pair.server);
  return createRpcClient(apiContract, pair.client);
}

describe('the app services', () => {
  it('answer every area of the contract through one connection', async () => {
    const api = connect();
    const created = await api.call('drafts.create', { content: { headline: 'قمة دمشق', section: 'أخبار سوريا' } });
    expect(created).toMatchObject({ ok: true, value: { headline: 'قمة دمشق', slug: 'قمة-دمشق', createdAt: '2026-12-02T10:00:00.000Z' } });
    const id = created.ok ? created.value.id : '';
    await expect(api.call('drafts.sections', {})).resolves.toEqual({ ok: true, value: { sections: ['أخبار سوريا'] } });
    await expect(api.call('revisions.create', { draftId: id, message: 'يدوياً' })).resolves.toMatchObject({
      ok: true,
      value: { kind: 'manual' },
    });
    await expect(api.call('sites.list', {})).resolves.toEqual({ ok: true, value: { sites: [], secretStorage: 'session' } });
    await expect(api.call('publishing.outbox', {})).resolves.toEqual({ ok: true, value: { items: [] } });
    await expect(api.call('app.info', {})).resolves.toEqual({
      ok: true,
      value: { appVersion: '0.0.0-test', libraryFolder: join(userData, 'library') },
    });
  });

  it('switch the library when the settings name another folder, and tell every window', async () => {
    const api = connect();
    const other = join(userData, 'shared');
    const changed = vi.fn();
    api.on('drafts.changed', changed);
    await api.call('drafts.create', {});
    await expect(api.call('settings.update', { libraryFolder: other })).resolves.toMatchObject({
      ok: true,
      value: { libraryFolder: other },
    });
    await vi.waitFor(() => expect(changed).toHaveBeenCalledWith({ ids: [] }));
    await expect(api.call('app.info', {})).resolves.toMatchObject({ ok: true, value: { libraryFolder: other } });
    await expect(api.call('drafts.list', {})).resolves.toEqual({ ok: true, value: { drafts: [] } });
    await expect(api.call('settings.update', { libraryFolder: 'relative' })).resolves.toMatchObject({
      ok: false,
      error: { code: 'library.invalidFolder' },
    });
  });

  it('keep the desk’s way of writing dates, and refuse one it does not know', async () => {
    const api = connect();
    await expect(api.call('settings.get', {})).resolves.toMatchObject({
      ok: true,
      value: { deskDate: { monthNames: 'levant', digits: 'western' } },
    });
    const deskDate = { monthNames: 'gregorian', digits: 'arabicIndic' } as const;
    await expect(api.call('settings.update', { deskDate })).resolves.toMatchObject({ ok: true, value: { deskDate } });
    const unknown = await api.call('settings.update', { deskDate: { monthNames: 'hijri', digits: 'western' } } as never);
    expect(unknown).toMatchObject({ ok: false, error: { code: 'rpc.invalidInput' } });
    await expect(api.call('settings.get', {})).resolves.toMatchObject({ ok: true, value: { deskDate } });
  });

  it('tell a page that asked to close when it is ready', async () => {
    const api = connect();
    const ready = vi.fn();
    services.onReadyToClose(ready);
    await api.call('app.readyToClose', {});
    expect(ready).toHaveBeenCalledTimes(1);
  });
});

describe('sectionsByUse', () => {
  it.each([
    [[], []],
    [
      [{ section: ' اقتصاد ' }, { section: 'رياضة' }, { section: 'اقتصاد' }, { section: '' }],
      ['اقتصاد', 'رياضة'],
    ],
    [
      [{ section: 'ثقافة' }, { section: 'أخبار سوريا' }],
      ['أخبار سوريا', 'ثقافة'],
    ],
  ])('%j → %j', (drafts, sections) => {
    expect(sectionsByUse(drafts)).toEqual(sections);
  });
});
