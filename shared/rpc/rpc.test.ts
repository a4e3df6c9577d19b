import { describe, expect, it, vi } from 'vitest';
import { z } from 'zod';
import { createMemoryTransportPair } from './memoryTransport';
import { createRpcClient } from './rpcClient';
import { defineCall, type RpcContract } from './rpcContract';
import { RpcFailure, rpcErrorMessageKeys } from './rpcError';
import { serveRpc, type RpcHandlers } from './rpcServer';

// The test contract's errors: the RPC layer's own, and one of its own with a field of its own.
const testErrors = z.object({
  code: z.enum([...(Object.keys(rpcErrorMessageKeys) as Array<keyof typeof rpcErrorMessageKeys>), 'notes.notFound']),
  messageKey: z.string(),
  detail: z.string().optional(),
  noteId: z.string().optional(),
});

const testContract = {
  calls: {
    'math.add': defineCall({ input: z.object({ a: z.number(), b: z.number() }).strict(), output: z.object({ sum: z.number() }) }),
    'math.broken': defineCall({ input: z.object({}), output: z.object({ sum: z.number() }) }),
    'notes.get': defineCall({ input: z.object({ id: z.string() }), output: z.string() }),
    'slow.never': defineCall({ input: z.object({}), output: z.null() }),
  },
  events: {
    'notes.changed': z.object({ ids: z.array(z.string()) }),
  },
  errors: testErrors,
} as const satisfies RpcContract;

function connect(handlerOverrides: Partial<RpcHandlers<typeof testContract>> = {}, clientTimeoutMs?: number) {
  const pair = createMemoryTransportPair();
  const onInternalError = vi.fn();
  const handlers: RpcHandlers<typeof testContract> = {
    'math.add': ({ a, b }) => ({ sum: a + b }),
    'math.broken': () => ({ sum: 'not a number' }) as unknown as { sum: number },
    'notes.get': ({ id }) => {
      if (id === 'missing')
        throw new RpcFailure({ code: 'notes.notFound', messageKey: 'error.notes.notFound', detail: 'for logs', noteId: id });
      if (id === 'undeclared') throw new RpcFailure({ code: 'files.gone', messageKey: 'error.files.gone' });
      if (id === 'bug') throw new TypeError('cannot read properties of undefined');
      return `note ${id}`;
    },
    'slow.never': () => new Promise<null>(() => {}),
    ...handlerOverrides,
  };
  const server = serveRpc(testContract, handlers, pair.server, { onInternalError });
  const client = createRpcClient(testContract, pair.client, clientTimeoutMs === undefined ? {} : { timeoutMs: clientTimeoutMs });
  return { pair, server, client, onInternalError };
}

