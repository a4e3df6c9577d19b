/** The user's settings, shared by every window and both hosts. Unknown or invalid values fall back to defaults. */
import { z } from 'zod';

export const settingsSchema = z.object({
  language: z.enum(['ar', 'en']).catch('ar'),
});

export type Settings = z.infer<typeof settingsSchema>;

/** A change to some settings; absent fields stay as they are. */
export const settingsUpdateSchema = z.object({ language: z.enum(['ar', 'en']).optional() }).strict();

export const defaultSettings: Settings = { language: 'ar' };
