import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';
import importX, { createNodeResolver } from 'eslint-plugin-import-x';

/**
 * Imports flow one way: core (the law and pure logic) ← components/lib ← features ← app.
 * The CLI and the PDF templates use core only. Features never import each other; the app composes them.
 */
const restrict = (patterns) => ({ 'no-restricted-imports': ['error', { patterns }] });
// Tests read files and render documents: the zones are for the code they test.
const tests = ['**/*.test.ts', '**/*.test.tsx'];
const ui = { group: ['react', 'react-dom', 'react-*', 'react-hook-form', '@hookform/*', 'idb'], message: 'no UI or storage code here' };
const up = (...layers) => ({ group: layers.flatMap((l) => [`**/${l}/**`, `**/${l}`]), message: `imports flow one way: not ${layers.join(', ')}` });

export default tseslint.config(
  { ignores: ['dist', 'dist-cli', 'node_modules', 'scratch', 'test-results', 'coverage'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'react-hooks/refs': 'off',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  // An array spread into a call's arguments throws past about 125,000 elements (a folder of files, a long
  // text's tokens): where the array's length comes from input, a loop or concat takes any size.
  {
    files: ['src/**', 'templates/**'], ignores: tests,
    rules: {
      'no-restricted-syntax': ['error', {
        selector: 'CallExpression[callee.property.name=/^(push|unshift|splice|max|min|fromCharCode|fromCodePoint)$/] > SpreadElement',
        message: 'spreading an array into arguments throws past about 125,000 elements: loop, or concat',
      }],
    },
  },
  // A test's temporary folder is removed when its file ends (tests/temp-dir.ts): folders left behind filled /tmp.
  {
    files: [...tests, 'tests/**'], ignores: ['tests/temp-dir.ts'],
    rules: { '@typescript-eslint/no-restricted-imports': ['error', { paths: ['fs', 'node:fs', 'fs/promises', 'node:fs/promises'].map((name) => ({ name, importNames: ['mkdtemp', 'mkdtempSync'], message: 'use tempDir() from tests/temp-dir.ts: it removes the folder' })) }] },
  },
  // No import cycles anywhere: a cycle hides which way the data flows.
  {
    plugins: { 'import-x': importX },
    settings: {
      'import-x/extensions': ['.ts', '.tsx', '.js'],
      'import-x/parsers': { '@typescript-eslint/parser': ['.ts', '.tsx'] },
      'import-x/resolver-next': [createNodeResolver({ extensions: ['.ts', '.tsx', '.js', '.json'] })],
    },
    rules: { 'import-x/no-cycle': ['error', { ignoreExternal: true }] },
  },
  { files: ['src/core/**'], ignores: tests, rules: restrict([ui, up('features', 'app', 'components', 'cli', 'i18n', 'lib', 'pdf', 'templates'), { group: ['i18next', 'node:*'], message: 'core is pure: it takes a translate function, and no I/O' }]) },
  { files: ['src/i18n/**'], ignores: tests, rules: restrict([up('features', 'app', 'components', 'cli', 'lib', 'pdf', 'templates')]) },
  { files: ['src/lib/**'], rules: restrict([up('features', 'app', 'cli', 'components', 'pdf', 'templates')]) },
  { files: ['src/components/**'], rules: restrict([up('features', 'app', 'cli', 'pdf', 'templates')]) },
  { files: ['src/features/drafts/**'], rules: restrict([up('follow-up', 'app', 'cli', 'wizard', 'pdf-export', 'review', 'check-file')]) },
  { files: ['src/features/wizard/**'], rules: restrict([up('follow-up', 'app', 'cli', 'drafts', 'pdf-export', 'review', 'check-file')]) },
  { files: ['src/features/pdf-export/**'], rules: restrict([up('follow-up', 'app', 'cli', 'drafts', 'wizard', 'review', 'check-file')]) },
  { files: ['src/features/review/**'], rules: restrict([up('follow-up', 'app', 'cli', 'drafts', 'wizard', 'pdf-export', 'check-file')]) },
  { files: ['src/features/check-file/**'], rules: restrict([up('app', 'cli', 'drafts', 'wizard', 'pdf-export', 'review', 'follow-up')]) },
  { files: ['src/features/follow-up/**'], rules: restrict([up('app', 'cli', 'drafts', 'wizard', 'pdf-export', 'review', 'check-file')]) },
  { files: ['src/pdf/**'], rules: restrict([ui, up('features', 'app', 'components', 'cli', 'lib')]) },
  { files: ['src/cli/**'], rules: restrict([ui, up('features', 'app', 'components', 'lib')]) },
  // The app loads a language's words when it needs them: the packs of all six are for Node and the tests only.
  {
    files: ['src/app/**', 'src/features/**', 'src/components/**', 'src/lib/**', 'src/pdf/render-pdf-browser.ts'], ignores: tests,
    rules: { '@typescript-eslint/no-restricted-imports': ['error', { patterns: [{ group: ['**/i18n/all-language-packs'], message: 'the app loads language packs on demand (load-language-pack.ts)' }] }] },
  },
  // Templates are pure functions of core data: no translation machinery, no storage, no renderer.
  { files: ['templates/**'], ignores: tests, rules: restrict([ui, up('features', 'app', 'components', 'cli', 'lib', 'i18n', 'pdf')]) },
  // …and they print what the document model says: what is missing and which article applies is decided in core, once.
  {
    files: ['templates/**'], ignores: tests,
    rules: { '@typescript-eslint/no-restricted-imports': ['error', { patterns: [{ group: ['**/core/catalogue/catalogue'], allowTypeImports: true, message: 'templates read the document model, not the catalogue' }] }] },
  },
);
