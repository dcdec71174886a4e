// @ts-check
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import { inlineTextSelectors, messageFiles, textCheckedFiles } from './eslint/texts-rules.js';

export default tseslint.config(
  { ignores: ['node_modules', 'data', 'coverage', 'docs'] },
  js.configs.recommended,
  ...tseslint.configs.strictTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/switch-exhaustiveness-check': 'error',
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/restrict-template-expressions': ['error', { allowNumber: true }],
      '@typescript-eslint/no-unnecessary-condition': 'off',
      '@typescript-eslint/no-confusing-void-expression': 'off',
      // Fastify handlers and hooks are async by contract, awaiting or not.
      '@typescript-eslint/require-await': 'off',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
    },
  },
  ...(textCheckedFiles.length === 0
    ? []
    : [
        {
          files: textCheckedFiles,
          ignores: messageFiles,
          rules: { 'no-restricted-syntax': ['error', ...inlineTextSelectors] },
        },
      ]),
  {
    files: ['**/*.js', '**/*.mjs'],
    ...tseslint.configs.disableTypeChecked,
    languageOptions: {
      parserOptions: { projectService: false },
      globals: { process: 'readonly', console: 'readonly' },
    },
  },
);
