/**
 * Calls a contract over one transport. Every call resolves to an ok-or-error result: it never
 * rejects, whether the peer answers with an error, goes away, or does not answer in time.
 */
import type { CallInput, CallName, CallOutput, ContractError, EventName, EventPayload, RpcContract } from './rpcContract';
import { rpcError, type RpcErrorCode, type RpcResult } from './rpcError';
import { rpcMessageSchema, type RpcTransport } from './rpcMessage';

export interface RpcClientOptions {
  /** How long a call may wait for its answer before it resolves with `rpc.timeout`. Default 30 s. */
  timeoutMs?: number;
}

export interface RpcClient<C extends RpcContract> {
  call<N extends CallName<C>>(method: N, input: CallInput<C, N>): Promise<RpcResult<CallOutput<C, N>, ContractError<C>>>;
  /** Listens to an event; returns the function that stops listening. */
  on<N extends EventName<C>>(name: N, listener: (payload: EventPayload<C, N>) => void): () => void;
  /** Listens for the transport going away for good. */
  onDisconnect(listener: () => void): () => void;
  dispose(): void;
}

interface PendingCall {
  resolve: (result: RpcResult<unknown>) => void;
  timer: ReturnType<typeof setTimeout>;
}

export function createRpcClient<C extends RpcContract>(contract: C, transport: RpcTransport, options: RpcClientOptions = {}): RpcClient<C> {
  const timeoutMs = options.timeoutMs ?? 30_000;
  const pending = new Map<number, PendingCall>();
  const eventListeners = new Map<string, Set<(payload: unknown) => void>>();
  const disconnectListeners = new Set<() => void>();
  let nextId = 1;
  let isClosed = false;

  // The contract's errors accept the RPC layer's own (RpcContract says so), so these are its errors too.
  const failure = (code: RpcErrorCode, detail?: string): { ok: false; error: ContractError<C> } => ({
    ok: false,
    error: rpcError(code, detail) as ContractError<C>,
  });

  const settle = (id: number, result: RpcResult<unknown>): void => {
    const call = pending.get(id);
    if (!call) return;
    pending.delete(id);
    clearTimeout(call.timer);
    call.resolve(result);
  };

  const close = (): void => {
    if (isClosed) return;
    isClosed = true;
    for (const id of [...pending.keys()]) settle(id, failure('rpc.disconnected'));
    for (const listener of disconnectListeners) listener();
  };

  const stopMessages = transport.onMessage((raw) => {
    const parsed = rpcMessageSchema.safeParse(raw);
    if (!parsed.success) return;
    const message = parsed.data;
    if (message.type === 'response') {
      const { result } = message;
      if (result.ok) {
        settle(message.id, result);
      } else {
        // An error the contract does not declare is not passed on as one of its errors.
        const error = contract.errors.safeParse(result.error);
        settle(message.id, error.success ? { ok: false, error: error.data } : failure('rpc.malformedMessage', result.error.code));
      }
    } else if (message.type === 'event') {
      const schema = contract.events[message.name];
      const payload = schema?.safeParse(message.payload);
      if (!payload?.success) return;
      for (const listener of eventListeners.get(message.name) ?? []) listener(payload.data);
    }
  });
  const stopClose = transport.onClose?.(close);

  return {
    call(method, input) {
      const definition = contract.calls[method];
      if (!definition) return Promise.resolve(failure('rpc.unknownMethod', method));
      if (isClosed) return Promise.resolve(failure('rpc.disconnected'));
      const id = nextId++;
      return new Promise((resolve) => {
        const timer = setTimeout(() => settle(id, failure('rpc.timeout', method)), timeoutMs);
        pending.set(id, { resolve: resolve as PendingCall['resolve'], timer });
        transport.send({ type: 'request', id, method, input });
      });
    },
    on(name, listener) {
      let listeners = eventListeners.get(name);
      if (!listeners) eventListeners.set(name, (listeners = new Set()));
      const typedListener = listener as (payload: unknown) => void;
      listeners.add(typedListener);
      return () => listeners.delete(typedListener);
    },
    onDisconnect(listener) {
      disconnectListeners.add(listener);
      return () => disconnectListeners.delete(listener);
    },
    dispose() {
      stopMessages();
      stopClose?.();
      close();
    },
  };
}
