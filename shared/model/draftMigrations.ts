/**
 * Brings a stored draft document of any earlier schema version up to the current one. Each step
 * is a pure function from version N to N+1; `migrateDraft` applies them in order and validates the
 * result. A document from a newer app (a higher version than this one knows) is refused, never
 * guessed at, so an older app cannot damage it.
 */
import { currentDraftSchemaVersion, draftSchema, type Draft } from './draft';
import { emptyArticleContent } from './article';

type Document = Record<string, unknown>;

/**
 * The first slice's editor knew blockquotes, code blocks and inline code, which the article's
 * editor does not: a blockquote becomes a quote (without a speaker), a code block a paragraph,
 * and inline code plain text. Without this the editor would not recognise those bodies.
 */
function upgradeVersion1Node(node: unknown): unknown {
  if (typeof node !== 'object' || node === null || Array.isArray(node)) return node;
  const { type, content, marks, ...rest } = node as { type?: unknown; content?: unknown; marks?: unknown };
  const upgraded: Record<string, unknown> = { ...rest, type: type === 'blockquote' ? 'quote' : type === 'codeBlock' ? 'paragraph' : type };
  if (type === 'blockquote') upgraded.attrs = { speaker: '', role: '', variant: 'quote' };
  if (type === 'codeBlock') delete upgraded.attrs;
  if (Array.isArray(content)) upgraded.content = content.map(upgradeVersion1Node);
  if (Array.isArray(marks)) {
    const kept = marks.filter((mark) => (mark as { type?: unknown } | null)?.type !== 'code');
    if (kept.length > 0) upgraded.marks = kept;
  }
  return upgraded;
}

/** Version 1 (the first slice) had a headline and a body only; version 2 is the structured article. */
function fromVersion1(document: Document): Document {
  const empty = emptyArticleContent();
  return {
    ...empty,
    ...document,
    schemaVersion: 2,
    headline: document.headline ?? '',
    body: document.body ? upgradeVersion1Node(document.body) : empty.body,
    status: 'draft',
  };
}

/** The step that upgrades a document of version N, by N. */
export const draftMigrations: Readonly<Record<number, (document: Document) => Document>> = {
  1: fromVersion1,
};

export type MigrationResult =
  | { ok: true; draft: Draft; migratedFrom?: number }
  | { ok: false; reason: 'notAnObject' | 'unknownVersion' | 'newerVersion' | 'invalid'; detail?: string };

export function migrateDraft(input: unknown): MigrationResult {
  if (typeof input !== 'object' || input === null || Array.isArray(input)) return { ok: false, reason: 'notAnObject' };
  let document = input as Document;
  const startVersion = document.schemaVersion;
  if (typeof startVersion !== 'number' || !Number.isInteger(startVersion) || startVersion < 1)
    return { ok: false, reason: 'unknownVersion' };
  if (startVersion > currentDraftSchemaVersion) return { ok: false, reason: 'newerVersion', detail: String(startVersion) };
  for (let version = startVersion; version < currentDraftSchemaVersion; version++) {
    const step = draftMigrations[version];
    if (!step) return { ok: false, reason: 'unknownVersion', detail: String(version) };
    document = step(document);
  }
  const parsed = draftSchema.safeParse(document);
  if (!parsed.success)
    return {
      ok: false,
      reason: 'invalid',
      detail: parsed.error.issues
        .slice(0, 3)
        .map((issue) => `${issue.path.join('.')}: ${issue.message}`)
        .join('; '),
    };
  return startVersion === currentDraftSchemaVersion
    ? { ok: true, draft: parsed.data }
    : { ok: true, draft: parsed.data, migratedFrom: startVersion };
}
