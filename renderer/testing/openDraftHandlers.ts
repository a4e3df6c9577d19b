/**
 * Test support: the API as an open draft's editor meets it — settings, the edit lock, the
 * library's sections, no conflict copies, no sites, an empty outbox — with saves recorded and
 * accepted. A test overrides any handler.
 */
import type { ApiContract } from '../../shared/contract/apiContract';
import type { ArticleContent } from '../../shared/model/article';
import type { Draft } from '../../shared/model/draft';
import { defaultSettings } from '../../shared/model/settings';
import type { RpcHandlers } from '../../shared/rpc/rpcServer';

export interface OpenDraftServer {
  handlers: Partial<RpcHandlers<ApiContract>>;
  /** The content of every save, in order. */
  saves: ArticleContent[];
}

export function openDraftHandlers(draft: Draft, overrides: Partial<RpcHandlers<ApiContract>> = {}): OpenDraftServer {
  const saves: ArticleContent[] = [];
  let version = draft.version;
  return {
    saves,
    handlers: {
      'settings.get': () => defaultSettings,
      'drafts.acquireEditLock': () => ({ isHeld: true }),
      'drafts.releaseEditLock': () => ({}),
      'drafts.conflicts': () => ({ conflicts: [] }),
      'drafts.sections': () => ({ sections: ['أخبار سوريا', 'اقتصاد'] }),
      'drafts.get': () => ({ ...draft, version }),
      'drafts.save': ({ content }) => {
        saves.push(content);
        return { version: ++version, updatedAt: new Date().toISOString(), status: draft.status };
      },
      'sites.list': () => ({ sites: [], secretStorage: 'session' as const }),
      'publishing.outbox': () => ({ items: [] }),
      'publishing.records': () => ({ records: [] }),
      ...overrides,
    },
  };
}
