import js from '@eslint/js';
import jsxA11y from 'eslint-plugin-jsx-a11y';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

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
  { group: ['**/renderer/**', '**/electron/**', '**/cli/**'], message: 'shared/ imports nothing from the app.' },
];

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
    files: ['renderer/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks, 'jsx-a11y': jsxA11y },
    rules: {
      ...reactHooks.configs.recommended.rules,
      ...jsxA11y.flatConfigs.recommended.rules,
      'no-restricted-imports': [
        'error',
        {
          paths: [{ name: 'electron', message: 'The renderer talks to the platform only through renderer/src/platform.' }],
          patterns: [{ group: ['electron/*', 'node:*'], message: 'The renderer talks to the platform only through renderer/src/platform.' }],
        },
      ],
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
    files: ['renderer/src/ui/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [{ group: ['**/features/**', '**/app/**'], message: 'ui/ is the design system: no feature imports.' }] },
      ],
    },
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
              group: ['zod', 'dexie', 'react', '**/shared/schemas/**', '**/shared/domain/**'],
              message: 'The sandboxed preload bundles nothing but channel names.',
            },
          ],
        },
      ],
    },
  },
);
