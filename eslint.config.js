import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';
import { layersPlugin } from './tools/eslint-layers.js';

/** Packages a layer may not use, beside the folders it may import (tools/eslint-layers.js). */
const noPackages = (files, patterns, message, ignores = []) => ({
  files,
  ignores,
  rules: { '@typescript-eslint/no-restricted-imports': ['error', { patterns: [{ group: patterns, message }] }] },
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
  // Every layer imports only what its allow-list names.
  { files: ['**/*.{ts,tsx}'], plugins: { layers: layersPlugin }, rules: { 'layers/allowed-imports': 'error' } },
  noPackages(['main/**', 'shared/**', 'renderer/**'], ['electron'], 'Only main/electron/ imports Electron.', ['main/electron/**']),
  noPackages(['main/domain/**'], ['fs', 'node:fs', 'fs/promises', 'node:fs/promises', 'better-sqlite3', 'kysely', 'electron'], 'domain/ holds pure rules: no I/O, no database.'),
);
