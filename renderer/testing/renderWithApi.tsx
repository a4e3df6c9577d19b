/**
 * Test support: renders a component inside the app's providers, with the API served by the
 * handlers a test gives (see createTestApi).
 */
import { render, type RenderResult } from '@testing-library/react';
import type { ReactNode } from 'react';
import type { ApiContract } from '../../shared/contract/apiContract';
import type { RpcHandlers } from '../../shared/rpc/rpcServer';
import { ApiProvider } from '../api/ApiProvider';
import { I18nProvider } from '../i18n/I18nProvider';
import { createTestApi, type TestApi } from './testApi';

export interface RenderedWithApi extends RenderResult, Omit<TestApi, 'dispose'> {
  dispose(): void;
}

export function renderWithApi(ui: ReactNode, handlers: Partial<RpcHandlers<ApiContract>> = {}): RenderedWithApi {
  const testApi = createTestApi(handlers);
  const rendered = render(
    <ApiProvider client={testApi.api}>
      <I18nProvider>{ui}</I18nProvider>
    </ApiProvider>,
  );
  return {
    ...rendered,
    ...testApi,
    dispose() {
      rendered.unmount();
      testApi.dispose();
    },
  };
}
