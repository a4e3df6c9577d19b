/**
 * The API: every call the renderer can make and every event it can receive, with their schemas.
 * Both transports (Electron IPC and the loopback WebSocket) serve exactly this contract.
 */
import { z } from 'zod';
import { defineCall, type RpcContract } from '../rpc/rpcContract';
import { articleContentSchema } from '../model/article';
import { draftIdSchema, draftSchema, draftSummarySchema } from '../model/draft';
import { settingsSchema, settingsUpdateSchema } from '../model/settings';

const noInput = z.object({}).strict();

export const apiContract = {
  calls: {
    /** The running app: version and where its library lives. */
    'app.info': defineCall({
      input: noInput,
      output: z.object({ appVersion: z.string(), libraryFolder: z.string() }),
    }),
    /** Every draft, most recently updated first. */
    'drafts.list': defineCall({
      input: noInput,
      output: z.object({ drafts: z.array(draftSummarySchema) }),
    }),
    /** One whole draft. Fails with `draft.notFound`. */
    'drafts.get': defineCall({
      input: z.object({ id: draftIdSchema }).strict(),
      output: draftSchema,
    }),
    /** A new draft: empty, or with the given content (for example an imported article). */
    'drafts.create': defineCall({
      input: z.object({ content: articleContentSchema.partial().optional() }).strict(),
      output: draftSchema,
    }),
    /** The sections used across the library, most used first, for the section picker. */
    'drafts.sections': defineCall({
      input: noInput,
      output: z.object({ sections: z.array(z.string()) }),
    }),
    /**
     * Saves a draft's content. `baseVersion` is the version the edit started from; if the draft
     * changed since, the save fails with `draft.conflict` and nothing is written.
     */
    'drafts.save': defineCall({
      input: z
        .object({
          id: draftIdSchema,
          baseVersion: z.number().int().positive(),
          content: articleContentSchema,
        })
        .strict(),
      output: z.object({ version: z.number().int().positive(), updatedAt: z.iso.datetime() }),
    }),
    /** The user's settings. */
    'settings.get': defineCall({ input: noInput, output: settingsSchema }),
    /** Changes some settings; returns them all. */
    'settings.update': defineCall({ input: settingsUpdateSchema, output: settingsSchema }),
  },
  events: {
    /** Drafts were created, saved or removed, by this window or another. */
    'drafts.changed': z.object({ ids: z.array(draftIdSchema) }),
    /** The settings changed, in this window or another. */
    'settings.changed': settingsSchema,
    /** A command chosen in the desktop app's native menu. */
    'menu.command': z.object({ command: z.enum(['newDraft']) }),
  },
} as const satisfies RpcContract;

export type ApiContract = typeof apiContract;
