// The catalogues against the whole source: it reads renderer/, shared/ and electron/ and imports the
// renderer's lists, so it lives in renderer/ (shared/ may import neither).
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { dateDigitStyles, monthNameStyles } from '../../shared/text/deskDate';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { apiContract } from '../../shared/contract/apiContract';
import { apiErrorMessageKeys } from '../../shared/contract/apiError';
import { articleStatuses } from '../../shared/model/article';
import { damagedDraftSchema } from '../../shared/model/library';
import { revisionKinds } from '../../shared/model/revision';
import { editedAfterCopyDesk, roles, transitions } from '../../shared/model/workflow';
import { outboxStates, outboxSteps, publishFailureKinds, wordPressStatuses } from '../../shared/publishing/outboxItem';
import { comparedFields } from '../../shared/review/articleDiff';
import type { SaveState } from '../editor/autosaver';
import { libraryViews } from '../library/LibraryPanel';
import { arabicCatalogue } from '../../shared/i18n/arabicCatalogue';
import { englishCatalogue } from '../../shared/i18n/englishCatalogue';
import { directionOf, isMessageKey, languages, translate } from '../../shared/i18n/catalogue';

describe('the interface catalogues', () => {
  it('have the same keys in Arabic and English', () => {
    expect(Object.keys(englishCatalogue).sort()).toEqual(Object.keys(arabicCatalogue).sort());
  });

  it('have a message for every API error code', () => {
    for (const key of Object.values(apiErrorMessageKeys)) {
      expect(isMessageKey(key), key).toBe(true);
      expect(translate('ar', key as never)).toMatch(/[\u0600-\u06FF]/);
    }
  });

  it('choose among the six Arabic plural forms', () => {
    expect(translate('ar', 'library.wordCount', { count: 0 })).toBe('لا كلمات');
    expect(translate('ar', 'library.wordCount', { count: 1 })).toBe('كلمة واحدة');
    expect(translate('ar', 'library.wordCount', { count: 2 })).toBe('كلمتان');
    expect(translate('ar', 'library.wordCount', { count: 3 })).toMatch(/^\S+ كلمات$/);
    expect(translate('ar', 'library.wordCount', { count: 11 })).toMatch(/^\S+ كلمة$/);
    expect(translate('ar', 'library.wordCount', { count: 100 })).toMatch(/^\S+ كلمة$/);
    expect(translate('en', 'library.wordCount', { count: 1 })).toBe('1 word');
    expect(translate('en', 'library.wordCount', { count: 12 })).toBe('12 words');
  });

  it('fill placeholders and leave unknown ones visible', () => {
    expect(translate('en', 'library.updatedAt', { time: 'today' })).toBe('Last edited today');
    expect(translate('en', 'library.updatedAt')).toBe('Last edited {time}');
  });

  it('know each language’s direction', () => {
    expect(directionOf('ar')).toBe('rtl');
    expect(directionOf('en')).toBe('ltr');
  });
});

// ── Which keys the source uses ──────────────────────────────────────────────────────────────
// The source is read as TypeScript (comments are not uses): every file under renderer/, shared/
// and electron/ but tests, test support and the catalogues themselves. A key is used where it is
// written as a string; keys that travel as data are found where they are written too (the
// preflight's messageKey values in preflight.ts, error keys in apiErrorMessageKeys). Keys the
// source builds from a prefix and a value are accounted for below, each prefix with the list its
// values come from.

const catalogueKeys = new Set(Object.keys(arabicCatalogue));

/** SaveStatus says `editor.saveState.<status>` for every status but a failure, which has its own message. */
const savedStates = { saved: true, pending: true, saving: true } satisfies Record<Exclude<SaveState['status'], 'failed'>, true>;

