// ESLint (flat config) over src, test, scripts, schema/client and the root config files; Prettier owns
// formatting (eslint-config-prettier, last, turns off the rules it would fight). `npm run lint`.
import js from '@eslint/js';
import prettier from 'eslint-config-prettier';
import { createTypeScriptImportResolver } from 'eslint-import-resolver-typescript';
import { importX } from 'eslint-plugin-import-x';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  {
    ignores: [
      'dist/',
      'coverage/',
      'data/',
      'backups/',
      'test-results/',
      '.readme-*/',
      'drizzle/',
      // Written by `npm run codegen` (codegen.ts).
      'schema/client/gql/',
      'test/kit/gql/',
    ],
  },
  js.configs.recommended,
  tseslint.configs.recommended,
  {
    files: ['**/*.{ts,js,mjs}'],
    plugins: { 'import-x': importX },
    settings: {
      // Which files import-x parses to follow imports (without it, it reads only .js and sees no cycle).
      'import-x/extensions': importX.flatConfigs.typescript.settings['import-x/extensions'],
      'import-x/parsers': importX.flatConfigs.typescript.settings['import-x/parsers'],
      'import-x/external-module-folders': importX.flatConfigs.typescript.settings['import-x/external-module-folders'],
      'import-x/resolver-next': [createTypeScriptImportResolver({ project: './tsconfig.json' })],
    },
    rules: {
      // The module graph must stay acyclic: a cycle makes load order (and `undefined` at import time) matter.
      'import-x/no-cycle': 'error',
      'import-x/no-duplicates': 'error',
      // Every package imported (types too) is declared; what ships (src) imports only `dependencies`.
      'import-x/no-extraneous-dependencies': ['error', { devDependencies: false, includeTypes: true }],
      // Imports used only as types say so (`import type` or inline `type`: the code uses both, by how
      // many of a module's names are types), so the build drops them and no runtime cycle hides there.
      '@typescript-eslint/consistent-type-imports': ['error', { prefer: 'type-imports', fixStyle: 'inline-type-imports' }],
      '@typescript-eslint/no-unused-vars': [
        'error',
        {
          argsIgnorePattern: '^_',
          varsIgnorePattern: '^_',
          caughtErrorsIgnorePattern: '^_',
          destructuredArrayIgnorePattern: '^_',
          ignoreRestSiblings: true,
        },
      ],
      // `any` is how the code reads untyped JSON (snapshots, GraphQL responses, driver rows); typing each is noise.
      '@typescript-eslint/no-explicit-any': 'off',
      // `x!` after a check TypeScript cannot follow (noUncheckedIndexedAccess) is the codebase's idiom.
      '@typescript-eslint/no-non-null-assertion': 'off',
      // Pothos plugins declare their types by augmenting the global `PothosSchemaTypes` namespace.
      '@typescript-eslint/no-namespace': ['error', { allowDeclarations: true }],
    },
  },
  {
    // One model, two dialects (src/db/dialect.ts): services run on SQLite and PostgreSQL alike, so the
    // SQLite driver's synchronous calls stay in src/db/sqlite.ts. (Was test/dialect.test.ts's grep.)
    files: ['src/**/*.ts'],
    ignores: ['src/db/sqlite.ts'],
    rules: {
      'no-restricted-syntax': [
        'error',
        {
          selector:
            "CallExpression[arguments.length=0][callee.type='MemberExpression'][callee.computed=false][callee.property.name=/^(get|all|run)$/]",
          message:
            'SQLite-only query call: `.get()`, `.all()` and `.run()` belong in src/db/sqlite.ts; await the query (see src/db/rows.ts).',
        },
      ],
    },
  },
  {
    // A module reaches another only through its service or its index.ts (the tables others may read),
    // never its tables.ts; tables.ts files reference each other for foreign keys, and src/db/schema.ts
    // lists them all for drizzle-kit.
    files: ['src/**/*.ts'],
    ignores: ['src/modules/*/tables.ts', 'src/modules/*/index.ts', 'src/db/schema.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              regex: '^(\\.\\./)+(modules/)?[a-z-]+/tables\\.js$',
              message: "Another module's tables.ts: import what it shares from its index.ts, or call its service.",
            },
          ],
        },
      ],
    },
  },
  {
    // Plain JavaScript (scripts/build.mjs, this file) runs on Node; TypeScript files get Node's globals from @types/node.
    files: ['**/*.{js,mjs}'],
    languageOptions: { globals: { process: 'readonly', console: 'readonly' } },
  },
  {
    // Tests, scripts and config files run from a development install.
    files: ['test/**', 'scripts/**', 'schema/**', '*.ts', '*.js', '*.mjs'],
    rules: { 'import-x/no-extraneous-dependencies': ['error', { devDependencies: true, includeTypes: true }] },
  },
  {
    // …except what a production install (`npm ci --omit=dev`) builds and runs: `npm start`, `npm run roster`, `npm run backup`.
    files: ['scripts/build.mjs', 'scripts/roster.ts', 'scripts/backup.ts'],
    rules: { 'import-x/no-extraneous-dependencies': ['error', { devDependencies: false, includeTypes: true }] },
  },
  prettier,
);
