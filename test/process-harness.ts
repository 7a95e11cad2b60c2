import { type ChildProcess, spawn } from 'node:child_process';
import { join, resolve } from 'node:path';
import { build } from 'esbuild';
import { Redis } from 'ioredis';
// @ts-expect-error: plain JavaScript, so that a production install can run it
import { options } from '../scripts/build.mjs';
import { eventChannel, redisNamespace } from '../src/modules/live/redis.js';

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

export type ServingProcess = RosterProcess & { url: string };

/** Starts `node dist/main.js` on a free port and resolves once it serves. */
export async function startProcess(env: Record<string, string>): Promise<ServingProcess> {
  const instance = await runRoster({ PORT: '0', PASSWORD_HASH_COST: '10', ...env });
  if (!instance.url) throw new Error(`Roster did not start:\n${instance.stdout()}${instance.stderr()}`);
  return instance as ServingProcess;
}

/** A GraphQL request to a process, as any client sends it. */
export async function processGql(instance: { url: string }, query: string, variables: Record<string, unknown> = {}, token?: string) {
  const response = await fetch(instance.url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  return (await response.json()) as { data?: any; errors?: Array<{ message: string; extensions?: { code?: string } }> };
}

/** The token of the last link to `page` the process's log (JSON lines) shows mailed to `email`, waited for. */
export async function tokenFromLog(instance: RosterProcess, email: string, page: string): Promise<string> {
  const token = () =>
    instance
      .stdout()
      .split('\n')
      .filter((line) => line.startsWith('{'))
      .map((line) => JSON.parse(line) as { message: string; to?: string; links?: string[] })
      .filter((entry) => entry.message === 'mail' && entry.to === email)
      .flatMap((entry) => entry.links ?? [])
      .map((link) => new URL(link))
      .filter((link) => link.pathname === page)
      .at(-1)
      ?.searchParams.get('token');
  for (let tries = 0; !token() && tries < 200; tries++) await new Promise((done) => setTimeout(done, 20));
  if (!token()) throw new Error(`no ${page} link to ${email} in the log`);
  return token()!;
}

/** Signs up as docs/getting-started.md says, reading the verification link from the log; returns the session token. */
export async function signUpThroughLog(instance: ServingProcess, email: string, password = 'correct horse'): Promise<string> {
  const SIGN_UP = `mutation ($email: String!, $password: String!) { signUp(input: { accountName: "Acme", name: "Ada", email: $email, password: $password }) { email } }`;
  const asked = await processGql(instance, SIGN_UP, { email, password });
  if (asked.errors) throw new Error(JSON.stringify(asked.errors));
  const token = await tokenFromLog(instance, email, '/verify-email');
  const VERIFY = `mutation ($token: String!, $password: String!) { verifyEmail(input: { token: $token, password: $password }) { token } }`;
  const verified = await processGql(instance, VERIFY, { token, password });
  if (verified.errors) throw new Error(JSON.stringify(verified.errors));
  return verified.data.verifyEmail.token;
}

/**
 * Resolves once some instance on the database at `databaseUrl` listens for `event` (a pub/sub topic
 * and its id, such as `member:permissions:<id>`) in the Redis at `redisUrl`: a subscription made over
 * a socket is handled asynchronously, so a test waits for it before it causes the change.
 */
export async function listeningOn(redisUrl: string, databaseUrl: string, event: string, timeoutMs = 15_000): Promise<void> {
  const channel = eventChannel(redisNamespace(databaseUrl), event);
  const redis = new Redis(redisUrl);
  try {
    for (const started = Date.now(); Date.now() - started < timeoutMs; await new Promise((done) => setTimeout(done, 20))) {
      const [, listeners] = (await redis.pubsub('NUMSUB', channel)) as [string, number];
      if (listeners > 0) return;
    }
    throw new Error(`nobody listens on ${channel} within ${timeoutMs} ms`);
  } finally {
    redis.disconnect();
  }
}