/** Every `prefix.${value}` key the source builds, with every value it can be given. */
const dynamicKeyFamilies: Record<string, readonly string[]> = {
  'app.language.': languages,
  'role.': roles,
  'status.': articleStatuses,
  'workflow.action.': [...new Set(transitions.map((transition) => transition.action)), editedAfterCopyDesk],
  'history.move.': [...new Set(transitions.map((transition) => transition.action)), editedAfterCopyDesk],
  'attention.reason.': damagedDraftSchema.shape.reason.options,
  'library.view.': libraryViews,
  'editor.saveState.': Object.keys(savedStates),
  'outbox.state.': outboxStates,
  'outbox.step.': outboxSteps,
  'outbox.failure.': publishFailureKinds,
  'publish.status.': wordPressStatuses,
  'compare.field.': comparedFields,
  'history.kind.': revisionKinds,
  'monthNames.': monthNameStyles,
  'dateDigits.': dateDigitStyles,
};
const dynamicKeys = Object.entries(dynamicKeyFamilies).flatMap(([prefix, values]) => values.map((value) => `${prefix}${value}`));

/** Strings shaped like keys that are something else: the contract's call and event names, error codes, file names. */
const notKeys = new Set<string>([
  ...Object.keys(apiContract.calls),
  ...Object.keys(apiContract.events),
  ...Object.keys(apiErrorMessageKeys),
]);
const isFileName = (text: string): boolean => /\.json$/.test(text);

const keyShape = /^[a-z][A-Za-z0-9]*(\.[A-Za-z0-9]+)+$/;
const prefixShape = /^[a-z][A-Za-z0-9]*(\.[A-Za-z0-9]+)*\.$/;
const catalogueNamespaces = new Set([...catalogueKeys].map((key) => key.split('.')[0]));

interface SourceUses {
  /** Every string written in the source, with the files it is in. */
  strings: Map<string, Set<string>>;
  /** The fixed part of every template string that starts like a key (`status.` of `status.${status}`). */
  prefixes: Map<string, Set<string>>;
  /** Strings given where a key must be: t(key), translate(language, key), isMessageKey(key), messageKey: key. */
  keyArguments: Array<{ text: string; file: string }>;
}

function sourceFiles(): string[] {
  const files: string[] = [];
  for (const root of ['renderer', 'shared', 'electron']) {
    for (const path of readdirSync(root, { recursive: true, encoding: 'utf8' })) {
      const file = join(root, path);
      if (!/\.tsx?$/.test(file) || /\.test\.tsx?$/.test(file)) continue;
      if (file.startsWith(join('renderer', 'testing')) || /i18n[\\/](arabic|english)Catalogue\.ts$/.test(file)) continue;
      files.push(file);
    }
  }
  return files;
}

function readSourceUses(): SourceUses {
  const uses: SourceUses = { strings: new Map(), prefixes: new Map(), keyArguments: [] };
  const note = (map: Map<string, Set<string>>, text: string, file: string): void =>
    void (map.get(text) ?? map.set(text, new Set()).get(text)!).add(file);
  const literalText = (node: ts.Node | undefined): string | undefined =>
    node && (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) ? node.text : undefined;
  for (const file of sourceFiles()) {
    const source = ts.createSourceFile(
      file,
      readFileSync(file, 'utf8'),
      ts.ScriptTarget.Latest,
      false,
      file.endsWith('x') ? ts.ScriptKind.TSX : ts.ScriptKind.TS,
    );
    const visit = (node: ts.Node): void => {
      const text = literalText(node);
      if (text !== undefined) note(uses.strings, text, file);
      if (ts.isTemplateExpression(node) && prefixShape.test(node.head.text)) note(uses.prefixes, node.head.text, file);
      if (ts.isCallExpression(node) && ts.isIdentifier(node.expression)) {
        const position = { t: 0, isMessageKey: 0, translate: 1 }[node.expression.text];
        const key = position === undefined ? undefined : literalText(node.arguments[position]);
        if (key !== undefined) uses.keyArguments.push({ text: key, file });
      }
      if (ts.isPropertyAssignment(node) && ts.isIdentifier(node.name) && node.name.text === 'messageKey') {
        const key = literalText(node.initializer);
        if (key !== undefined) uses.keyArguments.push({ text: key, file });
      }
      ts.forEachChild(node, visit);
    };
    visit(source);
  }
  return uses;
}

