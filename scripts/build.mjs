// Compiles the server to dist/main.js for `npm start`: one ES module, dependencies left as imports.
// Plain JavaScript, so a production install (`npm ci --omit=dev`) can run it. esbuild strips types;
// `npm test` type-checks.
import { build } from 'esbuild';

export const options = {
  entryPoints: ['src/main.ts'],
  outfile: 'dist/main.js',
  bundle: true,
  packages: 'external',
  platform: 'node',
  format: 'esm',
  target: 'node20',
  sourcemap: true,
  logLevel: 'warning',
};

if (import.meta.url === `file://${process.argv[1]}`) await build(options);
