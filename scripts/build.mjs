// Compiles the server to dist/main.js for `npm start`, or an operator tool (`roster`, `backup`) to
// dist/tools/<name>.js: one ES module each, dependencies left as imports. Plain JavaScript, so a
// production install (`npm ci --omit=dev`) can run them. esbuild strips types; `npm test` type-checks.
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

const TOOLS = ['roster', 'backup'];

if (import.meta.url === `file://${process.argv[1]}`) {
  const tool = process.argv[2];
  if (tool && !TOOLS.includes(tool)) throw new Error(`build.mjs builds the server, or one of: ${TOOLS.join(', ')}`);
  await build(tool ? { ...options, entryPoints: [`scripts/${tool}.ts`], outfile: `dist/tools/${tool}.js` } : options);
}
