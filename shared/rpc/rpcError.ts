/**
 * Errors as values across a transport. Every error has a stable `code` for programs, a
 * `messageKey` into the interface's catalogue for people, and a `detail` for logs only (never
 * shown, never parsed). The RPC layer has its own codes (`rpc.*`); a contract names the rest, and
 * any fields of their own, in its `errors` schema (for this app, shared/contract/apiError.ts).
 */
import { z } from 'zod';

/** The RPC layer's own errors, with the catalogue key the interface shows for each. */
export const rpcErrorMessageKeys = {
  'rpc.unknownMethod': 'error.rpc.unknownMethod',
  'rpc.invalidInput': 'error.rpc.invalidInput',
  'rpc.invalidOutput': 'error.rpc.invalidOutput',
  'rpc.malformedMessage': 'error.rpc.malformedMessage',
  'rpc.disconnected': 'error.rpc.disconnected',
  'rpc.timeout': 'error.rpc.timeout',
  'rpc.internal': 'error.rpc.internal',
} as const;

export type RpcErrorCode = keyof typeof rpcErrorMessageKeys;

/** What every error has; a contract's errors may carry more. */
export interface RpcError {
  code: string;
  messageKey: string;
  detail?: string;
}

/** The envelope every arriving error must fit before the contract's own schema reads it. */
export const rpcErrorEnvelopeSchema = z.looseObject({
  code: z.string().min(1).max(100),
  messageKey: z.string().min(1).max(200),
  detail: z.string().max(2000).optional(),
});

/** An error of the RPC layer itself; the detail is cut to 2,000 characters. */
export function rpcError(code: RpcErrorCode, detail?: string): { code: RpcErrorCode; messageKey: string; detail?: string } {
  return detail === undefined
    ? { code, messageKey: rpcErrorMessageKeys[code] }
    : { code, messageKey: rpcErrorMessageKeys[code], detail: detail.slice(0, 2000) };
}

/** A result that is either a value or an error; nothing else crosses the boundary. */
export type RpcResult<T, E extends RpcError = RpcError> = { ok: true; value: T } | { ok: false; error: E };

/** Thrown inside a handler to answer with this error instead of `rpc.internal`. */
export class RpcFailure<E extends RpcError = RpcError> extends Error {
  constructor(readonly rpcError: E) {
    super(rpcError.detail ?? rpcError.code);
    this.name = 'RpcFailure';
  }
}
