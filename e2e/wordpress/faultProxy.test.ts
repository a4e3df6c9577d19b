import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { startFaultProxy, type FaultKind, type FaultProxy } from './faultProxy';

interface SeenRequest {
  method: string;
  url: string;
  host: string;
  body: string;
}

// A stand-in for WordPress that records what reached it and echoes it back.
describe('fault proxy', () => {
  let target: Server;
  let targetUrl: string;
  let seen: SeenRequest[];
  let proxy: FaultProxy;

  beforeAll(async () => {
    target = createServer((request, response) => {
      const chunks: Buffer[] = [];
      request.on('data', (chunk: Buffer) => chunks.push(chunk));
      request.on('end', () => {
        const record = {
          method: request.method ?? '',
          url: request.url ?? '',
          host: request.headers.host ?? '',
          body: Buffer.concat(chunks).toString('utf8'),
        };
        seen.push(record);
        response.writeHead(201, { 'content-type': 'application/json', 'x-target': 'yes' });
        response.end(JSON.stringify(record));
      });
    });
    await new Promise<void>((resolve) => target.listen(0, '127.0.0.1', resolve));
    targetUrl = `http://127.0.0.1:${(target.address() as AddressInfo).port}`;
  });
  afterAll(async () => {
    target.closeAllConnections();
    await new Promise((resolve) => target.close(resolve));
  });

  beforeEach(async () => {
    seen = [];
    proxy = await startFaultProxy({ target: targetUrl, delayMs: 300 });
  });
  afterEach(() => proxy.close());

  const always = (kind: FaultKind) => () => kind;
  const post = (path: string, init: RequestInit = {}): Promise<Response> =>
    fetch(`${proxy.url}${path}`, {
      method: 'POST',
      body: JSON.stringify({ title: 'لافروف' }),
      headers: { 'content-type': 'application/json' },
      ...init,
    });

  it('passes method, path, query and body through, with the Host of the target, on a kept-alive connection', async () => {
    const response = await post('/?rest_route=/wp/v2/posts/7&context=edit');
    expect(response.status).toBe(201);
    expect(response.headers.get('x-target')).toBe('yes');
    expect(await response.json()).toEqual({
      method: 'POST',
      url: '/?rest_route=/wp/v2/posts/7&context=edit',
      host: new URL(targetUrl).host,
      body: '{"title":"لافروف"}',
    });
    const again = await fetch(`${proxy.url}/wp-json/wp/v2/tags?search=%D8%B1`, { method: 'PUT', body: 'x' });
    expect(await again.json()).toMatchObject({ method: 'PUT', url: '/wp-json/wp/v2/tags?search=%D8%B1', body: 'x' });
    expect(proxy.counts.pass).toBe(2);
  });

  it('drops a request before the server sees it', async () => {
    proxy.setChooser(always('drop'));
    await expect(post('/?rest_route=/wp/v2/posts')).rejects.toThrow(TypeError);
    expect(seen).toEqual([]);
    expect(proxy.counts.drop).toBe(1);
  });

  it('delays the reply of a request the server has committed, past a shorter client timeout', async () => {
    proxy.setChooser(always('delay'));
    await expect(post('/?rest_route=/wp/v2/posts', { signal: AbortSignal.timeout(100) })).rejects.toMatchObject({ name: 'TimeoutError' });
    expect(seen).toHaveLength(1);
    const startedAt = Date.now();
    expect((await post('/?rest_route=/wp/v2/posts')).status).toBe(201);
    expect(Date.now() - startedAt).toBeGreaterThanOrEqual(290);
    expect(seen).toHaveLength(2);
    expect(proxy.counts.delay).toBe(2);
  });

  it.each([
    ['status429', 429, 'too_many_requests', '1'],
    ['status503', 503, 'service_unavailable', '1'],
    ['status500', 500, 'internal_server_error', null],
  ] as const)(
    'answers %s in the WordPress error format without forwarding, and the connection stays usable',
    async (kind, status, code, retryAfter) => {
      proxy.setChooser(always(kind));
      const response = await post('/?rest_route=/wp/v2/posts');
      expect(response.status).toBe(status);
      expect(response.headers.get('retry-after')).toBe(retryAfter);
      expect(await response.json()).toMatchObject({ code, message: expect.any(String), data: { status } });
      expect(seen).toEqual([]);
      proxy.setChooser(undefined);
      expect((await post('/?rest_route=/wp/v2/posts')).status).toBe(201);
      expect(proxy.counts).toMatchObject({ [kind]: 1, pass: 1 });
    },
  );

  it('cuts the connection after the server has committed the request', async () => {
    proxy.setChooser(always('cutAfterCommit'));
    await expect(post('/?rest_route=/wp/v2/posts')).rejects.toThrow(TypeError);
    expect(seen).toHaveLength(1);
    expect(proxy.counts.cutAfterCommit).toBe(1);
  });

  it('refuses connections while offline, closing open ones, and answers again on the same port when back online', async () => {
    expect((await post('/')).status).toBe(201);
    proxy.setChooser(always('delay'));
    const held = post('/');
    await vi.waitFor(() => expect(seen).toHaveLength(2));
    await proxy.goOffline();
    await expect(held).rejects.toThrow(TypeError);
    await expect(post('/')).rejects.toMatchObject({ cause: { code: 'ECONNREFUSED' } });
    proxy.setChooser(undefined);
    await proxy.goOnline();
    expect(new URL(proxy.url).port).toBe(String(proxy.port));
    expect((await post('/')).status).toBe(201);
    expect(seen).toHaveLength(3);
  }, 5_000);

  it('forwards only to loopback hosts', async () => {
    for (const outside of ['http://10.0.0.1:80', 'http://example.com', 'http://127.0.0.1.example.com:80', 'http://[::2]:80']) {
      await expect(startFaultProxy({ target: outside, delayMs: 0 })).rejects.toThrow(/loopback/);
    }
    for (const inside of ['http://localhost:8080', 'http://[::1]:8080', 'http://127.1.2.3:8080']) {
      await (await startFaultProxy({ target: inside, delayMs: 0 })).close();
    }
  });
});
