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

// The renderer's own rule, repeated wherever a later block sets no-restricted-imports again.
const rendererPaths = [{ name: 'electron', message: 'The renderer talks to the platform only through renderer/src/platform.' }];
const rendererPatterns = [{ group: ['electron/*', 'node:*'], message: 'The renderer talks to the platform only through renderer/src/platform.' }];

// Walls between features: each feature is used only through its index.ts, and no feature
// reaches into the app shell (shared state lives in renderer/src/state).
const featureWalls = [
  { regex: '^(\\.\\./)+app(/|$)', message: 'Features do not import the app shell: use renderer/src/state.' },
  { regex: '^(\\.\\./)+(planner|plans|documents|onboarding|settings)/', message: 'Import another feature through its index.ts only.' },
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
      'no-restricted-imports': ['error', { paths: rendererPaths, patterns: rendererPatterns }],
      'no-restricted-syntax': [
        'error',
        { selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']", message: 'Imported strings are data, never markup.' },
        { selector: "MemberExpression[object.name='window'][property.name='api']", message: 'Use renderer/src/platform, never window.api directly.' },
      ],
    },
  },
  {
    files: ['renderer/src/features/**/*.{ts,tsx}'],
    ignores: ['renderer/src/features/**/*.test.{ts,tsx}'],
    rules: { 'no-restricted-imports': ['error', { paths: rendererPaths, patterns: [...rendererPatterns, ...featureWalls] }] },
  },
  {
    // The planner and the plans list hold the wall fully: other features only through their index.
    files: ['renderer/src/features/{planner,plans}/**/*.{ts,tsx}'],
    ignores: ['renderer/src/features/**/*.test.{ts,tsx}'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: rendererPaths,
          patterns: [
            ...rendererPatterns,
            ...featureWalls,
            {
              regex: '^(\\.\\./)+(rep|reps|team|import|onboarding|settings|placeholders|roleplay|documents)/',
              message: 'Import another feature through its index.ts only (the diagnosis data module is its own entry).',
            },
          ],
        },
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
