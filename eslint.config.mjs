// Lint: strict TypeScript habits and the import boundaries of the architecture
// (renderer -> shared; electron -> shared; hub -> shared; shared -> zod only).
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

const NODE_BUILTINS = [
  'assert', 'buffer', 'child_process', 'cluster', 'crypto', 'dgram', 'dns', 'events', 'fs', 'fs/promises', 'http',
  'http2', 'https', 'net', 'os', 'path', 'perf_hooks', 'process', 'readline', 'stream', 'tls', 'url', 'util',
  'v8', 'vm', 'worker_threads', 'zlib',
];

const restrict = (patterns, paths = []) => ['error', { paths, patterns }];
// Exact module names (a pattern such as 'util' would also match our own shared/util/ folder).
const exact = (names, message) => names.map((name) => ({ name, message }));

export default tseslint.config(
  { ignores: ['out/**', 'node_modules/**', 'bench/results/**', 'test-results/**', 'playwright-report/**', '.cache/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/consistent-type-imports': ['error', { prefer: 'type-imports', fixStyle: 'separate-type-imports' }],
      '@typescript-eslint/ban-ts-comment': ['error', { 'ts-ignore': true, 'ts-nocheck': true, 'ts-expect-error': 'allow-with-description' }],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/no-explicit-any': 'error',
      'no-restricted-syntax': [
        'error',
        { selector: 'ExportDefaultDeclaration', message: 'Use named exports.' },
      ],
      eqeqeq: ['error', 'always'],
    },
  },
  {
    files: ['shared/**/*.ts'],
    rules: {
      // Pure TypeScript: zod and relative imports inside shared/ only.
      'no-restricted-imports': restrict([
        { regex: '^(?!zod$|\\./|\\.\\./).*', message: 'shared/ may import only zod (and its own files).' },
        { group: ['**/electron/**', '**/renderer/**', '**/hub/**', '**/resources/**'], message: 'shared/ must not import app code.' },
      ]),
    },
  },
  {
    files: ['shared/**/*.test.ts'],
    rules: {
      'no-restricted-imports': restrict([
        { regex: '^(?!zod$|vitest$|fast-check$|\\./|\\.\\./).*', message: 'shared/ tests may import only zod, vitest, fast-check.' },
        { group: ['**/electron/**', '**/renderer/**', '**/hub/**'], message: 'shared/ must not import app code.' },
      ]),
    },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'no-restricted-imports': restrict(
        [
          { group: ['node:*'], message: 'The renderer has no Node: ask main through the IPC contract.' },
          { group: ['electron/*'], message: 'The renderer never touches Electron.' },
          { group: ['**/electron/**', '**/hub/**'], message: 'renderer/ may import only shared/ and its own files.' },
        ],
        [
          ...exact(NODE_BUILTINS, 'The renderer has no Node: ask main through the IPC contract.'),
          ...exact(['electron', 'better-sqlite3'], 'The renderer never touches Electron or the database.'),
        ],
      ),
      'no-restricted-syntax': [
        'error',
        { selector: 'ExportDefaultDeclaration', message: 'Use named exports.' },
        {
          selector: "MemberExpression[object.name='window'][property.name='api']",
          message: 'Only renderer/src/api/client.ts touches window.api.',
        },
      ],
    },
  },
  {
    files: ['renderer/src/api/client.ts'],
    rules: {
      'no-restricted-syntax': ['error', { selector: 'ExportDefaultDeclaration', message: 'Use named exports.' }],
    },
  },
  {
    files: ['electron/**/*.ts'],
    rules: {
      'no-restricted-imports': restrict([
        { group: ['**/renderer/**', '**/hub/**'], message: 'electron/ may import shared/ but never renderer/ or hub/.' },
      ]),
    },
  },
  {
    files: ['electron/preload/**/*.ts'],
    rules: {
      // The sandboxed preload is one small bundle: no zod, no main-process code, no Node.
      'no-restricted-imports': restrict(
        [{ group: ['**/main/**', '**/renderer/**', '**/hub/**', 'node:*'], message: 'The preload imports only electron and shared/ipc channel names.' }],
        exact(['zod', ...NODE_BUILTINS], 'The preload imports only electron and shared/ipc channel names.'),
      ),
    },
  },
  {
    files: ['hub/**/*.ts'],
    rules: {
      'no-restricted-imports': restrict([
        { group: ['**/renderer/**', '**/electron/**', 'electron'], message: 'hub/ may import shared/ but never renderer/ or electron/.' },
      ]),
    },
  },
  {
    // Tool configuration files must default-export their config.
    files: ['*.config.{ts,mts,mjs}', 'eslint.config.mjs'],
    rules: { 'no-restricted-syntax': 'off' },
  },
);
