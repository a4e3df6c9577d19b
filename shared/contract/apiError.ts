/**
 * The app's errors: the RPC layer's codes and the contract's own, each with the catalogue key
 * the interface shows for it, and the fields some codes carry. Errors are values, never thrown
 * strings; `detail` is for logs and developers, never shown and never parsed.
 */
import { z } from 'zod';
import { RpcFailure, rpcErrorMessageKeys, type RpcResult } from '../rpc/rpcError';

/** Every error code the API can return, with the catalogue key the interface shows for it. */
export const apiErrorMessageKeys = {
  ...rpcErrorMessageKeys,
  'draft.notFound': 'error.draft.notFound',
  'draft.conflict': 'error.draft.conflict',
  'draft.invalid': 'error.draft.invalid',
  'storage.failed': 'error.storage.failed',
  'library.invalidFolder': 'error.library.invalidFolder',
  'revision.notFound': 'error.revision.notFound',
  'history.invalid': 'error.history.invalid',
  'workflow.notAllowed': 'error.workflow.notAllowed',
  'workflow.noteRequired': 'error.workflow.noteRequired',
  'import.invalidFile': 'error.import.invalidFile',
  'site.notFound': 'error.site.notFound',
  'site.passwordNeeded': 'error.site.passwordNeeded',
  'site.unreachable': 'error.site.unreachable',
  'site.timeout': 'error.site.timeout',
  'site.notWordPress': 'error.site.notWordPress',
  'site.restDisabled': 'error.site.restDisabled',
  'site.wrongPassword': 'error.site.wrongPassword',
  'site.cannotPublish': 'error.site.cannotPublish',
  'site.serverError': 'error.site.serverError',
  'publishing.preflightFailed': 'error.publishing.preflightFailed',
  'publishing.itemNotFound': 'error.publishing.itemNotFound',
  'publishing.notAllowedNow': 'error.publishing.notAllowedNow',
} as const;

export type ApiErrorCode = keyof typeof apiErrorMessageKeys;
export type ApiErrorMessageKey = (typeof apiErrorMessageKeys)[ApiErrorCode];

const apiErrorCodes = Object.keys(apiErrorMessageKeys) as [ApiErrorCode, ...ApiErrorCode[]];

/** Fields some errors carry for programs to act on. */
export const apiErrorFieldsSchema = z.object({
  /** `draft.conflict` from a save: the conflict copy the refused content was kept as. */
  conflictId: z
    .string()
    .regex(/^[\w-]{1,80}$/)
    .optional(),
});
export type ApiErrorFields = z.infer<typeof apiErrorFieldsSchema>;

/** The wire shape of an error of this contract. */
export const apiErrorSchema = z
  .object({
    code: z.enum(apiErrorCodes),
    messageKey: z.string(),
    detail: z.string().max(2000).optional(),
  })
  .extend(apiErrorFieldsSchema.shape);

export type ApiError = z.infer<typeof apiErrorSchema>;

/** Builds an error value whose message key always matches its code. */
export function apiError(code: ApiErrorCode, detail?: string, fields: ApiErrorFields = {}): ApiError {
  return {
    code,
    messageKey: apiErrorMessageKeys[code],
    ...(detail === undefined ? {} : { detail: detail.slice(0, 2000) }),
    ...fields,
  };
}

/** A result that is either a value or an ApiError; nothing else crosses the boundary. */
export type Result<T> = RpcResult<T, ApiError>;

/** Thrown inside a service to return a specific ApiError to the caller instead of `rpc.internal`. */
export class ApiFailure extends RpcFailure<ApiError> {
  constructor(code: ApiErrorCode, detail?: string, fields: ApiErrorFields = {}) {
    super(apiError(code, detail, fields));
    this.name = 'ApiFailure';
  }

  get apiError(): ApiError {
    return this.rpcError;
  }
}
