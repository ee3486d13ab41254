import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import tseslint from 'typescript-eslint';

/** Folders that stay leaves: they may import no domain or feature of the app. */
const leafRules = (group, message) => ({ 'no-restricted-imports': ['error', { patterns: [{ group, message }] }] });

export default tseslint.config(
  {
    ignores: [
      '**/node_modules/**',
      '**/dist/**',
      '.data/**',
      'web/src/gql/**',
      'api/src/database/migrations/**',
      'test/artifacts/**',
      'test/bench/results/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { ecmaVersion: 2023, sourceType: 'module', globals: { console: 'readonly', process: 'readonly' } },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/consistent-type-definitions': ['error', 'type'],
      '@typescript-eslint/consistent-type-imports': [
        'error',
        { prefer: 'type-imports', fixStyle: 'inline-type-imports', disallowTypeAnnotations: false },
      ],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      eqeqeq: ['error', 'always', { null: 'ignore' }],
      'no-restricted-syntax': [
        'error',
        { selector: 'TSEnumDeclaration', message: 'Use a string-literal union (GraphQL enums: a const object with registerEnumType).' },
      ],
      'no-restricted-exports': [
        'error',
        { restrictDefaultExports: { direct: true, named: true, defaultFrom: true, namedFrom: true, namespaceFrom: true } },
      ],
    },
  },
  {
    // Type-aware rules: promises that are neither awaited nor handled, and switches that miss a case.
    files: ['**/*.ts', '**/*.tsx'],
    ignores: ['**/*.config.ts', 'web/codegen.ts'],
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-misused-promises': ['error', { checksVoidReturn: { attributes: false } }],
      '@typescript-eslint/await-thenable': 'error',
      '@typescript-eslint/switch-exhaustiveness-check': ['error', { considerDefaultExhaustiveForUnions: true }],
    },
  },
  {
    files: ['web/src/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: reactHooks.configs.recommended.rules,
  },
  {
    // NestJS injects by the runtime class named in the constructor, so those imports must stay value imports.
    files: ['api/src/**/*.ts', 'api/test/**/*.ts'],
    rules: { '@typescript-eslint/consistent-type-imports': 'off' },
  },
  {
    files: ['api/src/common/**/*.ts'],
    rules: leafRules(['../*', '!../common', '!../common/*'], 'common/ is shared by every domain and imports none of them.'),
  },
  {
    files: ['web/src/ui/**/*.{ts,tsx}'],
    rules: leafRules(['../*', '!../ui', '!../ui/*', '!../gql', '!../gql/*'], 'ui/ holds shared components and imports no feature.'),
  },
  {
    files: ['packages/standard/src/**/*.ts'],
    ignores: ['packages/standard/src/**/*.spec.ts'],
    rules: leafRules(
      ['@ocmf/*', '@nestjs/*', 'react', 'react-dom', 'typeorm', 'node:*'],
      'packages/standard is pure: no framework, no IO.',
    ),
  },
  {
    // Tool configuration files are loaded by their tools through a default export.
    files: ['**/*.config.{js,ts}', '**/codegen.ts', 'eslint.config.js', 'api/test/support/global-*.ts'],
    rules: { 'no-restricted-exports': 'off' },
  },
);
