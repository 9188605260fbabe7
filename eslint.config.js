import js from '@eslint/js';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  {
    ignores: [
      'dist/',
      'coverage/',
      'node_modules/',
      'src/generated/',
      'src/store/*/migrations/',
      'tmp/',
      'packages/*/dist/',
      'packages/client/src/generated/',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['src/**'],
    ignores: ['src/store/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['drizzle-orm', 'drizzle-orm/*', 'drizzle-kit', 'better-sqlite3', 'pg', 'pg-*'],
              message: 'Only src/store/ talks to the database (through openStore and its interfaces).',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['src/engine/**', 'src/providers/**', 'src/store/**', 'src/retrieval/**', 'src/handlers/**'],
    rules: {
      'no-restricted-syntax': [
        'error',
        {
          selector: "ImportDeclaration[source.value='express']",
          message: 'Only src/server/ and src/generated/ know express.',
        },
      ],
    },
  },
);