describe('the catalogue and the source agree', () => {
  const uses = readSourceUses();

  it('reads the source it means to (the editor, the contract, the main process)', () => {
    const files = new Set([...uses.strings.values()].flatMap((inFiles) => [...inFiles]));
    for (const file of ['renderer/editor/ArticleEditor.tsx', 'shared/publishing/preflight.ts', 'electron/host/applicationMenu.ts'])
      expect(files, file).toContain(join(...file.split('/')));
    expect(uses.strings.has('editor.headline')).toBe(true);
  });

  it('accounts for every key the source builds, and for nothing it does not build', () => {
    expect([...uses.prefixes.keys()].sort()).toEqual(Object.keys(dynamicKeyFamilies).sort());
  });

  it('has every key the source uses', () => {
    const missingArguments = uses.keyArguments.filter(({ text }) => !catalogueKeys.has(text)).map(({ text, file }) => `${text} (${file})`);
    const missingKeyLike = [...uses.strings.entries()]
      .filter(([text]) => keyShape.test(text) && catalogueNamespaces.has(text.split('.')[0]) && !catalogueKeys.has(text))
      .filter(([text]) => !notKeys.has(text) && !isFileName(text))
      .map(([text, files]) => `${text} (${[...files].join(', ')})`);
    const missingBuilt = dynamicKeys.filter((key) => !catalogueKeys.has(key));
    const missingErrors = Object.values(apiErrorMessageKeys).filter((key) => !catalogueKeys.has(key));
    expect({ missingArguments, missingKeyLike, missingBuilt, missingErrors }).toEqual({
      missingArguments: [],
      missingKeyLike: [],
      missingBuilt: [],
      missingErrors: [],
    });
  });

  it('uses every key it has', () => {
    const used = new Set([...uses.strings.keys(), ...dynamicKeys, ...Object.values(apiErrorMessageKeys)]);
    expect([...catalogueKeys].filter((key) => !used.has(key))).toEqual([]);
  });
});

// ── The end-to-end tests' words ─────────────────────────────────────────────────────────────
// The drivers and specs find the interface by the catalogue's words (e2e/drivers/interfaceText.ts),
// so a change of wording moves them too instead of breaking or weakening them. A string in them
// that is a catalogue text (whole, with its placeholders filled, or two words or more of one) is
// interface text written out by hand; article text that happens to read like one is named here.

/** Article text in the specs that reads like interface text, by file. */
const articleTextLikeInterfaceText: Record<string, readonly string[]> = {
  // The seed page's own related-articles heading, which the import must drop from the body.
  [join('e2e', 'articleEditor.spec.ts')]: ['مقالات ذات صلة'],
};

describe('the end-to-end tests', () => {
  const texts = Object.values(arabicCatalogue).flatMap((entry) => (typeof entry === 'string' ? [entry] : Object.values(entry)));
  const templates = texts.map((text) => new RegExp(`^${text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\\\{\w+\\\}/g, '.+')}$`));
  const isInterfaceText = (text: string): boolean =>
    templates.some((template) => template.test(text)) ||
    (text.trim().split(/\s+/).length >= 2 && texts.some((entry) => entry.includes(text)));

  it('take the interface’s words from the catalogue', () => {
    const files = readdirSync('e2e', { recursive: true, encoding: 'utf8' })
      .filter((path) => /\.ts$/.test(path) && !path.startsWith('wordpress'))
      .map((path) => join('e2e', path));
    expect(files).toContain(join('e2e', 'drivers', 'workstation.ts'));
    const handWritten: string[] = [];
    for (const file of files) {
      const source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true);
      const visit = (node: ts.Node): void => {
        let text: string | undefined;
        if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) text = node.text;
        else if (ts.isRegularExpressionLiteral(node)) text = node.text.slice(1, node.text.lastIndexOf('/')).replace(/^\^|\$$/g, '');
        else if (ts.isTemplateExpression(node)) text = node.head.text + node.templateSpans.map((span) => `…${span.literal.text}`).join('');
        if (text && /[\u0600-\u06FF]/.test(text) && isInterfaceText(text) && !articleTextLikeInterfaceText[file]?.includes(text)) {
          handWritten.push(`${file}:${source.getLineAndCharacterOfPosition(node.getStart()).line + 1} ${text}`);
        }
        ts.forEachChild(node, visit);
      };
      visit(source);
    }
    expect(handWritten).toEqual([]);
  });
});
