import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

/**
 * Imports flow one way: core (the law and pure logic) ← components/lib ← features ← app.
 * The CLI and the PDF templates use core only. Features never import each other; the app composes them.
 */
const restrict = (patterns) => ({ 'no-restricted-imports': ['error', { patterns }] });
const ui = { group: ['react', 'react-dom', 'react-*', 'react-hook-form', '@hookform/*', 'idb'], message: 'no UI or storage code here' };
const up = (...layers) => ({ group: layers.flatMap((l) => [`**/${l}/**`, `**/${l}`]), message: `imports flow one way: not ${layers.join(', ')}` });

export default tseslint.config(
  { ignores: ['dist', 'node_modules', 'scratch', 'test-results', 'coverage'] },
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
  { files: ['src/core/**'], rules: restrict([ui, up('features', 'app', 'components', 'cli', 'i18n', 'lib'), { group: ['i18next'], message: 'core takes a translate function' }]) },
  { files: ['src/components/**', 'src/lib/**'], rules: restrict([up('features', 'app', 'cli')]) },
  { files: ['src/features/drafts/**'], rules: restrict([up('app', 'cli', 'wizard', 'pdf-export', 'review', 'check-file')]) },
  { files: ['src/features/wizard/**'], rules: restrict([up('app', 'cli', 'drafts', 'pdf-export', 'review', 'check-file')]) },
  { files: ['src/features/pdf-export/**'], rules: restrict([up('app', 'cli', 'drafts', 'wizard', 'review', 'check-file')]) },
  { files: ['src/features/review/**'], rules: restrict([up('app', 'cli', 'drafts', 'wizard', 'pdf-export', 'check-file')]) },
  { files: ['src/features/check-file/**'], rules: restrict([up('app', 'cli', 'drafts', 'wizard', 'pdf-export', 'review')]) },
  { files: ['src/pdf/**'], rules: restrict([up('features', 'app', 'components', 'cli')]) },
  { files: ['src/cli/**', 'templates/**'], rules: restrict([ui, up('features', 'app', 'components')]) },
);
