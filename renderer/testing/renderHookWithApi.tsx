/**
 * Test support: runs a hook inside the app's providers, with the API served by the handlers a
 * test gives (see createTestApi).
 */
import { renderHook, type RenderHookResult } from '@testing-library/react';
import type { ReactNode } from 'react';
import type { ApiContract } from '../../shared/contract/apiContract';
import type { RpcHandlers } from '../../shared/rpc/rpcServer';
import { ApiProvider } from '../api/ApiProvider';
import { I18nProvider } from '../i18n/I18nProvider';
import { createTestApi, type TestApi } from './testApi';

export interface HookRenderedWithApi<Result, Props> extends RenderHookResult<Result, Props>, Omit<TestApi, 'dispose'> {
  dispose(): void;
}

export function renderHookWithApi<Result, Props = undefined>(
  hook: (props: Props) => Result,
  handlers: Partial<RpcHandlers<ApiContract>> = {},
  initialProps?: Props,
): HookRenderedWithApi<Result, Props> {
  const testApi = createTestApi(handlers);
  const wrapper = ({ children }: { children: ReactNode }) => (
    <ApiProvider client={testApi.api}>
      <I18nProvider>{children}</I18nProvider>
    </ApiProvider>
  );
  const rendered = renderHook<Result, Props>(hook, { wrapper, initialProps: initialProps as Props });
  return {
    ...rendered,
    ...testApi,
    dispose() {
      rendered.unmount();
      testApi.dispose();
    },
  };
}
