import { ESLint } from 'eslint';
import tseslint from 'typescript-eslint';
import { describe, expect, it } from 'vitest';

// Lints made-up modules at real paths with the project's own config, so a change that weakens
// the layering rules fails here.
// (Made-up modules are not in the TypeScript program, so the typed rules are left out for them.)
const eslint = new ESLint({ cwd: process.cwd() });
const untypedEslint = new ESLint({ cwd: process.cwd(), overrideConfig: tseslint.configs.disableTypeChecked });

async function layeringErrors(filePath: string, code: string): Promise<string[]> {
  const [result] = await untypedEslint.lintText(code, { filePath });
  return (result?.messages ?? [])
    .filter(
      (message) =>
        message.severity === 2 && ['no-restricted-imports', 'no-restricted-syntax', 'no-restricted-globals'].includes(message.ruleId ?? ''),
    )
    .map((message) => message.message);
}

describe('import boundaries are lint errors', () => {
  it('shared/ may not import Node or Electron', async () => {
    expect(
      await layeringErrors('shared/model/example.ts', "import { readFile } from 'node:fs';\nexport const x = readFile;\n"),
    ).not.toEqual([]);
    expect(await layeringErrors('shared/model/example.ts', "import { join } from 'path';\nexport const x = join;\n")).not.toEqual([]);
    expect(await layeringErrors('shared/model/example.ts', "import { app } from 'electron';\nexport const x = app;\n")).not.toEqual([]);
    expect(await layeringErrors('shared/model/example.ts', "export const load = () => import('node:fs');\n")).not.toEqual([]);
    expect(
      await layeringErrors(
        'shared/model/example.ts',
        "import { DraftStore } from '../../electron/services/library/draftStore';\nexport const x = DraftStore;\n",
      ),
    ).not.toEqual([]);
  });

  it('shared/rpc/ may not import the app contract', async () => {
    expect(
      await layeringErrors(
        'shared/rpc/example.ts',
        "import { apiContract } from '../contract/apiContract';\nexport const x = apiContract;\n",
      ),
    ).not.toEqual([]);
    expect(
      await layeringErrors('shared/contract/example.ts', "import { rpcError } from '../rpc/rpcError';\nexport const x = rpcError;\n"),
    ).toEqual([]);
  });

  it('renderer/ may not import electron/ code or Electron', async () => {
    expect(
      await layeringErrors(
        'renderer/app/Example.tsx',
        "import { DraftStore } from '../../electron/services/library/draftStore';\nexport const x = DraftStore;\n",
      ),
    ).not.toEqual([]);
    expect(
      await layeringErrors('renderer/app/Example.tsx', "import { ipcRenderer } from 'electron';\nexport const x = ipcRenderer;\n"),
    ).not.toEqual([]);
    expect(await layeringErrors('renderer/app/Example.tsx', "export const load = () => import('../../electron/main');\n")).not.toEqual([]);
  });

  it('only electron/main.ts, electron/host/ and electron/preload/ may import electron', async () => {
    const importsElectron = "import { app } from 'electron';\nexport const x = app;\n";
    expect(await layeringErrors('electron/services/example.ts', importsElectron)).not.toEqual([]);
    expect(await layeringErrors('electron/example.ts', importsElectron)).not.toEqual([]);
    expect(
      await layeringErrors('electron/services/example.ts', "const { app } = require('electron');\nexport const x = app;\n"),
    ).not.toEqual([]);
    expect(await layeringErrors('electron/main.ts', importsElectron)).toEqual([]);
    expect(await layeringErrors('electron/host/example.ts', importsElectron)).toEqual([]);
    expect(await layeringErrors('electron/preload/example.ts', importsElectron)).toEqual([]);
  });

  it('electron/ may not import renderer/ code', async () => {
    expect(
      await layeringErrors('electron/host/example.ts', "import { App } from '../../renderer/app/App';\nexport const x = App;\n"),
    ).not.toEqual([]);
  });

  it('allows what each layer legitimately uses', async () => {
    expect(await layeringErrors('shared/model/example.ts', "import { z } from 'zod';\nexport const x = z.string();\n")).toEqual([]);
    expect(
      await layeringErrors(
        'renderer/app/Example.tsx',
        "import { apiContract } from '../../shared/contract/apiContract';\nexport const x = apiContract;\n",
      ),
    ).toEqual([]);
    expect(
      await layeringErrors('electron/services/example.ts', "import { readFile } from 'node:fs/promises';\nexport const x = readFile;\n"),
    ).toEqual([]);
  });
});

describe('lost promises are lint errors', () => {
  it('checks every TypeScript layer with the typed promise rules', async () => {
    for (const file of [
      'shared/model/article.ts',
      'electron/services/library/draftStore.ts',
      'renderer/app/App.tsx',
      'e2e/drivers/workstation.ts',
    ]) {
      const config = (await eslint.calculateConfigForFile(file)) as { rules: Record<string, [number | string] | number | string> };
      for (const rule of ['@typescript-eslint/no-floating-promises', '@typescript-eslint/no-misused-promises']) {
        const setting = config.rules[rule];
        expect([2, 'error'], `${rule} in ${file}`).toContain(Array.isArray(setting) ? setting[0] : setting);
      }
    }
  });

  it('finds a promise nobody awaits in a real module of each layer', async () => {
    const code =
      'export async function save(): Promise<void> {}\nexport function onClick(): void {\n  save();\n  [1].forEach(async () => save());\n}\n';
    for (const file of ['shared/model/plainText.ts', 'electron/services/keyedQueue.ts', 'renderer/editor/pendingSaves.ts']) {
      const [result] = await eslint.lintText(code, { filePath: file });
      const rules = (result?.messages ?? []).filter((message) => message.severity === 2).map((message) => message.ruleId);
      expect(rules, file).toEqual(
        expect.arrayContaining(['@typescript-eslint/no-floating-promises', '@typescript-eslint/no-misused-promises']),
      );
    }
  });
});
