// @ts-check
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import globals from 'globals';

/*
 * The dependency rule, one arrow per entry below; docs/architecture.md ("Arrows") explains each.
 * Flat config replaces a rule's options per file, so every file of src/ and static/ falls in exactly one
 * `no-restricted-imports` block: one per layer, with a relaxed twin for the tests beside the code.
 */
const DOC = 'docs/architecture.md';
/** The path patterns of a folder of src/ (the folder itself and anything in it). */
const folder = (name) => [`**/${name}`, `**/${name}/**`];
const forbid = (group, why) => ({ group, message: `${why} See ${DOC} (Arrows).` });

const forge = (layer) => forbid(['@forge/*'], `Only src/adapters may import @forge/*; ${layer} reaches the platform through application/ports.`);
const noSandbox = forbid(folder('sandbox'), 'Nothing imports sandbox/: it stands in for the platform and is never bundled.');
const noStatic = forbid(folder('static'), 'The backend never imports from static/ (the UI depends on the backend, not the reverse).');
const noTestKits = forbid(folder('test'), 'Production code never imports test kits or fakes (test/ is dev-only).');
const noEntry = (layer) => forbid(folder('entry'), `${layer} must not import src/entry: entry calls inward, never the reverse.`);
const noAdapters = (layer) => forbid(folder('adapters'), `${layer} must not import src/adapters: adapters implement application/ports and are wired in by entry (compose).`);
const noApplication = (layer) => forbid(folder('application'), `${layer} must not import src/application: use cases sit above it.`);
/** The vocabulary is a leaf: shared/ and every UI import it, so it imports nothing of the app (only zod). */
const vocabularyLeaf = forbid(['../*', '../**'], 'src/domain/vocabulary is a leaf: it imports nothing but zod and its own files.');
const domainIo = forbid(['fs', 'fs/*', 'node:*', 'http', 'https', 'net', 'child_process'], 'src/domain does no I/O.');

const layers = {
  domain: [forge('src/domain'), noApplication('src/domain'), noAdapters('src/domain'), noEntry('src/domain'), noSandbox, noStatic],
  shared: [forge('src/shared'), noApplication('src/shared'), noAdapters('src/shared'), noEntry('src/shared'), noSandbox, noStatic],
  application: [forge('src/application'), noAdapters('src/application'), noEntry('src/application'), noSandbox, noStatic],
  adapters: [noEntry('src/adapters'), noSandbox, noStatic],
  entry: [forge('src/entry'), noSandbox, noStatic],
};
const restrict = (patterns) => ({ 'no-restricted-imports': ['error', { patterns }] });
/** One layer's block for its production files and one for the tests beside them (which may use test kits and fixtures). */
const layerBlocks = (name, extraProduction = []) => [
  {
    files: [`src/${name}/**/*.ts`],
    ignores: [`src/${name}/**/*.test.ts`],
    rules: restrict([...layers[name], ...extraProduction, noTestKits]),
  },
  { files: [`src/${name}/**/*.test.ts`], rules: restrict(layers[name]) },
];

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
  ...layerBlocks('domain', [domainIo]),
  {
    files: ['src/domain/**/*.ts'],
    ignores: ['src/domain/**/*.test.ts'],
    rules: {
      'no-restricted-properties': ['error', { object: 'Date', property: 'now', message: `Time is explicit in the domain: take an instant as a parameter. See ${DOC}.` }],
    },
  },
  {
    files: ['src/domain/vocabulary/**/*.ts'],
    rules: restrict([...layers.domain, domainIo, noTestKits, vocabularyLeaf]),
  },
  ...layerBlocks('shared'),
  ...layerBlocks('application'),
  ...layerBlocks('adapters'),
  ...layerBlocks('entry'),
  {
    files: ['src/index.ts'],
    rules: restrict([
      forbid([...folder('application'), ...folder('adapters'), ...folder('domain'), ...folder('shared'), '@forge/*'], 'src/index.ts only re-exports the handlers in src/entry that manifest.yml names.'),
      noSandbox, noStatic,
    ]),
  },
  {
    // Custom UI talks to the backend only through @forge/bridge and the typed contract in src/shared.
    files: ['static/**/*.ts', 'static/**/*.tsx'],
    rules: {
      'no-restricted-imports': ['error', {
        patterns: [
          forbid(['@forge/api', '@forge/kvs', '@forge/resolver', '@forge/events'], 'Backend packages do not run in a Custom UI iframe; static/* talks to the backend through @forge/bridge.'),
          forbid([...folder('src/application'), ...folder('src/adapters'), ...folder('src/entry')], 'static/* imports only src/shared and pure src/domain.'),
          noSandbox,
          noTestKits,
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
