import { defineConfig } from 'vitest/config';

/**
 * Files that load the machine themselves (the benchmark's smoke run) or stop and start servers and
 * processes on a clock (outages, crashes, shutdowns): they run one at a time, after every other
 * file, so that neither they nor the rest see the other's load.
 */
const ALONE = ['test/bench.test.ts', 'test/outages.test.ts', 'test/chaos.test.ts', 'test/crash.test.ts', 'test/processes.test.ts'];

/**
 * The fast subset, `npm run test:unit` (docs/development.md): the schema, its guards, the
 * permission catalog and its decisions, input validation and errors, and other files that need
 * neither PostgreSQL nor Redis (their servers run on SQLite) and take a few seconds each. They are
 * a project of their own, part of every full run like the rest: a file is in exactly one project.
 */
const UNIT = [
  'test/schema.test.ts',
  'test/guards.test.ts',
  'test/catalog.test.ts',
  'test/docs.test.ts',
  'test/vocabulary.test.ts',
  'test/permission-rules.test.ts',
  'test/asking.test.ts',
  'test/errors.test.ts',
  'test/mail.test.ts',
  'test/auth.test.ts',
  'test/invites.test.ts',
  'test/tenancy.test.ts',
  'test/journey.test.ts',
  'test/inventory/audit.test.ts',
  'test/inventory/catalog.test.ts',
  'test/inventory/replenishment.test.ts',
  'test/inventory/open-to-buy.test.ts',
  'test/inventory/billing-sync.test.ts',
  'test/inventory/reports.test.ts',
  'test/inventory/wholesale.test.ts',
  'test/inventory/purchasing.test.ts',
  'test/joor/order-divisions.test.ts',
  'test/joor/order-discounts.test.ts',
];

/**
 * Files of `unit` and `together` share their worker's modules (`isolate: false`): the schema, the
 * drizzle tables and the rest of src/ are imported once per worker instead of once per file (about
 * a third of a pass went to imports). Each file still starts servers and databases of its own; no
 * test mocks a module or changes process.env, and spies are restored. test/policies.test.ts adds two
 * probe mutations to the shared builder after the schema is built: a test that builds a schema of
 * its own would see them. The `alone` files keep a fresh module graph each.
 */
export default defineConfig({
  // Node loads graphql's CommonJS build for graphql-yoga; Vite would pick its ESM build for our code.
  // Two copies break `instanceof GraphQLError`, so typed errors would be masked: use one copy.
  resolve: { alias: [{ find: /^graphql$/, replacement: 'graphql/index.js' }] },
  test: {
    testTimeout: 30_000,
    hookTimeout: 30_000,
    env: { NODE_ENV: 'test' },
    projects: [
      { extends: true, test: { name: 'unit', include: UNIT, isolate: false, sequence: { groupOrder: 0 } } },
      {
        extends: true,
        test: {
          name: 'together',
          include: ['test/**/*.test.ts'],
          exclude: [...UNIT, ...ALONE],
          isolate: false,
          sequence: { groupOrder: 0 },
        },
      },
      { extends: true, test: { name: 'alone', include: ALONE, fileParallelism: false, sequence: { groupOrder: 1 } } },
    ],
  },
});
