/** The user's settings, shared by every window and both hosts. Unknown or invalid values fall back to defaults. */
import { z } from 'zod';
import { roleSchema } from './workflow';

export const settingsSchema = z.object({
  language: z.enum(['ar', 'en']).catch('ar'),
  /** The user's name as colleagues see it (edit locks, conflicts, revisions). */
  userName: z.string().max(120).catch(''),
  /** The library folder; empty for the default one under the per-user data folder. */
  libraryFolder: z.string().max(4096).catch(''),
  /** Trashed drafts are purged after this many days. */
  trashRetentionDays: z.number().int().min(1).max(3650).catch(30),
  /** The desk role, which decides the workflow actions offered. */
  role: roleSchema.catch('writer'),
});

export type Settings = z.infer<typeof settingsSchema>;

/** A change to some settings; absent fields stay as they are. */
export const settingsUpdateSchema = z
  .object({
    language: z.enum(['ar', 'en']).optional(),
    userName: z.string().max(120).optional(),
    libraryFolder: z.string().max(4096).optional(),
    trashRetentionDays: z.number().int().min(1).max(3650).optional(),
    role: roleSchema.optional(),
  })
  .strict();

export const defaultSettings: Settings = { language: 'ar', userName: '', libraryFolder: '', trashRetentionDays: 30, role: 'writer' };
