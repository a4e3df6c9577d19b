// Lint, with the layering rules of the house style as errors:
//   shared/    runs anywhere: no Electron, no Node built-ins, no electron/ or renderer/ code
//   renderer/  never imports electron/ code, Electron or Node
//   electron/  never imports renderer/; only main.ts, host/ and preload/ may import 'electron'
import { builtinModules } from 'node:module';
import js from '@eslint/js';
import globals from 'globals';
import reactHooks from 'eslint-plugin-react-hooks';
import tseslint from 'typescript-eslint';

const nodeBuiltins = builtinModules.filter((name) => !name.startsWith('_'));

const electronImport = { name: 'electron', message: 'Only electron/main.ts, electron/host/ and electron/preload/ may import electron.' };
const nodeImports = nodeBuiltins.map((name) => ({ name, message: 'shared/ and renderer/ run anywhere: no Node built-ins.' }));
const nodePrefix = { regex: '^node:', message: 'shared/ and renderer/ run anywhere: no Node built-ins.' };
const electronFolder = { regex: '(^|/)electron/', message: 'This layer must not import electron/ code.' };
const rendererFolder = { regex: '(^|/)renderer/', message: 'This layer must not import renderer/ code.' };
const contractFolder = { regex: '(^|/)contract/', message: 'shared/rpc/ is generic: it may not import the app contract.' };
const electronSubpath = { regex: '^electron/', message: electronImport.message };

// Dynamic imports and require() are imports too. (esquery regexes cannot hold a slash: \x2F.)
const dynamicImportOf = (pattern, message) => [
  { selector: `ImportExpression[source.value=/${pattern}/]`, message },
  { selector: `CallExpression[callee.name='require'][arguments.0.value=/${pattern}/]`, message },
];

export default tseslint.config(
  { ignores: ['node_modules/', 'out/', 'dist/', 'test-results/', 'playwright-report/', 'bench/results/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    // Typed linting: the rules below that need types read them from tsconfig.json's program.
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
      eqeqeq: ['error', 'always'],
      'no-console': 'error',
    },
  },
  {
    // Typed linting, on the TypeScript program of tsconfig.json.
    files: ['**/*.{ts,tsx}'],
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
    rules: {
      // A promise nobody awaits or catches loses its failure, and an unhandled rejection ends a Node host.
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-misused-promises': 'error',
    },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: reactHooks.configs.recommended.rules,
  },
  {
    files: ['shared/**/*.{ts,tsx}'],
    // Tests run in Node and may read fixtures; the code they test may not.
    ignores: ['shared/**/*.test.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        { paths: [electronImport, ...nodeImports], patterns: [nodePrefix, electronFolder, rendererFolder, electronSubpath] },
      ],
      'no-restricted-syntax': ['error', ...dynamicImportOf('^(node:|electron)', 'shared/ runs anywhere: no Node, no Electron.')],
      'no-restricted-globals': ['error', 'window', 'document', 'navigator', 'location', 'process', 'Buffer', 'require', '__dirname'],
    },
  },
  {
    // The RPC layer is generic: the app's contract builds on it, never the other way round.
    files: ['shared/rpc/**/*.{ts,tsx}'],
    ignores: ['shared/**/*.test.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [electronImport, ...nodeImports],
          patterns: [nodePrefix, electronFolder, rendererFolder, electronSubpath, contractFolder],
        },
      ],
    },
  },
  {
    // Tests run in Node and may read the source and fixtures (as shared/'s may); never Electron.
    files: ['renderer/**/*.test.{ts,tsx}'],
    rules: { 'no-restricted-imports': ['error', { paths: [electronImport], patterns: [electronFolder, electronSubpath] }] },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    ignores: ['renderer/**/*.test.{ts,tsx}'],
    rules: {
      'no-restricted-imports': [
        'error',
        { paths: [electronImport, ...nodeImports], patterns: [nodePrefix, electronFolder, electronSubpath] },
      ],
      'no-restricted-syntax': [
        'error',
        ...dynamicImportOf(
          '^(node:|electron)|(^|\\x2F)electron\\x2F',
          'renderer/ talks to the main process only through the contract client.',
        ),
      ],
    },
  },
  {
    files: ['electron/**/*.{ts,tsx,mjs}'],
    ignores: ['electron/main.ts', 'electron/host/**', 'electron/preload/**'],
    rules: {
      'no-restricted-imports': ['error', { paths: [electronImport], patterns: [rendererFolder, electronSubpath] }],
      'no-restricted-syntax': ['error', ...dynamicImportOf('^electron($|\\x2F)', electronImport.message)],
    },
  },
  {
    files: ['electron/main.ts', 'electron/host/**/*.{ts,mjs}', 'electron/preload/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [rendererFolder] }],
    },
  },
  {
    // Benchmarks and the test runner print their figures; that is what they are for.
    files: ['bench/**', '.ci/**', 'e2e/**'],
    rules: { 'no-console': 'off' },
  },
);
