import { mkdir, mkdtemp, writeFile } from 'node:fs/promises';
import { request } from 'node:http';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { createAppServices, type AppServices } from '../services/appServices';
import type { Logger } from '../services/logger';
import { startWebHost, type WebHost } from './webHost';

const silentLogger: Logger = { info: () => {}, error: () => {} };
let host: WebHost;
let services: AppServices;

beforeEach(async () => {
  const root = await mkdtemp(join(tmpdir(), 'midad-host-'));
  const staticFolder = join(root, 'renderer');
  await mkdir(join(staticFolder, 'assets'), { recursive: true });
  await writeFile(join(staticFolder, 'index.html'), '<!doctype html><html lang="ar" dir="rtl"><title>مداد</title></html>');
  await writeFile(join(staticFolder, 'assets', 'app-1234.js'), 'console.log(1)');
  await writeFile(join(root, 'secret.txt'), 'outside the renderer');
  services = createAppServices({ userDataFolder: join(root, 'data'), appVersion: '0.0.0-test', logger: silentLogger });
  host = await startWebHost({ port: 0, staticFolder, serveConnection: (transport) => services.serve(transport) });
});

afterEach(async () => {
  await host.close();
  await services.dispose();
});

interface HttpAnswer {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
}

function get(path: string, headers: Record<string, string> = {}): Promise<HttpAnswer> {
  return new Promise((resolve, reject) => {
    const call = request(
      { host: '127.0.0.1', port: host.port, path, method: 'GET', headers: { host: `127.0.0.1:${host.port}`, ...headers } },
      (response) => {
        let body = '';
        response.on('data', (chunk: Buffer) => (body += chunk.toString()));
        response.on('end', () => resolve({ status: response.statusCode ?? 0, headers: response.headers, body }));
      },
    );
    call.on('error', reject);
    call.end();
  });
}

const cookie = (): string => `midad-token-${host.port}=${host.token}`;
const ownOrigin = (): string => `http://127.0.0.1:${host.port}`;

/** Opens the API socket with the given headers; resolves with the socket or the HTTP status it was refused with. */
function openSocket(headers: Record<string, string>, query = ''): Promise<WebSocket | number> {
  return new Promise((resolve) => {
    const socket = new WebSocket(`ws://127.0.0.1:${host.port}/api${query}`, { headers });
    socket.once('open', () => resolve(socket));
    socket.once('unexpected-response', (_request, response) => resolve(response.statusCode ?? 0));
    socket.once('error', () => resolve(-1));
  });
}

function callOver(socket: WebSocket, method: string, input: unknown): Promise<unknown> {
  return new Promise((resolve) => {
    const id = Math.floor(Math.random() * 1e9);
    const onMessage = (data: WebSocket.RawData): void => {
      const message = JSON.parse(data.toString()) as { type: string; id?: number };
      if (message.type === 'response' && message.id === id) {
        socket.off('message', onMessage);
        resolve(message);
      }
    };
    socket.on('message', onMessage);
    socket.send(JSON.stringify({ type: 'request', id, method, input }));
  });
}

