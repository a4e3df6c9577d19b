/**
 * The API: every call the renderer can make and every event it can receive, with their schemas,
 * and the errors a call can answer with. Both transports (Electron IPC and the loopback
 * WebSocket) serve exactly this contract. The calls are declared by area, one file each:
 *
 *   appCalls.ts         the app, its settings, the desktop window's life
 *   libraryCalls.ts     drafts: list, search, read, create, save, trash, conflicts, edit lock
 *   workflowCalls.ts    workflow moves, reviews, revisions, export and import with history
 *   publishingCalls.ts  sites, the outbox, the draft's posts
 */
import type { RpcContract } from '../rpc/rpcContract';
import { apiErrorSchema } from './apiError';
import { appCalls, appEvents } from './appCalls';
import { libraryCalls, libraryEvents } from './libraryCalls';
import { publishingCalls, publishingEvents } from './publishingCalls';
import { workflowCalls } from './workflowCalls';

export const apiContract = {
  calls: { ...appCalls, ...libraryCalls, ...workflowCalls, ...publishingCalls },
  events: { ...appEvents, ...libraryEvents, ...publishingEvents },
  errors: apiErrorSchema,
} as const satisfies RpcContract;

export type ApiContract = typeof apiContract;
