import { spawn } from 'node:child_process';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { dialect } from '../src/db/dialect.js';

// The benchmark keeps working: `npm run bench -- --quick` runs every figure once, briefly. Its
// figures are not judged here (other tests share the CPUs); it fails only when a server does not
// start or a request errors. It measures SQLite whatever the pass, so it runs in the SQLite pass.
describe.skipIf(dialect !== 'sqlite')('npm run bench -- --quick', () => {
  it('runs every figure and prints the table', { timeout: 180_000 }, async () => {
    const child = spawn('npm', ['run', 'bench', '--', '--quick'], {
      cwd: resolve(import.meta.dirname, '..'),
      env: { ...process.env, CI: 'true' },
    });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    const code = await new Promise((done) => child.on('exit', done));
    expect(code, output.slice(-3000)).toBe(0);
    for (const figure of [
      '1. bare yoga',
      '3. signed in',
      '5. manager lists',
      '6. guarded write',
      '7. authorization overhead',
      '8. fan-out',
      '9. SQL statements',
      '10. start-up',
      '11. a JOOR order',
      '11. SQL statements',
      '12. metrics on',
      '13. traces on',
    ]) {
      expect(output).toContain(figure);
    }
  });
});
