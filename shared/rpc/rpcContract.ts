/**
 * The shape every API contract has: named calls with zod input and output schemas, named events
 * with a zod payload schema, and the schema of its errors. The RPC client and server are generic
 * over it.
 */
import type { z } from 'zod';
import type { RpcError } from './rpcError';

/** One call the renderer can make: what it sends and what it gets back. */
export interface CallDefinition<Input extends z.ZodType = z.ZodType, Output extends z.ZodType = z.ZodType> {
  readonly input: Input;
  readonly output: Output;
}

/** A contract: every call and every event, declared once, and what its errors may hold. */
export interface RpcContract {
  readonly calls: Readonly<Record<string, CallDefinition>>;
  readonly events: Readonly<Record<string, z.ZodType>>;
  /** The errors a call may answer with; it must accept the RPC layer's own (`rpc.*`). */
  readonly errors: z.ZodType<RpcError>;
}

export type CallName<C extends RpcContract> = keyof C['calls'] & string;
export type EventName<C extends RpcContract> = keyof C['events'] & string;

/** What the caller passes (before schema defaults and transforms). */
export type CallInput<C extends RpcContract, N extends CallName<C>> = z.input<C['calls'][N]['input']>;
/** What the handler receives (after parsing). */
export type ParsedCallInput<C extends RpcContract, N extends CallName<C>> = z.output<C['calls'][N]['input']>;
/** What the caller receives. */
export type CallOutput<C extends RpcContract, N extends CallName<C>> = z.output<C['calls'][N]['output']>;
export type EventPayload<C extends RpcContract, N extends EventName<C>> = z.output<C['events'][N]>;
/** The errors of the contract. */
export type ContractError<C extends RpcContract> = z.output<C['errors']>;

/** Declares a call with its schemas; an identity function that keeps the literal types. */
export function defineCall<Input extends z.ZodType, Output extends z.ZodType>(
  definition: CallDefinition<Input, Output>,
): CallDefinition<Input, Output> {
  return definition;
}
