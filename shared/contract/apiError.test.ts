import { describe, expect, it } from 'vitest';
import { rpcError, rpcErrorMessageKeys, type RpcErrorCode } from '../rpc/rpcError';
import { apiError, apiErrorSchema, ApiFailure } from './apiError';

describe('the API errors', () => {
  it('accept every error of the RPC layer, as the contract must', () => {
    for (const code of Object.keys(rpcErrorMessageKeys) as RpcErrorCode[]) {
      expect(apiErrorSchema.safeParse(rpcError(code, 'detail')).success, code).toBe(true);
    }
  });

  it('keep the message key in step with the code, and carry their fields', () => {
    expect(apiError('draft.conflict', 'based on 1, on disk 2', { conflictId: '2026-12-02T06-00-00-000Z-1a2b3c4d' })).toEqual({
      code: 'draft.conflict',
      messageKey: 'error.draft.conflict',
      detail: 'based on 1, on disk 2',
      conflictId: '2026-12-02T06-00-00-000Z-1a2b3c4d',
    });
    expect(new ApiFailure('draft.notFound').apiError).toEqual({ code: 'draft.notFound', messageKey: 'error.draft.notFound' });
  });

  it('refuse a code the app does not know, and a conflict id that could name a path', () => {
    expect(apiErrorSchema.safeParse({ code: 'files.gone', messageKey: 'error.files.gone' }).success).toBe(false);
    expect(apiErrorSchema.safeParse(apiError('draft.conflict', undefined, { conflictId: '../../etc' })).success).toBe(false);
  });
});