describe('the loopback browser host', () => {
  it('listens on 127.0.0.1 only and prints a URL with its token', async () => {
    expect(host.address).toBe('127.0.0.1');
    expect(host.url).toMatch(new RegExp(`^http://127\\.0\\.0\\.1:${host.port}/\\?token=[\\w-]{43}$`));
    // Not on the IPv6 loopback either (the only other address a test may try).
    const viaIpv6 = await new Promise<string>((resolve) => {
      const socket = connect({ host: '::1', port: host.port });
      socket.once('connect', () => {
        socket.destroy();
        resolve('connected');
      });
      socket.once('error', (error: NodeJS.ErrnoException) => resolve(error.code ?? 'error'));
    });
    expect(viaIpv6).not.toBe('connected');
  });

  it('trades the token in the URL for an HttpOnly, SameSite=Strict cookie and drops it from the address', async () => {
    const answer = await get(`/?token=${host.token}`);
    expect(answer.status).toBe(303);
    expect(answer.headers.location).toBe('/');
    expect(String(answer.headers['set-cookie'])).toBe(`midad-token-${host.port}=${host.token}; HttpOnly; SameSite=Strict; Path=/`);
  });

  it('serves the app with its token, with the Content-Security-Policy', async () => {
    const answer = await get('/', { cookie: cookie() });
    expect(answer.status).toBe(200);
    expect(answer.body).toContain('lang="ar" dir="rtl"');
    expect(answer.headers['content-security-policy']).toContain("script-src 'self'");
    expect(answer.headers['x-content-type-options']).toBe('nosniff');
  });

  it('refuses pages without the token, or with a wrong one', async () => {
    expect((await get('/')).status).toBe(401);
    expect((await get('/assets/app-1234.js')).status).toBe(401);
    expect((await get('/?token=wrong')).status).toBe(401);
    expect((await get('/', { cookie: `midad-token-${host.port}=${'x'.repeat(43)}` })).status).toBe(401);
  });

  it('refuses a wrong Host header (DNS rebinding), even with the token', async () => {
    expect((await get('/', { cookie: cookie(), host: `evil.example:${host.port}` })).status).toBe(421);
    expect((await get('/', { cookie: cookie(), host: '127.0.0.1:1' })).status).toBe(421);
  });

  it('never serves files outside the renderer folder', async () => {
    for (const path of ['/../secret.txt', '/%2e%2e/secret.txt', '/assets/..%2f..%2fsecret.txt', '/.env']) {
      expect((await get(path, { cookie: cookie() })).status).toBe(404);
    }
  });

  it('answers API calls over the WebSocket from its own page with the token', async () => {
    const socket = await openSocket({ cookie: cookie(), origin: ownOrigin() });
    expect(socket).toBeInstanceOf(WebSocket);
    const answer = await callOver(socket as WebSocket, 'drafts.create', { content: { headline: 'خبر عاجل' } });
    expect(answer).toMatchObject({ result: { ok: true, value: { headline: 'خبر عاجل', version: 1 } } });
    const unknown = await callOver(socket as WebSocket, 'system.exec', {});
    expect(unknown).toMatchObject({ result: { ok: false, error: { code: 'rpc.unknownMethod' } } });
    const invalid = await callOver(socket as WebSocket, 'drafts.get', { id: '../../etc/passwd' });
    expect(invalid).toMatchObject({ result: { ok: false, error: { code: 'rpc.invalidInput' } } });
    (socket as WebSocket).close();
  });

  it('refuses an API connection without the token', async () => {
    expect(await openSocket({ origin: ownOrigin() })).toBe(401);
    expect(await openSocket({ origin: ownOrigin(), cookie: `midad-token-${host.port}=nope` })).toBe(401);
  });

  it('refuses an API connection from a foreign Origin, even with the token', async () => {
    expect(await openSocket({ cookie: cookie(), origin: 'http://evil.example' })).toBe(403);
    expect(await openSocket({ cookie: cookie(), origin: 'http://127.0.0.1:1' })).toBe(403);
    expect(await openSocket({ cookie: cookie() })).toBe(403);
  });

  it('refuses an API connection with a wrong Host header, even with token and Origin', async () => {
    expect(await openSocket({ cookie: cookie(), origin: ownOrigin(), host: `attacker.example:${host.port}` })).toBe(421);
  });

  it('pushes drafts.changed events to every connected page', async () => {
    const first = (await openSocket({ cookie: cookie(), origin: ownOrigin() })) as WebSocket;
    const second = (await openSocket({
      cookie: cookie(),
      origin: `http://localhost:${host.port}`,
      host: `localhost:${host.port}`,
    })) as WebSocket;
    const event = new Promise((resolve) =>
      second.on('message', (data) => {
        const message = JSON.parse(data.toString()) as { type: string };
        if (message.type === 'event') resolve(message);
      }),
    );
    await callOver(first, 'drafts.create', {});
    await expect(event).resolves.toMatchObject({ type: 'event', name: 'drafts.changed' });
    first.close();
    second.close();
  });
});
