/**
 * A WordPress site the desk publishes to, as the interface sees it: never its password, only
 * whether one is kept. The password travels once, in `siteInputSchema`, when the site is saved.
 */
import { z } from 'zod';
import { isHttpUrl } from '../model/article';

export const siteIdSchema = z.uuid();

export const siteSchema = z.object({
  id: siteIdSchema,
  /** The site's own name, as its REST index gives it. */
  name: z.string().max(500),
  /** The address WordPress answers on, without a trailing slash. */
  url: z.string().max(2000),
  userName: z.string().max(200),
  /** The IANA time zone of the site (empty when the site only gives an offset). */
  timezone: z.string().max(100),
  /** The site's offset from UTC in hours (WordPress `gmt_offset`), used when `timezone` is empty. */
  gmtOffset: z.number().min(-14).max(14),
  /** Whether a password is kept for this site now (for this session, or stored). */
  hasPassword: z.boolean(),
  /** Whether the password is stored on disk (encrypted in the desktop app; a private file in browser mode, by opt-in). */
  isPasswordRemembered: z.boolean(),
  /** The desk publishes to this site only what its editor approved: the check before publishing refuses anything else. */
  isApprovalRequired: z.boolean().default(false),
});
export type Site = z.infer<typeof siteSchema>;

/** Adding a site, or changing one (`id` given; an absent password keeps the one kept). */
export const siteInputSchema = z
  .object({
    id: siteIdSchema.optional(),
    url: z.string().max(2000).refine(isHttpUrl, { message: 'not an http(s) URL' }),
    userName: z.string().trim().min(1).max(200),
    applicationPassword: z.string().max(200).optional(),
    /** In browser mode: keep the password in a file readable only by this user (off: for this session only). */
    isPasswordRemembered: z.boolean(),
    /** Absent: as it was (off for a new site). */
    isApprovalRequired: z.boolean().optional(),
  })
  .strict();
export type SiteInput = z.infer<typeof siteInputSchema>;

/** Where passwords are kept: encrypted by the operating system (desktop), or for the session (browser mode). */
export const secretStorageSchema = z.enum(['encrypted', 'session']);
export type SecretStorage = z.infer<typeof secretStorageSchema>;

/** The site's address as WordPress is reached: http(s), no query or fragment, no trailing slash. */
export function normaliseSiteUrl(value: string): string {
  const url = new URL(value.trim());
  url.hash = '';
  url.search = '';
  return url.href.replace(/\/+$/, '');
}
