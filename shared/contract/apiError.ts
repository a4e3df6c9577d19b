/**
 * Errors that cross the API boundary: a stable `code` for programs and a `messageKey` into the
 * interface catalogue for people. Errors are values, never thrown strings.
 */
import { z } from 'zod';

/** Every error code the API can return, with the catalogue key the interface shows for it. */
export const apiErrorMessageKeys = {
  'rpc.unknownMethod': 'error.rpc.unknownMethod',
  'rpc.invalidInput': 'error.rpc.invalidInput',
  'rpc.invalidOutput': 'error.rpc.invalidOutput',
  'rpc.malformedMessage': 'error.rpc.malformedMessage',
  'rpc.disconnected': 'error.rpc.disconnected',
  'rpc.timeout': 'error.rpc.timeout',
  'rpc.internal': 'error.rpc.internal',
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

/** The wire shape of an error; `detail` is for logs and developers, never shown as the message. */
export const apiErrorSchema = z.object({
  code: z.enum(apiErrorCodes),
  messageKey: z.string(),
  detail: z.string().max(2000).optional(),
});

export type ApiError = z.infer<typeof apiErrorSchema>;

/** Builds an error value whose message key always matches its code. */
export function apiError(code: ApiErrorCode, detail?: string): ApiError {
  return detail === undefined
    ? { code, messageKey: apiErrorMessageKeys[code] }
    : { code, messageKey: apiErrorMessageKeys[code], detail: detail.slice(0, 2000) };
}

/** A result that is either a value or an ApiError; nothing else crosses the boundary. */
export type Result<T> = { ok: true; value: T } | { ok: false; error: ApiError };

/** Thrown inside a service to return a specific ApiError to the caller instead of `rpc.internal`. */
export class ApiFailure extends Error {
  readonly apiError: ApiError;
  constructor(code: ApiErrorCode, detail?: string) {
    super(detail ?? code);
    this.name = 'ApiFailure';
    this.apiError = apiError(code, detail);
  }
}