describe('RPC over an in-memory transport pair', () => {
  it('answers a valid call with its value', async () => {
    const { client } = connect();
    await expect(client.call('math.add', { a: 2, b: 3 })).resolves.toEqual({ ok: true, value: { sum: 5 } });
  });

  it('refuses an unknown method with a clear error instead of crashing', async () => {
    const { pair } = connect();
    const answers: unknown[] = [];
    pair.client.onMessage((message) => answers.push(message));
    pair.client.send({ type: 'request', id: 7, method: 'files.deleteEverything', input: {} });
    await vi.waitFor(() => expect(answers).toHaveLength(1));
    expect(answers[0]).toMatchObject({
      type: 'response',
      id: 7,
      result: { ok: false, error: { code: 'rpc.unknownMethod', messageKey: 'error.rpc.unknownMethod' } },
    });
  });

  it('does not treat inherited object properties as methods', async () => {
    const { pair } = connect();
    const answers: unknown[] = [];
    pair.client.onMessage((message) => answers.push(message));
    pair.client.send({ type: 'request', id: 8, method: 'constructor', input: {} });
    pair.client.send({ type: 'request', id: 9, method: '__proto__', input: {} });
    await vi.waitFor(() => expect(answers).toHaveLength(2));
    for (const answer of answers) expect(answer).toMatchObject({ result: { ok: false, error: { code: 'rpc.unknownMethod' } } });
  });

  it('refuses invalid input, naming the field, before the handler runs', async () => {
    const add = vi.fn(() => ({ sum: 0 }));
    const { client } = connect({ 'math.add': add });
    const result = await client.call('math.add', { a: 1, b: 'two' } as unknown as { a: number; b: number });
    expect(result).toMatchObject({ ok: false, error: { code: 'rpc.invalidInput' } });
    expect(!result.ok && result.error.detail).toContain('b');
    expect(add).not.toHaveBeenCalled();
    const extra = await client.call('math.add', { a: 1, b: 2, c: 3 } as unknown as { a: number; b: number });
    expect(extra).toMatchObject({ ok: false, error: { code: 'rpc.invalidInput' } });
  });

  it('answers a malformed request that has an id, and ignores garbage without crashing', async () => {
    const { pair, client } = connect();
    const answers: unknown[] = [];
    pair.client.onMessage((message) => answers.push(message));
    pair.client.send({ type: 'request', id: 3, method: 42 } as never);
    pair.client.send('not even an object' as never);
    pair.client.send({ type: 'request', id: -1 } as never);
    await vi.waitFor(() => expect(answers).toHaveLength(1));
    expect(answers[0]).toMatchObject({ id: 3, result: { ok: false, error: { code: 'rpc.malformedMessage' } } });
    await expect(client.call('math.add', { a: 1, b: 1 })).resolves.toEqual({ ok: true, value: { sum: 2 } });
  });

  it('passes a service failure through with its own code and fields', async () => {
    const { client } = connect();
    await expect(client.call('notes.get', { id: 'missing' })).resolves.toEqual({
      ok: false,
      error: { code: 'notes.notFound', messageKey: 'error.notes.notFound', detail: 'for logs', noteId: 'missing' },
    });
  });

  it('answers a failure the contract does not declare as a bug, not as that failure', async () => {
    const { client, onInternalError } = connect();
    await expect(client.call('notes.get', { id: 'undeclared' })).resolves.toEqual({
      ok: false,
      error: { code: 'rpc.internal', messageKey: 'error.rpc.internal' },
    });
    expect(onInternalError).toHaveBeenCalledWith('notes.get', expect.any(RpcFailure));
  });

  it('does not pass on an arriving error the contract does not declare', async () => {
    const pair = createMemoryTransportPair();
    pair.server.onMessage((raw) => {
      const { id } = raw as { id: number };
      pair.server.send({ type: 'response', id, result: { ok: false, error: { code: 'files.gone', messageKey: 'error.files.gone' } } });
    });
    const client = createRpcClient(testContract, pair.client);
    await expect(client.call('math.add', { a: 1, b: 2 })).resolves.toEqual({
      ok: false,
      error: { code: 'rpc.malformedMessage', messageKey: 'error.rpc.malformedMessage', detail: 'files.gone' },
    });
  });

  it('turns a handler bug into rpc.internal without leaking its message, and reports it', async () => {
    const { client, onInternalError } = connect();
    const result = await client.call('notes.get', { id: 'bug' });
    expect(result).toEqual({ ok: false, error: { code: 'rpc.internal', messageKey: 'error.rpc.internal' } });
    expect(onInternalError).toHaveBeenCalledWith('notes.get', expect.any(TypeError));
    await expect(client.call('notes.get', { id: 'x' })).resolves.toEqual({ ok: true, value: 'note x' });
  });

  it('refuses to return output that breaks the contract', async () => {
    const { client, onInternalError } = connect();
    await expect(client.call('math.broken', {})).resolves.toMatchObject({ ok: false, error: { code: 'rpc.invalidOutput' } });
    expect(onInternalError).toHaveBeenCalledOnce();
  });

  it('delivers events that match their schema and drops those that do not', async () => {
    const { pair, server, client } = connect();
    const received: unknown[] = [];
    const stop = client.on('notes.changed', (payload) => received.push(payload));
    server.emit('notes.changed', { ids: ['a'] });
    pair.server.send({ type: 'event', name: 'notes.changed', payload: { ids: 'not an array' } });
    pair.server.send({ type: 'event', name: 'unknown.event', payload: {} });
    server.emit('notes.changed', { ids: ['b'] });
    await vi.waitFor(() => expect(received).toEqual([{ ids: ['a'] }, { ids: ['b'] }]));
    stop();
    server.emit('notes.changed', { ids: ['c'] });
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(received).toHaveLength(2);
    expect(() => server.emit('notes.changed', { ids: 5 } as never)).toThrow();
  });

  it('resolves pending calls with rpc.disconnected when the transport closes', async () => {
    const { pair, client } = connect();
    const onDisconnect = vi.fn();
    client.onDisconnect(onDisconnect);
    const pending = client.call('slow.never', {});
    pair.close();
    await expect(pending).resolves.toMatchObject({ ok: false, error: { code: 'rpc.disconnected' } });
    await expect(client.call('math.add', { a: 1, b: 1 })).resolves.toMatchObject({ ok: false, error: { code: 'rpc.disconnected' } });
    expect(onDisconnect).toHaveBeenCalledOnce();
  });

  it('resolves a call that gets no answer with rpc.timeout', async () => {
    const { client } = connect({}, 20);
    await expect(client.call('slow.never', {})).resolves.toMatchObject({ ok: false, error: { code: 'rpc.timeout' } });
  });
});
