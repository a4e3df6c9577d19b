/**
 * Serves a contract over one transport: every request is parsed, routed to its handler, and
 * answered with an ok-or-error result. Unknown methods, malformed messages and invalid input are
 * answered with an error; a throwing handler becomes `rpc.internal`, never a crash.
 */
import type { z } from 'zod';
import type { CallDefinition, CallName, EventName, EventPayload, ParsedCallInput, CallOutput, RpcContract } from './rpcContract';
import { rpcError, RpcFailure, type RpcError } from './rpcError';
import { rpcRequestSchema, type RpcResponse, type RpcTransport } from './rpcMessage';

/** The implementation of every call of a contract. Handlers may throw RpcFailure (say ApiFailure) for a specific error. */
export type RpcHandlers<C extends RpcContract> = {
  [N in CallName<C>]: (input: ParsedCallInput<C, N>) => Promise<CallOutput<C, N>> | CallOutput<C, N>;
};

/** The implementation of some calls (one area of a contract); the server takes the union of the areas. */
export type CallHandlers<Calls extends Readonly<Record<string, CallDefinition>>> = {
  [N in keyof Calls & string]: (input: z.output<Calls[N]['input']>) => Promise<z.output<Calls[N]['output']>> | z.output<Calls[N]['output']>;
};

export interface RpcServerOptions {
  /** Receives unexpected failures (handler bugs, invalid output); never user-facing. */
  onInternalError?: (method: string, error: unknown) => void;
}

export interface RpcServer<C extends RpcContract> {
  /** Sends an event to the peer after checking its payload against the contract. */
  emit<N extends EventName<C>>(name: N, payload: EventPayload<C, N>): void;
  dispose(): void;
}

export function serveRpc<C extends RpcContract>(
  contract: C,
  handlers: RpcHandlers<C>,
  transport: RpcTransport,
  options: RpcServerOptions = {},
): RpcServer<C> {
  let isDisposed = false;

  const answer = (id: number, result: RpcResponse['result']): void => {
    if (!isDisposed) transport.send({ type: 'response', id, result } as RpcResponse);
  };
  const fail = (id: number, error: RpcError): void => answer(id, { ok: false, error });

  const handle = async (raw: unknown): Promise<void> => {
    const request = rpcRequestSchema.safeParse(raw);
    if (!request.success) {
      // Without a valid id there is nobody to answer; a request-shaped message still gets one.
      const id = readId(raw);
      if (id !== undefined) fail(id, rpcError('rpc.malformedMessage'));
      return;
    }
    const { id, method, input } = request.data;
    if (!Object.hasOwn(contract.calls, method)) {
      fail(id, rpcError('rpc.unknownMethod', method));
      return;
    }
    const definition = contract.calls[method]!;
    let parsedInput;
    try {
      parsedInput = definition.input.safeParse(input);
    } catch (error) {
      options.onInternalError?.(method, error);
      fail(id, rpcError('rpc.invalidInput'));
      return;
    }
    if (!parsedInput.success) {
      fail(id, rpcError('rpc.invalidInput', summariseIssues(parsedInput.error.issues)));
      return;
    }
    let value: unknown;
    try {
      const handler = handlers[method as CallName<C>] as (input: unknown) => unknown;
      value = await handler(parsedInput.data);
    } catch (error) {
      // A failure the contract does not declare is a bug, answered as one.
      const declared = error instanceof RpcFailure ? contract.errors.safeParse(error.rpcError) : undefined;
      if (declared?.success) {
        fail(id, declared.data);
      } else {
        options.onInternalError?.(method, error);
        fail(id, rpcError('rpc.internal'));
      }
      return;
    }
    const parsedOutput = definition.output.safeParse(value);
    if (!parsedOutput.success) {
      options.onInternalError?.(method, parsedOutput.error);
      fail(id, rpcError('rpc.invalidOutput'));
      return;
    }
    answer(id, { ok: true, value: parsedOutput.data });
  };

  const unsubscribe = transport.onMessage((message) => {
    // Nothing a peer sends may take the process down: whatever escapes is an internal error.
    void handle(message).catch((error: unknown) => {
      options.onInternalError?.('(message)', error);
      const id = readId(message);
      if (id !== undefined) fail(id, rpcError('rpc.internal'));
    });
  });

  return {
    emit(name, payload) {
      if (isDisposed) return;
      const schema = contract.events[name];
      if (!schema) throw new Error(`Unknown event ${name}`);
      transport.send({ type: 'event', name, payload: schema.parse(payload) });
    },
    dispose() {
      isDisposed = true;
      unsubscribe();
    },
  };
}

function readId(raw: unknown): number | undefined {
  if (typeof raw !== 'object' || raw === null) return undefined;
  const { id, type } = raw as { id?: unknown; type?: unknown };
  return type === 'request' && typeof id === 'number' && Number.isSafeInteger(id) && id >= 0 ? id : undefined;
}

function summariseIssues(issues: ReadonlyArray<{ path: ReadonlyArray<PropertyKey>; message: string }>): string {
  return issues
    .slice(0, 5)
    .map((issue) => `${issue.path.map(String).join('.') || '(input)'}: ${issue.message}`)
    .join('; ');
}
