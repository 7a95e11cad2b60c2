import { defineConfig } from 'vitest/config';

/**
 * Files that load the machine themselves (the benchmark's smoke run) or stop and start servers and
 * processes on a clock (outages, crashes, shutdowns): they run one at a time, after every other
 * file, so that neither they nor the rest see the other's load.
 */
const ALONE = ['test/bench.test.ts', 'test/outages.test.ts', 'test/chaos.test.ts', 'test/crash.test.ts', 'test/processes.test.ts'];

export default defineConfig({
  // Node loads graphql's CommonJS build for graphql-yoga; Vite would pick its ESM build for our code.
  // Two copies break `instanceof GraphQLError`, so typed errors would be masked: use one copy.
  resolve: { alias: [{ find: /^graphql$/, replacement: 'graphql/index.js' }] },
  test: {
    testTimeout: 30_000,
    hookTimeout: 30_000,
    env: { NODE_ENV: 'test' },
    projects: [
      { extends: true, test: { name: 'together', include: ['test/**/*.test.ts'], exclude: ALONE, sequence: { groupOrder: 0 } } },
      { extends: true, test: { name: 'alone', include: ALONE, fileParallelism: false, sequence: { groupOrder: 1 } } },
    ],
  },
});
