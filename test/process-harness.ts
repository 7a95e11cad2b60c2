import { type ChildProcess, spawn } from 'node:child_process';
import { join, resolve } from 'node:path';
import { build } from 'esbuild';
// @ts-expect-error: plain JavaScript, so that a production install can run it
import { options } from '../scripts/build.mjs';

/** Roster as `npm start` runs it: dist/main.js, built here the same way, started as a process. */

export const root = resolve(import.meta.dirname, '..');

export { options as buildOptions };

/** Builds dist/main.js as `npm start` does. */
export const buildServer = () => build({ ...options, absWorkingDir: root });

export interface RosterProcess {
  child: ChildProcess;
  /** The GraphQL endpoint it serves, or null when it exited first. */
  url: string | null;
  /** Its exit code when it exited before serving; null while it runs. */
  code: number | null;
  exited: Promise<number | null>;
  stdout(): string;
  stderr(): string;
}

/** Runs dist/main.js in `cwd` with `env` (and PATH only); resolves once it serves or exits. */
export function runRoster(env: Record<string, string>, cwd = root): Promise<RosterProcess> {
  const child = spawn(process.execPath, [join(root, 'dist', 'main.js')], { cwd, env: { PATH: process.env.PATH, ...env } });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk) => (stdout += chunk));
  child.stderr.on('data', (chunk) => (stderr += chunk));
  const exited = new Promise<number | null>((done) => child.on('exit', (code) => done(code)));
  const running = { child, exited, stdout: () => stdout, stderr: () => stderr };
  return new Promise((done) => {
    child.stdout.on('data', () => {
      const url = /serving (http:\S+)/.exec(stdout)?.[1];
      if (url) done({ ...running, url, code: null });
    });
    void exited.then((code) => done({ ...running, url: null, code }));
  });
}
