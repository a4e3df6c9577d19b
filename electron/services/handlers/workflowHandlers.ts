/** The workflow's calls: moves, reviews, revisions, and a draft with its history in and out. */
import type { workflowCalls } from '../../../shared/contract/workflowCalls';
import type { CallHandlers } from '../../../shared/rpc/rpcServer';
import type { ActiveLibrary } from '../activeLibrary';

export function workflowHandlers(library: ActiveLibrary): CallHandlers<typeof workflowCalls> {
  const workflow = () => library.workflow();
  return {
    'drafts.transition': async ({ id, to, note }) => (await workflow()).transition(id, to, note ?? ''),
    'drafts.saveReview': async ({ id, baseVersion, content, message, decisions }) =>
      (await workflow()).saveReview(id, baseVersion, content, message, decisions),
    'revisions.list': async ({ draftId }) => ({ revisions: await (await library.store()).revisions.list(draftId) }),
    'revisions.get': async ({ draftId, revisionId }) => (await library.store()).revisions.get(draftId, revisionId),
    'revisions.create': async ({ draftId, message }) => (await workflow()).createRevision(draftId, message ?? ''),
    'revisions.restore': async ({ draftId, revisionId }) => (await workflow()).restore(draftId, revisionId),
    'drafts.exportWithHistory': async ({ id }) => (await library.exchange()).exportWithHistory(id),
    'drafts.importWithHistory': async ({ text }) => (await library.exchange()).importWithHistory(text),
  };
}
