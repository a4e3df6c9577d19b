/**
 * The WordPress sites the desk publishes to, in `<userData>/sites.json` (no passwords: those go
 * to the secret vault). A site is checked before it is saved — WordPress with its REST API, the
 * password right, the user allowed to publish — and each failure becomes its own API error.
 */
import { randomUUID } from 'node:crypto';
import { mkdir, readFile, rename } from 'node:fs/promises';
import { join } from 'node:path';
import { z } from 'zod';
import { ApiFailure, type ApiErrorCode } from '../../../shared/contract/apiError';
import { normaliseSiteUrl, siteSchema, type Site, type SiteInput } from '../../../shared/publishing/site';
import { writeFileAtomic } from '../atomicFile';
import type { SecretVault } from './secretVault';
import { WordPressFailure, type SiteCheck, type WordPressApi, type WordPressFailureKind, type WordPressSite } from './wordPressClient';

const storedSiteSchema = siteSchema.omit({ hasPassword: true, isPasswordRemembered: true });
type StoredSite = z.infer<typeof storedSiteSchema>;

const failureCodes: Record<WordPressFailureKind, ApiErrorCode> = {
  unreachable: 'site.unreachable',
  timeout: 'site.timeout',
  notWordPress: 'site.notWordPress',
  restDisabled: 'site.restDisabled',
  wrongPassword: 'site.wrongPassword',
  cannotPublish: 'site.cannotPublish',
  rateLimited: 'site.unreachable',
  serverError: 'site.serverError',
  rejected: 'site.notWordPress',
};

export class SiteStore {
  private readonly filePath: string;
  private sites: StoredSite[] | undefined;
  private readonly listeners = new Set<(siteId: string) => void>();

  constructor(
    userDataFolder: string,
    private readonly vault: SecretVault,
    private readonly clientFor: (site: WordPressSite) => WordPressApi,
    private readonly now: () => Date = () => new Date(),
  ) {
    this.filePath = join(userDataFolder, 'sites.json');
  }

  /** Listens for a site being saved (its password may be new: waiting publishes can go on) or removed. */
  onChange(listener: (siteId: string) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  async list(): Promise<Site[]> {
    return Promise.all((await this.load()).map((site) => this.summary(site)));
  }

  async get(id: string): Promise<Site> {
    const site = (await this.load()).find((candidate) => candidate.id === id);
    if (!site) throw new ApiFailure('site.notFound', id);
    return this.summary(site);
  }

  /** The site with its password, for publishing; `undefined` password when none is kept. */
  async credentials(id: string): Promise<{ site: Site; password: string | undefined }> {
    const site = await this.get(id);
    return { site, password: await this.vault.get(id) };
  }

  /** Checks the connection, then adds or changes the site. Nothing is stored when the check fails. */
  async save(input: SiteInput): Promise<Site> {
    const sites = await this.load();
    const existing = input.id ? sites.find((site) => site.id === input.id) : undefined;
    if (input.id && !existing) throw new ApiFailure('site.notFound', input.id);
    const url = normaliseSiteUrl(input.url);
    const id = existing?.id ?? randomUUID();
    // A kept password goes only to the address it was given for: a changed address needs it again.
    const keptPassword = existing && existing.url === url ? await this.vault.get(id) : undefined;
    const password = input.applicationPassword?.trim() || keptPassword;
    if (!password) throw new ApiFailure('site.passwordNeeded');
    let verified: SiteCheck;
    try {
      verified = await this.clientFor({ url, userName: input.userName, applicationPassword: password }).verify();
    } catch (error) {
      // The failure names its kind and status only; neither the password nor the reply body.
      if (error instanceof WordPressFailure) throw new ApiFailure(failureCodes[error.kind], `${error.kind} ${error.status ?? ''}`.trim());
      throw error;
    }
    const site: StoredSite = {
      id,
      name: verified.name,
      url,
      userName: input.userName,
      timezone: verified.timezone,
      gmtOffset: verified.gmtOffset,
      isApprovalRequired: input.isApprovalRequired ?? existing?.isApprovalRequired ?? false,
    };
    await this.vault.set(id, password, input.isPasswordRemembered);
    await this.write(existing ? sites.map((candidate) => (candidate.id === id ? site : candidate)) : [...sites, site]);
    for (const listener of this.listeners) listener(id);
    return this.summary(site);
  }

  async remove(id: string): Promise<void> {
    const sites = await this.load();
    await this.write(sites.filter((site) => site.id !== id));
    await this.vault.delete(id);
    for (const listener of this.listeners) listener(id);
  }

  private async summary(site: StoredSite): Promise<Site> {
    return {
      ...site,
      hasPassword: (await this.vault.get(site.id)) !== undefined,
      isPasswordRemembered: await this.vault.isRemembered(site.id),
    };
  }

  private async load(): Promise<StoredSite[]> {
    if (this.sites) return this.sites;
    let text: string;
    try {
      text = await readFile(this.filePath, 'utf8');
    } catch {
      return (this.sites = []);
    }
    const parsed = z.array(storedSiteSchema).safeParse(safeJson(text));
    if (parsed.success) return (this.sites = parsed.data);
    // A damaged file is kept aside, never overwritten silently.
    await rename(this.filePath, `${this.filePath}.damaged-${this.now().getTime()}`).catch(() => undefined);
    return (this.sites = []);
  }

  private async write(sites: StoredSite[]): Promise<void> {
    await mkdir(join(this.filePath, '..'), { recursive: true });
    await writeFileAtomic(this.filePath, `${JSON.stringify(sites, null, 1)}\n`);
    this.sites = sites;
  }
}

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}
