import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type TestDatabase, createTestDatabase } from './databases.js';
import { type TestServer, startServer } from './harness.js';
import { root } from './process-harness.js';
import { graphql, ok, run } from './kit/index.js';

// Issue 11: the operator CLI, run as docs/operations.md says (`npm run roster -- …`) on a database of its
// own, then checked through a server on that database.

const execute = promisify(execFile);
let database: TestDatabase;
let server: TestServer;

async function roster(...args: string[]) {
  const { stdout, stderr } = await execute('npm', ['run', '--silent', 'roster', '--', ...args], {
    cwd: root,
    env: { ...process.env, DATABASE_URL: database.url, PASSWORD_HASH_COST: '10' },
  });
  return { stdout, stderr };
}
const lines = (stdout: string) =>
  stdout
    .trim()
    .split('\n')
    .map((line) => JSON.parse(line));

const LOGIN = graphql(`
  mutation CliLogin($email: String!, $password: String!) {
    login(input: { email: $email, password: $password }) {
      token
      me {
        permissions {
          permissions
        }
        can(capability: MANAGE_USERS)
      }
    }
  }
`);

// Each command is built and started as an operator would (`npm run roster`): seconds each, more on
// a loaded machine, so these tests get minutes rather than the default 30 s.
const SLOW = 180_000;

beforeAll(async () => {
  database = await createTestDatabase();
  await roster('migrate');
  server = await startServer({ database });
}, SLOW);
afterAll(() => server.close());

describe('npm run roster', { timeout: SLOW }, () => {
  it('--help lists every command; an unknown one is refused with the usage', async () => {
    const { stdout } = await roster('--help');
    for (const command of ['create-account', 'reset-password', 'list-accounts', 'list-members', 'export-audit', 'migrate', 'seed-demo']) {
      expect(stdout).toContain(command);
    }
    await expect(roster('fly-to-the-moon')).rejects.toMatchObject({ code: 2, stderr: expect.stringContaining('Unknown command') });
  });

  it('seed-demo: every demo member signs in and holds exactly their shape', async () => {
    const { stdout, stderr } = await roster('seed-demo');
    expect(stderr).toMatch(/seed-demo: member \d+ of \d+/);
    const demo = JSON.parse(stdout) as { password: string; logins: Array<{ email: string; permissions: string[] }> };
    expect(demo.logins.length).toBeGreaterThanOrEqual(10);
    for (const login of demo.logins) {
      const { login: session } = await ok(server, LOGIN, { email: login.email, password: demo.password });
      expect([...session.me.permissions.permissions].sort()).toEqual([...login.permissions].sort());
      const manages = login.permissions.includes('FULL_ACCESS') || login.permissions.includes('ALLOW_MANAGE_PERMISSIONS');
      expect(session.me.can).toBe(manages);
    }
  });

  it('create-account, list-accounts, list-members, reset-password and export-audit', async () => {
    const created = lines(
      (await roster('create-account', '--name', 'Ops Co', '--owner-email', 'ops@example.com', '--owner-name', 'Oscar Ops')).stdout,
    )[0];
    expect(created).toMatchObject({ account: 'Ops Co', owner: 'ops@example.com', password: expect.any(String) });
    const accounts = lines((await roster('list-accounts')).stdout);
    expect(accounts).toContainEqual(expect.objectContaining({ id: created.accountId, name: 'Ops Co', activeMembers: 1 }));
    const members = lines((await roster('list-members', '--account', created.accountId)).stdout);
    expect(members).toEqual([expect.objectContaining({ email: 'ops@example.com', status: 'ACTIVE', permissions: ['FULL_ACCESS'] })]);

    const before = (await ok(server, LOGIN, { email: 'ops@example.com', password: created.password })).login.token;
    const reset = lines((await roster('reset-password', '--email', 'ops@example.com')).stdout)[0];
    expect(reset.sessionsEnded).toBe(1);
    expect(
      (
        await run(
          server,
          graphql(`
            query CliMe {
              me {
                name
              }
            }
          `),
          {},
          before,
        )
      ).errors?.[0]?.extensions?.code,
    ).toBe('UNAUTHENTICATED');
    expect((await run(server, LOGIN, { email: 'ops@example.com', password: reset.password })).errors).toBeUndefined();

    const json = lines((await roster('export-audit', '--account', created.accountId)).stdout);
    expect(json.map((entry) => entry.action)).toEqual(['ACCOUNT_CREATED', 'PASSWORD_RESET']);
    const csv = (await roster('export-audit', '--account', created.accountId, '--format', 'csv')).stdout.trim().split('\n');
    expect(csv[0]).toBe('createdAt,action,actorId,subjectType,subjectId,targetId,inviteId,before,after');
    expect(csv).toHaveLength(3);
  });

  it('refuses bad input with one line and the usage, never a stack', async () => {
    await expect(roster('create-account', '--name', 'X')).rejects.toMatchObject({
      code: 2,
      stderr: expect.stringContaining('--owner-email is required'),
    });
    await expect(roster('reset-password', '--email', 'nobody@example.com')).rejects.toMatchObject({
      code: 2,
      stderr: expect.stringContaining('No login uses'),
    });
  });
});
