/**
 * A fault-injecting HTTP proxy on 127.0.0.1 for the publishing tests: it stands between the app's
 * WordPress client and a loopback WordPress, and for each request either forwards it or fails in
 * one chosen way — before the server sees the request (drop, an error status) or after the server
 * has committed it (a late reply, a cut connection) — so the tests can tell the two apart.
 */
import {
  createServer,
  request as forwardRequest,
  type ClientRequest,
  type IncomingHttpHeaders,
  type IncomingMessage,
  type OutgoingHttpHeaders,
  type ServerResponse,
} from 'node:http';
import { isIPv4, type AddressInfo } from 'node:net';

export type FaultKind = 'pass' | 'drop' | 'delay' | 'status500' | 'status503' | 'status429' | 'cutAfterCommit';

export interface FaultProxyOptions {
  /** the loopback server to forward to, e.g. 'http://127.0.0.1:8123' */
  target: string;
  /** how long 'delay' holds the reply (forwarding the request to the target first, so the server commits it) */
  delayMs: number;
  /** picks the fault for each request; default always 'pass' */
  choose?: (request: { method: string; url: string }) => FaultKind;
  /** default: a free port */
  port?: number;
}

export interface FaultProxy {
  /** 'http://127.0.0.1:PORT', without a trailing slash */
  readonly url: string;
  readonly port: number;
  /** how many requests met each kind so far (a copy) */
  readonly counts: Readonly<Record<FaultKind, number>>;
  setChooser(choose: FaultProxyOptions['choose']): void;
  /** stops accepting connections (the site is "offline": connection refused) and closes open ones */
  goOffline(): Promise<void>;
  /** listens again on the same port */
  goOnline(): Promise<void>;
  close(): Promise<void>;
}

const faultKinds: readonly FaultKind[] = ['pass', 'drop', 'delay', 'status500', 'status503', 'status429', 'cutAfterCommit'];

const errorStatuses = {
  status500: { status: 500, code: 'internal_server_error', message: 'Injected fault: internal server error.' },
  status503: { status: 503, code: 'service_unavailable', message: 'Injected fault: service unavailable.' },
  status429: { status: 429, code: 'too_many_requests', message: 'Injected fault: too many requests.' },
} as const;

// Transfer-Encoding stays on requests so Node frames a chunked body the same way; replies are re-framed by Node.
const hopByHopHeaders = new Set([
  'connection',
  'keep-alive',
  'proxy-connection',
  'proxy-authenticate',
  'proxy-authorization',
  'te',
  'trailer',
  'upgrade',
]);

function isLoopbackHost(hostname: string): boolean {
  return hostname === 'localhost' || hostname === '[::1]' || (isIPv4(hostname) && hostname.startsWith('127.'));
}

function endToEndHeaders(headers: IncomingHttpHeaders, isReply: boolean): OutgoingHttpHeaders {
  const named = new Set(
    (typeof headers.connection === 'string' ? headers.connection : '').split(',').map((token) => token.trim().toLowerCase()),
  );
  return Object.fromEntries(
    Object.entries(headers).filter(
      ([name]) => !hopByHopHeaders.has(name) && !named.has(name) && !(isReply && name === 'transfer-encoding'),
    ),
  );
}

