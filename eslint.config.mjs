// @ts-check
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import globals from 'globals';

const forgeOnlyInAdapters = {
  patterns: [{ group: ['@forge/*'], message: 'Only src/adapters may import @forge/* (ARCHITECTURE.md dependency rule).' }],
};

export default tseslint.config(
  { ignores: ['node_modules/**', '**/build/**', '**/dist/**', '.sandbox/**', 'coverage/**', '**/*.js', '**/*.mjs', '**/*.cjs'] },
  js.configs.recommended,
  ...tseslint.configs.strictTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
      globals: { ...globals.node },
    },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/restrict-template-expressions': ['error', { allowNumber: true, allowBoolean: true }],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['src/**/*.ts'],
    ignores: ['src/adapters/**'],
    rules: { 'no-restricted-imports': ['error', forgeOnlyInAdapters] },
  },
  {
    files: ['src/domain/**/*.ts'],
    // Tests may read their fixtures; the modules under test stay pure.
    ignores: ['src/domain/**/*.test.ts'],
    rules: {
      'no-restricted-imports': ['error', {
        patterns: [
          { group: ['@forge/*'], message: 'src/domain is pure.' },
          { group: ['**/adapters/**', '**/application/**', '**/entry/**', '**/sandbox/**'], message: 'src/domain imports nothing impure.' },
          { group: ['fs', 'node:*', 'http', 'https', 'net', 'child_process'], message: 'src/domain does no I/O.' },
        ],
      }],
      'no-restricted-properties': ['error', { object: 'Date', property: 'now', message: 'Time is explicit in the domain: take an instant as a parameter.' }],
    },
  },
  {
    files: ['src/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', {
        patterns: [
          ...forgeOnlyInAdapters.patterns,
          { group: ['**/sandbox/**'], message: 'Nothing imports sandbox/.' },
          { group: ['**/static/**'], message: 'The backend never imports from static/.' },
        ],
      }],
    },
    ignores: ['src/adapters/**', 'src/domain/**'],
  },
  {
    // Custom UI talks to the backend only through @forge/bridge and the typed contract in src/shared.
    files: ['static/**/*.ts', 'static/**/*.tsx'],
    rules: {
      'no-restricted-imports': ['error', {
        patterns: [
          { group: ['@forge/api', '@forge/kvs', '@forge/resolver', '@forge/events'], message: 'Backend packages do not run in a Custom UI iframe.' },
          { group: ['**/src/application/**', '**/src/adapters/**', '**/src/entry/**'], message: 'static/* imports only src/shared and pure src/domain.' },
          { group: ['**/sandbox/**'], message: 'Nothing imports sandbox/.' },
        ],
      }],
    },
  },
  {
    files: ['**/*.test.ts', 'test/**/*.ts', 'bench/**/*.ts', 'scripts/**/*.ts'],
    rules: {
      '@typescript-eslint/no-non-null-assertion': 'off',
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-member-access': 'off',
    },
  },
);
