/**
 * The three messages that travel over any transport (Electron IPC, WebSocket, in-memory):
 * request, response and event. Whatever arrives is parsed with these schemas before use.
 */
import { z } from 'zod';
import { rpcErrorEnvelopeSchema, type RpcError } from './rpcError';

export const rpcRequestSchema = z.object({
  type: z.literal('request'),
  id: z.number().int().nonnegative().max(Number.MAX_SAFE_INTEGER),
  method: z.string().min(1).max(200),
  input: z.unknown(),
});

export const rpcResponseSchema = z.object({
  type: z.literal('response'),
  id: z.number().int().nonnegative().max(Number.MAX_SAFE_INTEGER),
  result: z.discriminatedUnion('ok', [
    z.object({ ok: z.literal(true), value: z.unknown() }),
    z.object({ ok: z.literal(false), error: rpcErrorEnvelopeSchema }),
  ]),
});

export const rpcEventSchema = z.object({
  type: z.literal('event'),
  name: z.string().min(1).max(200),
  payload: z.unknown(),
});

export const rpcMessageSchema = z.discriminatedUnion('type', [rpcRequestSchema, rpcResponseSchema, rpcEventSchema]);

export type RpcRequest = z.infer<typeof rpcRequestSchema>;
export type RpcResponse =
  | { type: 'response'; id: number; result: { ok: true; value: unknown } }
  | { type: 'response'; id: number; result: { ok: false; error: RpcError } };
export type RpcEvent = z.infer<typeof rpcEventSchema>;
export type RpcMessage = RpcRequest | RpcResponse | RpcEvent;

/**
 * A bidirectional message pipe. `send` must not throw when the peer is gone (it drops the
 * message); `onMessage` delivers whatever arrived, unparsed; `onClose`, where the transport can
 * tell, fires once when the peer is gone for good.
 */
export interface RpcTransport {
  send(message: RpcMessage): void;
  onMessage(listener: (message: unknown) => void): () => void;
  onClose?(listener: () => void): () => void;
}
