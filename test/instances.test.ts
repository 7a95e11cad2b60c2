import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dialect } from '../src/db/dialect.js';
import { announceExpiredInvites } from '../src/modules/invites/expiry.js';
import { PASSWORD, type SignedUp, type TestServer, addMember, signUp, startServer, uniqueEmail } from './harness.js';
import { connectWs, watchSubscriptions, whenConnected } from './live-harness.js';
import { graphql, ok, run } from './kit/index.js';

// Several Roster instances on one PostgreSQL database (and, when REDIS_URL is set, one Redis): the
// rules that a single SQLite writer gives for free hold across instances, and events cross them.
// SQLite serves one instance (several processes could share the file, but not its events), so on the
// SQLite pass the same races run through one instance.

const SET = graphql(`
  mutation InstancesSet($id: ID!, $permissions: [PermissionKey!]!) {
    updateUserPermissions(input: { userId: $id, permissions: $permissions }) {
      id
    }
  }
`);

describe(dialect === 'pg' ? 'two instances on one database' : 'one SQLite instance, concurrent requests', () => {
  let first: TestServer;
  let second: TestServer;
  beforeAll(async () => {
    first = await startServer();
    second = dialect === 'pg' ? await startServer({ sameDatabaseAs: first }) : first;
  });
  afterAll(async () => {
    if (second !== first) await second.close();
    await first.close();
  });

  it('two managers demoting the last two full-access members at once, through two instances: exactly one succeeds', async () => {
    for (let round = 0; round < 5; round++) {
      const ada = await signUp(first, `Race ${round}`, 'Ada Admin');
      const bea = await addMember(first, ada, ['FULL_ACCESS'], 'Bea Admin');
      const [demoteBea, demoteAda] = await Promise.all([
        run(first, SET, { id: bea.userId, permissions: ['OVERVIEW'] }, ada.token),
        run(second, SET, { id: ada.userId, permissions: ['OVERVIEW'] }, bea.token),
      ]);
      const succeeded = [demoteBea, demoteAda].filter((response) => !response.errors);
      expect(succeeded, JSON.stringify([demoteBea.errors, demoteAda.errors])).toHaveLength(1);
      const refused = [demoteBea, demoteAda].find((response) => response.errors)!;
      // Refused either because the other demotion took the caller's full access first, or because
      // the target is by then the last full-access user.
      expect(['FORBIDDEN', 'CONFLICT']).toContain(refused.errors![0]!.extensions?.code);
      const survivor = demoteBea.errors ? bea : ada;
      const { users } = await ok(
        second,
        graphql(`
          query InstancesUsers {
            users {
              nodes {
                id
                permissions {
                  fullAccess
                }
              }
            }
          }
        `),
        {},
        survivor.token,
      );
      expect(users.nodes.filter((user) => user.permissions!.fullAccess)).toHaveLength(1);
    }
  });

  it('two sign-ups for one email verified at once, through two instances: one login, the other told CONFLICT', async () => {
    const email = uniqueEmail('twice');
    const SIGN_UP = graphql(`
      mutation InstancesSignUp($input: SignUpInput!) {
        signUp(input: $input) {
          email
        }
      }
    `);
    const VERIFY = graphql(`
      mutation InstancesVerify($input: VerifyEmailInput!) {
        verifyEmail(input: $input) {
          token
        }
      }
    `);
    const tokens: string[] = [];
    for (const accountName of ['One', 'Two']) {
      await ok(first, SIGN_UP, { input: { accountName, name: 'Tess Twice', email, password: PASSWORD } });
      tokens.push(await first.linkToken(email, '/verify-email'));
    }
    const verify = (server: TestServer, token: string) => run(server, VERIFY, { input: { token, password: PASSWORD } });
    const answers = await Promise.all([verify(first, tokens[0]!), verify(second, tokens[1]!)]);
    expect(answers.filter((answer) => !answer.errors)).toHaveLength(1);
    const refused = answers.find((answer) => answer.errors)!;
    // The winner's login makes the other link moot (used), unless it was read just before.
    expect(['CONFLICT', 'LINK_EXPIRED']).toContain(refused.errors![0]!.extensions!.code);
  });

  it('an expired invite is announced exactly once, whichever instances look', async () => {
    const admin = await signUp(first);
    await ok(
      first,
      graphql(`
        mutation InstancesInviteUser($email: String!) {
          inviteUser(input: { email: $email }) {
            id
          }
        }
      `),
      { email: uniqueEmail() },
      admin.token,
    );
    first.clock.advanceDays(8);
    if (second !== first) second.clock.advanceDays(8);
    const announced = await Promise.all([announceExpiredInvites(first.roster.app), announceExpiredInvites(second.roster.app)]);
    expect(announced[0] + announced[1]).toBeGreaterThanOrEqual(1);
    const { auditLog } = await ok(
      second,
      graphql(`
        query InstancesAuditLog {
          auditLog {
            nodes {
              action
            }
          }
        }
      `),
      {},
      admin.token,
    );
    expect(auditLog.nodes.filter((entry: { action: string }) => entry.action === 'INVITE_EXPIRED')).toHaveLength(1);
  });
});