async function readBody(stream: IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

export async function startFaultProxy(options: FaultProxyOptions): Promise<FaultProxy> {
  const target = new URL(options.target);
  if (target.protocol !== 'http:') throw new Error(`The fault proxy forwards plain HTTP only, not ${target.protocol} (${options.target})`);
  if (!isLoopbackHost(target.hostname))
    throw new Error(`The fault proxy forwards to loopback hosts only, not ${target.hostname} (${options.target})`);

  let choose = options.choose;
  const counts = Object.fromEntries(faultKinds.map((kind) => [kind, 0])) as Record<FaultKind, number>;
  const forwarded = new Set<ClientRequest>();
  const heldReplies = new Set<NodeJS.Timeout>();

  // A reset, not a clean close: the client sees ECONNRESET, as when a connection breaks.
  const cut = (response: ServerResponse): void => {
    if (!response.socket?.destroyed) response.socket?.resetAndDestroy();
  };

  const forward = (request: IncomingMessage): Promise<IncomingMessage> =>
    new Promise((resolve, reject) => {
      const upstream = forwardRequest(
        {
          host: target.hostname.replace(/^\[|\]$/g, ''),
          port: target.port || 80,
          method: request.method,
          path: request.url,
          headers: { ...endToEndHeaders(request.headers, false), host: target.host },
          agent: false,
        },
        resolve,
      );
      forwarded.add(upstream);
      upstream.once('close', () => forwarded.delete(upstream));
      upstream.once('error', reject);
      // Once the whole request has been sent, the server finishes it even if the client leaves.
      request.once('close', () => {
        if (!request.complete) upstream.destroy();
      });
      request.pipe(upstream);
    });

  const sendWhole = (response: ServerResponse, reply: IncomingMessage, body: Buffer): void => {
    if (response.socket?.destroyed) return;
    const headers = endToEndHeaders(reply.headers, true);
    if (headers['content-length'] === undefined && body.length > 0) headers['content-length'] = body.length;
    response.writeHead(reply.statusCode ?? 502, reply.statusMessage, headers);
    response.end(body);
  };

  const handle = async (request: IncomingMessage, response: ServerResponse): Promise<void> => {
    const kind = choose?.({ method: request.method ?? 'GET', url: request.url ?? '/' }) ?? 'pass';
    counts[kind] += 1;
    switch (kind) {
      case 'drop':
        cut(response);
        return;
      case 'status500':
      case 'status503':
      case 'status429': {
        const { status, code, message } = errorStatuses[kind];
        request.resume();
        const body = JSON.stringify({ code, message, data: { status } });
        response.writeHead(status, {
          'content-type': 'application/json; charset=UTF-8',
          'content-length': Buffer.byteLength(body),
          ...(status === 500 ? {} : { 'retry-after': '1' }),
        });
        response.end(body);
        return;
      }
      case 'pass': {
        const reply = await forward(request);
        response.writeHead(reply.statusCode ?? 502, reply.statusMessage, endToEndHeaders(reply.headers, true));
        reply.pipe(response);
        reply.once('error', () => cut(response));
        response.once('close', () => reply.destroy());
        return;
      }
      case 'delay': {
        const reply = await forward(request);
        const body = await readBody(reply);
        const held = setTimeout(() => {
          heldReplies.delete(held);
          sendWhole(response, reply, body);
        }, options.delayMs);
        heldReplies.add(held);
        return;
      }
      case 'cutAfterCommit': {
        await readBody(await forward(request));
        cut(response);
        return;
      }
    }
  };

  const server = createServer((request, response) => {
    // An unreachable or failing target looks to the client like a broken connection, as it would without the proxy.
    handle(request, response).catch(() => cut(response));
  });

  const listen = (port: number): Promise<void> =>
    new Promise((resolve, reject) => {
      server.once('error', reject);
      server.listen(port, '127.0.0.1', () => {
        server.off('error', reject);
        resolve();
      });
    });

  const stopListening = (): Promise<void> =>
    new Promise((resolve) => {
      for (const held of heldReplies) clearTimeout(held);
      heldReplies.clear();
      if (!server.listening) return resolve();
      server.close(() => resolve());
      server.closeAllConnections();
    });

  await listen(options.port ?? 0);
  const { port } = server.address() as AddressInfo;

  return {
    url: `http://127.0.0.1:${port}`,
    port,
    get counts() {
      return { ...counts };
    },
    setChooser(next) {
      choose = next;
    },
    goOffline: stopListening,
    async goOnline() {
      if (!server.listening) await listen(port);
    },
    async close() {
      await stopListening();
      for (const upstream of forwarded) upstream.destroy();
    },
  };
}
