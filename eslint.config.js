import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

/** The host's top-level modules, as a layer below them would reach for them. */
const TOP = ['../server', '../../server', '../host', '../../host', '../cli', '../../cli'];

/** Folders that a layer may not import from (DESIGN.md: a layer never reaches up). */
const layer = (files, patterns, message) => ({
  files,
  rules: {
    '@typescript-eslint/no-restricted-imports': ['error', { patterns: [{ group: patterns, message, allowTypeImports: files[0].startsWith('renderer') }] }],
  },
});

export default tseslint.config(
  { ignores: ['dist/**', 'release/**', 'node_modules/**', 'test-results/**', 'bench/data/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      'no-console': 'off',
    },
  },
  { files: ['resources/**/*.js'], languageOptions: { globals: { ...globals.browser } } },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: { 'react-hooks/rules-of-hooks': 'error', 'react-hooks/exhaustive-deps': 'error' },
  },
  layer(['renderer/**'], ['**/main/**'], 'The interface talks to the host only through the API: import type from main/api/router at most.'),
  layer(['shared/**'], ['**/main/**', '**/renderer/**'], 'shared/ is imported by both sides and imports neither.'),
  layer(['main/domain/**'], ['**/db/**', '**/services/**', '**/api/**', '**/print/**', '**/electron/**', ...TOP, 'fs', 'node:fs', 'better-sqlite3', 'kysely'], 'domain/ holds pure rules: no I/O, no database.'),
  layer(['main/db/**'], ['**/services/**', '**/api/**', '**/print/**', '**/electron/**', ...TOP], 'db/ knows nothing of the layers above it.'),
  layer(['main/services/**'], ['**/api/**', '**/electron/**', ...TOP], 'services/ are called by the API, never the other way.'),
  layer(['main/api/**'], ['**/electron/**', ...TOP], 'api/ is mounted by the server, not the other way.'),
  layer(['main/print/**'], ['**/services/**', '**/api/**', '**/db/**', '**/electron/**'], 'print/ renders documents from plain data.'),
);
