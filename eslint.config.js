import js from '@eslint/js';
import jsxA11y from 'eslint-plugin-jsx-a11y';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';
import { candorWalls } from './eslint-walls.js';

const platformImports = [
  { group: ['react', 'react-dom', 'react/*', 'react-dom/*'], message: 'shared/ is pure: no React.' },
  { group: ['dexie', 'dexie-*'], message: 'shared/ is pure: no Dexie.' },
  { group: ['electron', 'electron/*'], message: 'shared/ is pure: no Electron.' },
  {
    group: [
      'node:*',
      'fs',
      'fs/*',
      'path',
      'os',
      'child_process',
      'crypto',
      'stream',
      'buffer',
      'util',
      'url',
      'http',
      'https',
      'net',
      'worker_threads',
    ],
    message: 'shared/ is pure: no Node built-ins.',
  },
  {
    group: ['**/renderer/**', '**/electron/**', '**/cli/**', '@renderer/**', '@main/**', '@cli/**', '@tests/**', '@scripts/**'],
    message: 'shared/ imports nothing from the app.',
  },
];

// The renderer's own rule, repeated wherever a later block sets no-restricted-imports again.
const rendererPaths = [{ name: 'electron', message: 'The renderer talks to the platform only through renderer/src/platform.' }];
const rendererPatterns = [{ group: ['electron/*', 'node:*'], message: 'The renderer talks to the platform only through renderer/src/platform.' }];

export default tseslint.config(
  {
    ignores: [
      'node_modules',
      'out',
      'dist-web',
      'release',
      'test-results',
      'playwright-report',
      'artifacts',
      '.bench',
      'tests/fixtures/**/*.{csv,xlsx,txt}',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
    rules: {
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      '@typescript-eslint/consistent-type-definitions': ['error', 'type'],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' }],
      'no-empty-pattern': 'off',
    },
  },
  {
    // The walls between layers and features (eslint-walls.js; each is shown catching a probe in
    // tests/integration/lint-walls.test.ts).
    files: ['renderer/**/*.{ts,tsx}', 'shared/**/*.ts', 'electron/**/*.ts', 'cli/**/*.ts'],
    plugins: { candor: candorWalls },
    rules: { 'candor/walls': 'error' },
  },
  {
    // An import climbs at most one folder; further away it names an alias (aliases.js).
    files: ['**/*.{ts,tsx,mts,cts}'],
    plugins: { candor: candorWalls },
    rules: { 'candor/shallow-imports': 'error' },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks, 'jsx-a11y': jsxA11y },
    rules: {
      ...reactHooks.configs.recommended.rules,
      ...jsxA11y.flatConfigs.recommended.rules,
      'no-restricted-imports': ['error', { paths: rendererPaths, patterns: rendererPatterns }],
      'no-restricted-syntax': [
        'error',
        { selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']", message: 'Imported strings are data, never markup.' },
        { selector: "MemberExpression[object.name='window'][property.name='api']", message: 'Use renderer/src/platform, never window.api directly.' },
      ],
    },
  },
  {
    files: ['renderer/src/platform/**'],
    rules: { 'no-restricted-syntax': 'off' },
  },
  {
    files: ['shared/**/*.ts'],
    ignores: ['shared/**/*.test.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: platformImports }],
      'no-restricted-globals': ['error', 'window', 'document', 'navigator', 'localStorage', 'indexedDB', 'process', 'require', 'Buffer', '__dirname'],
    },
  },
  {
    files: ['electron/preload/**/*.ts'],
    ignores: ['electron/preload/**/*.test.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['zod', 'dexie', 'react', '**/shared/schemas/**', '**/shared/domain/**', '@shared/schemas/**', '@shared/domain/**'],
              message: 'The sandboxed preload bundles nothing but channel names.',
            },
          ],
        },
      ],
    },
  },
);
