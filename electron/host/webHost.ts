/**
 * The loopback browser host: serves the built renderer and the API (over a WebSocket) on
 * 127.0.0.1 only. Every request must carry the per-launch token (once in the printed URL, then
 * in an HttpOnly, SameSite=Strict cookie); every request's Host header must name this host and
 * port (no DNS rebinding); every WebSocket's Origin must be this host's own page (no cross-site
 * use). Everything else is refused before it reaches the API.
 */
import { randomBytes, timingSafeEqual } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Duplex } from 'node:stream';
import { WebSocketServer, type WebSocket } from 'ws';
import type { RpcMessage, RpcTransport } from '../../shared/rpc/rpcMessage';
import { securityHeaders } from './contentSecurityPolicy';
import { resolveStaticFile } from './staticFiles';

export const webHostAddress = '127.0.0.1';
export const apiPath = '/api';
const maxMessageBytes = 64 * 1024 * 1024;

export interface WebHostOptions {
  /** 0 picks a free port. */
  port: number;
  /** The built renderer. */
  staticFolder: string;
  /** Called for every accepted API connection; the connection ends when the socket closes. */
  serveConnection: (transport: RpcTransport) => void;
  /** A fixed token, for tests; by default a fresh random one per launch. */
  token?: string;
}

export interface WebHost {
  /** The address the server is bound to: always the loopback one. */
  readonly address: string;
  readonly port: number;
  readonly token: string;
  /** The URL to open: carries the token once, then the page drops it from the address bar. */
  readonly url: string;
  close(): Promise<void>;
}

export async function startWebHost(options: WebHostOptions): Promise<WebHost> {
  const token = options.token ?? randomBytes(32).toString('base64url');
  const sockets = new WebSocketServer({ noServer: true, maxPayload: maxMessageBytes });
  let port = options.port;
  const cookieName = (): string => `midad-token-${port}`;

  const isAllowedHost = (host: string | undefined): boolean => host === `${webHostAddress}:${port}` || host === `localhost:${port}`;
  const isAllowedOrigin = (origin: string | undefined): boolean =>
    origin === `http://${webHostAddress}:${port}` || origin === `http://localhost:${port}`;

  const hasToken = (request: IncomingMessage): boolean => {
    const presented = readCookie(request.headers.cookie, cookieName()) ?? new URL(request.url ?? '/', 'http://x').searchParams.get('token');
    return presented !== null && presented !== undefined && isSameSecret(presented, token);
  };

  const server = createServer((request, response) => {
    void handleHttp(request, response).catch(() => {
      if (!response.headersSent) refuse(response, 500, 'Internal error');
      else response.destroy();
    });
  });

  const handleHttp = async (request: IncomingMessage, response: ServerResponse): Promise<void> => {
    if (!isAllowedHost(request.headers.host)) return refuse(response, 421, 'Misdirected request: wrong Host header');
    if (request.method !== 'GET' && request.method !== 'HEAD') return refuse(response, 405, 'Method not allowed');
    const url = new URL(request.url ?? '/', `http://${request.headers.host}`);
    const queryToken = url.searchParams.get('token');
    if (queryToken !== null) {
      if (!isSameSecret(queryToken, token)) return refuse(response, 401, 'Invalid token');
      // Trade the token in the URL for a cookie, and drop it from the address bar and history.
      url.searchParams.delete('token');
      response.writeHead(303, {
        ...securityHeaders(),
        'Set-Cookie': `${cookieName()}=${token}; HttpOnly; SameSite=Strict; Path=/`,
        Location: `${url.pathname}${url.search}`,
        'Cache-Control': 'no-store',
      });
      response.end();
      return;
    }
    if (!hasToken(request)) return refuse(response, 401, 'Missing token: open the URL the host printed');
    if (url.pathname === apiPath) return refuse(response, 426, 'Upgrade required');
    const file = await resolveStaticFile(options.staticFolder, url.pathname);
    if (!file) return refuse(response, 404, 'Not found');
    response.writeHead(200, {
      ...securityHeaders(),
      'Content-Type': file.contentType,
      'Cache-Control': file.isImmutable ? 'private, max-age=31536000, immutable' : 'no-store',
    });
    if (request.method === 'HEAD') {
      response.end();
      return;
    }
    createReadStream(file.filePath)
      .on('error', () => response.destroy())
      .pipe(response);
  };

  server.on('upgrade', (request: IncomingMessage, socket: Duplex, head: Buffer) => {
    const reject = (status: number, reason: string): void => {
      socket.end(`HTTP/1.1 ${status} ${reason}\r\nConnection: close\r\nContent-Length: 0\r\n\r\n`);
    };
    if (!isAllowedHost(request.headers.host)) return reject(421, 'Misdirected Request');
    if (!isAllowedOrigin(request.headers.origin)) return reject(403, 'Forbidden');
    if (new URL(request.url ?? '/', 'http://x').pathname !== apiPath) return reject(404, 'Not Found');
    if (!hasToken(request)) return reject(401, 'Unauthorized');
    sockets.handleUpgrade(request, socket, head, (webSocket) => {
      options.serveConnection(webSocketTransport(webSocket));
    });
  });

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen({ host: webHostAddress, port: options.port, exclusive: true }, () => {
      server.off('error', reject);
      resolve();
    });
  });
  const bound = server.address() as AddressInfo;
  port = bound.port;

  return {
    address: bound.address,
    port,
    token,
    url: `http://${webHostAddress}:${port}/?token=${token}`,
    async close() {
      for (const client of sockets.clients) client.terminate();
      sockets.close();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

/** Adapts one WebSocket to the RPC transport: JSON text frames in both directions. */
function webSocketTransport(webSocket: WebSocket): RpcTransport {
  return {
    send(message: RpcMessage) {
      if (webSocket.readyState === webSocket.OPEN) webSocket.send(JSON.stringify(message));
    },
    onMessage(listener) {
      const onMessage = (data: Buffer, isBinary: boolean): void => {
        if (isBinary) return;
        let message: unknown;
        try {
          message = JSON.parse(data.toString('utf8'));
        } catch {
          return;
        }
        listener(message);
      };
      webSocket.on('message', onMessage);
      return () => webSocket.off('message', onMessage);
    },
    onClose(listener) {
      webSocket.once('close', listener);
      return () => webSocket.off('close', listener);
    },
  };
}

function refuse(response: ServerResponse, status: number, text: string): void {
  response.writeHead(status, { ...securityHeaders(), 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-store' });
  response.end(`${text}\n`);
}

function readCookie(header: string | undefined, name: string): string | undefined {
  if (!header) return undefined;
  for (const part of header.split(';')) {
    const separator = part.indexOf('=');
    if (separator > 0 && part.slice(0, separator).trim() === name) return part.slice(separator + 1).trim();
  }
  return undefined;
}

function isSameSecret(presented: string, expected: string): boolean {
  const a = Buffer.from(presented);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}
