// @ts-check
import js from '@eslint/js';
import eslintConfigPrettier from 'eslint-config-prettier';
import astro from 'eslint-plugin-astro';
import globals from 'globals';
import tseslint from 'typescript-eslint';
import { defineConfig } from 'eslint/config';

const browserOnly = [
  'window',
  'document',
  'localStorage',
  'sessionStorage',
  'navigator',
  'indexedDB',
  'location',
  'history',
];

export default defineConfig(
  {
    ignores: ['dist/', 'dist-packages/', '.astro/', 'node_modules/', 'test-results/', 'playwright-report/', 'reports/'],
  },
  js.configs.recommended,
  ...tseslint.configs.strictTypeChecked,
  {
    languageOptions: { globals: { ...globals.node } },
  },
  {
    files: ['**/*.{ts,tsx,mts}'],
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
    rules: {
      '@typescript-eslint/restrict-template-expressions': ['error', { allowNumber: true }],
    },
  },
  ...astro.configs.recommended,
  {
    files: ['**/*.astro'],
    languageOptions: {
      parserOptions: {
        parser: tseslint.parser,
        project: true,
        tsconfigRootDir: import.meta.dirname,
        extraFileExtensions: ['.astro'],
      },
    },
    // typescript-eslint cannot see the types of `.astro` imports; `astro check` type-checks these files instead.
    rules: {
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-call': 'off',
      '@typescript-eslint/no-unsafe-member-access': 'off',
      '@typescript-eslint/no-unsafe-return': 'off',
      '@typescript-eslint/no-unsafe-argument': 'off',
    },
  },
  {
    files: ['**/*.{js,mjs}'],
    ...tseslint.configs.disableTypeChecked,
  },
  {
    files: ['src/client/**', 'src/components/islands/**'],
    languageOptions: { globals: { ...globals.browser } },
  },
  {
    // Pure layers: no browser APIs, no UI framework, no Astro runtime. Keeps them testable in Node.
    files: ['src/lib/**', 'src/machines/**', 'src/schemas/**'],
    languageOptions: { globals: {} },
    rules: {
      'no-restricted-globals': [
        'error',
        ...browserOnly.map((name) => ({ name, message: `${name} is a browser API: keep it in src/client/.` })),
      ],
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['react', 'react/*', 'react-dom', 'react-dom/*', '@xstate/react'],
              message: 'UI frameworks belong in components.',
            },
            { group: ['astro:*'], message: 'Astro runtime modules belong in pages, components and src/data.' },
          ],
        },
      ],
    },
  },
  eslintConfigPrettier,
);