describe.skipIf(dialect !== 'pg' || !process.env.REDIS_URL)('events across instances (Redis)', () => {
  let first: TestServer;
  let second: TestServer;
  let admin: SignedUp;
  beforeAll(async () => {
    first = await startServer();
    second = await startServer({ sameDatabaseAs: first });
    admin = await signUp(first);
  });
  afterAll(async () => {
    await second.close();
    await first.close();
  });

  it('a subscriber on one instance hears a change made through the other within a second', async () => {
    const member = await addMember(first, admin, ['OVERVIEW']);
    const watching = watchSubscriptions(second);
    const ws = connectWs(second, { authorization: `Bearer ${member.token}` });
    try {
      const sub = ws.subscribe(`subscription { myPermissionsChanged { cause permissionsAdded } }`);
      await watching.until('member:permissions', member.userId);
      const sent = Date.now();
      await ok(first, SET, { id: member.userId, permissions: ['OVERVIEW', 'OVERSTOCK'] }, admin.token);
      const event = await sub.results.next();
      expect(Date.now() - sent).toBeLessThan(1000);
      expect(event.data.myPermissionsChanged).toEqual({ cause: 'PERMISSIONS_EDITED', permissionsAdded: ['OVERSTOCK'] });
    } finally {
      await ws.dispose();
    }
  });

  it('another deployment sharing the Redis (a copy restored with the same ids) is never heard', async () => {
    const copy = await startServer(); // a database of its own, the same REDIS_URL
    const watching = watchSubscriptions(second);
    const ws = connectWs(second, { authorization: `Bearer ${admin.token}` });
    try {
      const sub = ws.subscribe(`subscription { accountMembershipChanged { id action } }`);
      await watching.until('account:membership', admin.accountId);
      const at = new Date().toISOString();
      const foreign = {
        id: 'from-the-copy',
        accountId: admin.accountId,
        action: 'USER_DELETED',
        actorId: null,
        targetId: null,
        inviteId: null,
        at,
      };
      copy.roster.app.pubsub.publish('account:membership', admin.accountId, foreign as never);
      await addMember(first, admin, ['OVERVIEW']);
      const event = await sub.results.next();
      expect(event.data.accountMembershipChanged.id).not.toBe('from-the-copy');
      expect(event.data.accountMembershipChanged.action).toBe('INVITE_SENT');
    } finally {
      await ws.dispose();
      await copy.close();
    }
  });

  it('a session logged out through one instance is rejected by the other at once, and its socket there closes with 4401', async () => {
    const member = await addMember(first, admin, ['OVERVIEW']);
    const watching = watchSubscriptions(second);
    const ws = connectWs(second, { authorization: `Bearer ${member.token}` });
    const connected = whenConnected(ws);
    ws.subscribe(`subscription { myPermissionsChanged { cause sessionEnded } }`);
    await connected;
    await watching.until('member:permissions', member.userId);
    await ok(
      first,
      graphql(`
        mutation InstancesLogout {
          logout
        }
      `),
      {},
      member.token,
    );
    const closed = await Promise.race([ws.closed, new Promise((resolve) => setTimeout(() => resolve('open'), 2000))]);
    expect(closed).toEqual({ code: 4401, reason: 'Session ended: logout' });
    const again = await run(
      second,
      graphql(`
        query InstancesMe {
          me {
            name
          }
        }
      `),
      {},
      member.token,
    );
    expect(again.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    // Signing in again works on either instance.
    const login = await ok(
      second,
      graphql(`
        mutation InstancesLogin($input: LoginInput!) {
          login(input: $input) {
            token
          }
        }
      `),
      {
        input: { email: member.email, password: PASSWORD },
      },
    );
    expect(login.login.token).toBeTruthy();
  });
});

describe('probes', () => {
  it('/health answers while the process lives; /ready answers 503 once the database is unreachable', async () => {
    const server = await startServer();
    const probe = async (path: string) => {
      const response = await fetch(server.roster.url.replace('/graphql', path));
      return [response.status, await response.json()];
    };
    try {
      expect(await probe('/health')).toEqual([200, { status: 'ok' }]);
      expect(await probe('/ready')).toEqual([200, { status: 'ready' }]);
      await server.roster.app.db.close();
      server.expectLoggedErrors();
      expect(await probe('/ready')).toEqual([503, { status: 'unavailable' }]);
      expect(server.loggedErrors.at(-1)).toMatch(/^not ready/);
      expect(await probe('/health')).toEqual([200, { status: 'ok' }]);
    } finally {
      await server.close();
    }
  });
});
