import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { builtinModules } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'esbuild';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dialect } from '../src/db/dialect.js';
import { buildOptions, buildServer, root, runRoster } from './process-harness.js';

// `npm start` runs the compiled server (dist/main.js). These tests build it as `npm start` does and
// start it as a process: settings it cannot start with get one clear line and a non-zero exit.
// Each process is given its own settings (a SQLite file, or an unreachable server), whatever the
// pass: the file runs once, in the SQLite pass, rather than twice the same.

let dir: string;

/** dist/main.js on a free port and a database of its own, in `cwd`, until it serves or exits. */
const start = (env: Record<string, string>, cwd = dir) => runRoster({ PORT: '0', DATABASE_URL: join(dir, 'roster.db'), ...env }, cwd);

const refusedWith = async (env: Record<string, string>, setting: string) => {
  const { code, stderr, stdout } = await start(env);
  expect(code).toBe(1);
  expect(stdout()).toBe('');
  expect(stderr().trim().split('\n'), stderr()).toHaveLength(1);
  expect(stderr()).toMatch(new RegExp(`^Roster cannot start: ${setting}: `));
  return stderr().trim();
};

describe.skipIf(dialect !== 'sqlite')('starting the compiled server', () => {
  beforeAll(async () => {
    await buildServer();
    dir = mkdtempSync(join(tmpdir(), 'roster-start-'));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('serves with valid settings, and stops on SIGTERM', async () => {
    const { code, stdout, child, exited } = await start({});
    expect(code).toBeNull();
    expect(stdout()).toMatch(/^Roster is serving http:\/\/localhost:\d+\/graphql .*; database .*; mail outbox and log only/);
    child.kill('SIGTERM');
    expect(await exited).toBe(0);
  });

  it('names its SMTP server in the banner, without its password', async () => {
    const { stdout, child, exited } = await start({ SMTP_URL: 'smtp://mailer:s3cret@127.0.0.1:2525' });
    expect(stdout()).toMatch(/; mail SMTP smtp:\/\/mailer:\*\*\*@127\.0\.0\.1:2525/);
    expect(stdout()).not.toContain('s3cret');
    child.kill('SIGTERM');
    expect(await exited).toBe(0);
  });

  it('never prints a database password', async () => {
    for (const url of ['postgres://roster:s3cret@127.0.0.1:1/roster', 'mysql://roster:s3cret@localhost/roster']) {
      const { code, stderr } = await start({ DATABASE_URL: url });
      expect(code).toBe(1);
      expect(stderr()).toMatch(/^Roster cannot start: DATABASE_URL: /);
      expect(stderr()).not.toContain('s3cret');
    }
    const redis = await start({ REDIS_URL: 'http://roster:s3cret@127.0.0.1:6379' });
    expect(redis.stderr()).toMatch(/^Roster cannot start: REDIS_URL: /);
    expect(redis.stderr()).not.toContain('s3cret');
  });

  it('a taken port: one line naming PORT', async () => {
    const taken = createServer().listen(0);
    await new Promise((done) => taken.once('listening', done));
    const port = (taken.address() as { port: number }).port;
    try {
      expect(await refusedWith({ PORT: String(port) }, 'PORT')).toContain(`${port} is already in use`);
    } finally {
      taken.close();
    }
  });

  it('an unopenable database path: one line naming DATABASE_URL', async () => {
    const file = join(dir, 'a-file');
    writeFileSync(file, '');
    await refusedWith({ DATABASE_URL: join(file, 'roster.db') }, 'DATABASE_URL');
    await refusedWith({ DATABASE_URL: 'mysql://localhost/roster' }, 'DATABASE_URL');
    // An unreachable PostgreSQL, and an unreachable Redis, are one line each too.
    await refusedWith({ DATABASE_URL: 'postgres://nobody@127.0.0.1:1/roster' }, 'DATABASE_URL');
    await refusedWith({ REDIS_URL: 'redis://127.0.0.1:1' }, 'REDIS_URL');
  });

  it.each([
    ['PORT', '70000'],
    ['PORT', 'http'],
    ['PUBLIC_URL', 'localhost:4000'],
    ['INVITE_TTL_DAYS', '0'],
    ['SESSION_TTL_DAYS', '-1'],
    ['INVITE_EXPIRY_CHECK_SECONDS', '100000'],
    ['PASSWORD_HASH_COST', '21'],
    ['PASSWORD_HASH_COST', '12.5'],
    ['DATABASE_POOL_SIZE', '1'],
    ['DATABASE_STATEMENT_TIMEOUT_MS', '10'],
    ['REDIS_URL', 'localhost:6379'],
    ['SHUTDOWN_GRACE_SECONDS', '-5'],
    ['MAIL_FROM', 'Roster\r\nBcc: x@example.com <a@example.com>'],
    ['VERIFY_LINK_TTL_HOURS', '0'],
    ['RESET_LINK_TTL_MINUTES', '100000'],
    ['EMAILS_PER_ADDRESS_PER_HOUR', '0'],
    ['EMAILS_PER_CLIENT_PER_HOUR', '2.5'],
    ['QUERY_MAX_DEPTH', '0'],
    ['PUBLIC_QUERY_MAX_ALIASES', 'many'],
    ['RATE_LIMIT_LOGIN_PER_EMAIL', '10'],
    ['CORS_ORIGINS', 'https://ok.example,evil.example/path'],
    ['GRAPHIQL', 'maybe'],
    ['WS_MAX_MESSAGE_BYTES', '10'],
    ['SESSION_IDLE_DAYS', '0'],
    ['SMTP_URL', 'mail.example.com:25'],
  ])('an invalid %s (%s): one line naming it', async (setting, value) => {
    await refusedWith({ [setting]: value }, setting);
  });

  it('reads ./.env, with variables already set taking precedence', async () => {
    const project = mkdtempSync(join(dir, 'env-'));
    writeFileSync(join(project, '.env'), `DATABASE_URL=file:./from-dotenv.db\nPASSWORD_HASH_COST=99\n`);
    // Set (even empty, meaning "the default"), the environment wins: .env's invalid cost is not read.
    const started = await start({ DATABASE_URL: '', PASSWORD_HASH_COST: '' }, project);
    expect(started.code).toBeNull();
    started.child.kill();
    // Unset, the values come from .env.
    const fromFile = await runRoster({ PORT: '0' }, project);
    expect(fromFile.stderr().trim()).toBe('Roster cannot start: PASSWORD_HASH_COST: must be a whole number from 10 to 20, got "99"');
  });

  it('imports only runtime dependencies, so `npm ci --omit=dev && npm start` works', async () => {
    const result = await build({ ...buildOptions, absWorkingDir: root, write: false, metafile: true });
    const { dependencies } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
    const packages = new Set(
      Object.values(result.metafile!.outputs)
        .flatMap((output) => output.imports)
        .filter((imported) => imported.external && !imported.path.startsWith('node:') && !builtinModules.includes(imported.path))
        .map((imported) =>
          imported.path
            .split('/')
            .slice(0, imported.path.startsWith('@') ? 2 : 1)
            .join('/'),
        ),
    );
    expect(packages.size).toBeGreaterThan(3);
    for (const name of packages) expect(Object.keys(dependencies), name).toContain(name);
  });
});
