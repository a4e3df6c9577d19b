/** The user's settings, shared by every window and both hosts. Unknown or invalid values fall back to defaults. */
import { z } from 'zod';
import { defaultDeskDateStyle, deskDateStyleInputSchema, deskDateStyleSchema } from '../text/deskDate';
import { roleSchema } from './workflow';

/** The panels beside the writing column that can be folded away: the library and the article's side panel. */
export const collapsiblePanels = ['library', 'articleSide'] as const;
export type CollapsiblePanel = (typeof collapsiblePanels)[number];
const collapsedPanelsSchema = z.array(z.enum(collapsiblePanels)).max(collapsiblePanels.length);

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
  // Room to write (issue 11, item 7): the side panels the user folded away, kept across restarts.
  collapsedPanels: collapsedPanelsSchema.catch([]),
  /** How the desk writes dates: its month names and digits (issue 11, item 9). */
  deskDate: deskDateStyleSchema.catch(defaultDeskDateStyle),
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
    collapsedPanels: collapsedPanelsSchema.optional(),
    deskDate: deskDateStyleInputSchema.optional(),
  })
  .strict();

export const defaultSettings: Settings = {
  language: 'ar',
  userName: '',
  libraryFolder: '',
  trashRetentionDays: 30,
  role: 'writer',
  collapsedPanels: [],
  deskDate: defaultDeskDateStyle,
};
