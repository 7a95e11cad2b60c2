import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type GraphQLResponse, PASSWORD, type SignedUp, type TestServer, addMember, signUp, startServer, uniqueEmail } from './harness.js';
import { graphql, ok, run } from './kit/index.js';

// Tenant isolation: from one account, every record of another account does not exist (NOT_FOUND,
// never FORBIDDEN, never data), lists never show it, and attempts on it change nothing. And one
// person can belong to several accounts with one login and per-account permissions.

const LOGIN = graphql(`
  mutation TenancyLogin($input: LoginInput!) {
    login(input: $input) {
      token
      me {
        account {
          id
        }
      }
    }
  }
`);
const INVITE = graphql(`
  mutation TenancyInvite($input: InviteUserInput!) {
    inviteUser(input: $input) {
      id
    }
  }
`);
const ACCEPT = graphql(`
  mutation TenancyAccept($input: AcceptInviteInput!) {
    acceptInvite(input: $input) {
      token
      me {
        personId
        account {
          id
        }
      }
    }
  }
`);
const SWITCH = graphql(`
  mutation TenancySwitch($id: ID!) {
    switchAccount(accountId: $id) {
      account {
        id
      }
      permissions {
        fullAccess
        permissions
      }
    }
  }
`);
const DELETE = graphql(`
  mutation TenancyDelete($id: ID!) {
    deleteUser(userId: $id) {
      id
      status
    }
  }
`);
const ME = graphql(`
  query TenancyMe {
    me {
      personId
      account {
        id
      }
      accounts {
        id
      }
      permissions {
        fullAccess
        permissions
      }
    }
  }
`);

/** Everything an account's admin can see of it, for before/after comparisons and leak checks. */
const ACCOUNT_STATE = graphql(`
  query TenancyAccountState {
    account {
      id
      name
      wholesaleEnabled
    }
    users(first: 100) {
      totalCount
      nodes {
        id
        name
        email
        status
        deletedAt
        permissions {
          fullAccess
          permissions
        }
      }
    }
    invites(first: 100) {
      totalCount
      nodes {
        id
        email
        name
        status
        permissions
        sentCount
        expiresAt
        lastSentAt
        revokedAt
        acceptedAt
      }
    }
    auditLog(first: 100) {
      totalCount
      nodes {
        id
        action
        before
        after
        at
        actor {
          id
          name
          email
        }
        target {
          id
          name
          email
        }
        invite {
          id
          email
        }
      }
    }
  }
`);

/** The single error code of a response, with nothing else: no data, no second error. */
function expectOnly(response: GraphQLResponse, code: string) {
  expect(
    response.errors?.map((e) => e.extensions?.code),
    JSON.stringify(response.errors),
  ).toEqual([code]);
  expect(response.data ?? null).toBeNull();
  const error = response.errors![0]!;
  expect(error.extensions?.stacktrace).toBeUndefined();
  expect(error.extensions?.exception).toBeUndefined();
  expect(error.message).not.toMatch(/sqlite|SQL|constraint|at .*\.ts/i);
}

/** NOT_FOUND, and not one of `secrets` (another account's ids, emails, names) anywhere in the response. */
function expectNotFound(response: GraphQLResponse, secrets: string[]) {
  expectOnly(response, 'NOT_FOUND');
  expectNoneOf(response, secrets);
}

function expectNoneOf(value: unknown, secrets: string[]) {
  const text = JSON.stringify(value);
  for (const secret of secrets) expect(text, `leaked "${secret}"`).not.toContain(secret);
}

const login = (server: TestServer, email: string, accountId?: string, password = PASSWORD) =>
  run(server, LOGIN, { input: { email, password, ...(accountId ? { accountId } : {}) } });

describe('tenant isolation', () => {
  let server: TestServer;
  let a: SignedUp;
  let aMember: SignedUp;
  let b: SignedUp;
  let bMember: SignedUp & { inviteId: string };
  let bPendingInviteId: string;
  let bPendingEmail: string;
  let bPendingToken: string;
  let bBefore: any;
  /** Strings that only account B's data contains. */
  let bSecrets: string[];

  beforeAll(async () => {
    server = await startServer();
    a = await signUp(server, 'Alpha Goods', 'Ann Admin');
    aMember = await addMember(server, a, ['OVERVIEW'], 'Amos Member');
    b = await signUp(server, 'Beta Supplies', 'Bea Boss');
    bMember = await addMember(server, b, ['REPLENISHMENT'], 'Ben Buyer');
    bPendingEmail = uniqueEmail('bianca');
    const pending = await ok(
      server,
      INVITE,
      { input: { email: bPendingEmail, name: 'Bianca Pending', permissions: ['OVERVIEW'] } },
      b.token,
    );
    bPendingInviteId = pending.inviteUser.id;
    bPendingToken = await server.inviteToken(bPendingEmail);
    bBefore = await ok(server, ACCOUNT_STATE, {}, b.token);
    bSecrets = [
      b.accountId,
      b.userId,
      b.email,
      bMember.userId,
      bMember.email,
      bMember.inviteId,
      bPendingInviteId,
      bPendingEmail,
      'Beta Supplies',
      'Bea Boss',
      'Ben Buyer',
      'Bianca Pending',
      ...bBefore.auditLog.nodes.map((n: { id: string }) => n.id),
    ];
  });
  afterAll(() => server.close());

  it('the two accounts are set up as expected', () => {
    expect(a.accountId).not.toBe(b.accountId);
    expect(bBefore.users.totalCount).toBe(2);
    expect(bBefore.invites.totalCount).toBe(2);
    expect(bBefore.auditLog.totalCount).toBeGreaterThanOrEqual(4);
  });

  describe('every id of another account answers NOT_FOUND', () => {
    it('user(id)', async () => {
      for (const id of [b.userId, bMember.userId]) {
        const query = graphql(`
          query TenancyQuery($id: ID!) {
            user(id: $id) {
              id
              name
              email
              status
            }
          }
        `);
        expectNotFound(await run(server, query, { id }, a.token), bSecrets);
        // A member without user management gets the same answer, not FORBIDDEN.
        expectNotFound(await run(server, query, { id }, aMember.token), bSecrets);
      }
    });

    it('user(id) still finds members of the own account', async () => {
      const data = await ok(
        server,
        graphql(`
          query TenancyUser($id: ID!) {
            user(id: $id) {
              name
            }
          }
        `),
        { id: aMember.userId },
        a.token,
      );
      expect(data.user.name).toBe('Amos Member');
    });

    it('updateUserPermissions', async () => {
      const mutation = graphql(`
        mutation TenancyMutation($input: UpdateUserPermissionsInput!) {
          updateUserPermissions(input: $input) {
            id
            permissions {
              permissions
            }
          }
        }
      `);
      for (const [userId, permissions] of [
        [bMember.userId, ['FULL_ACCESS']],
        [bMember.userId, ['OVERVIEW']],
        [b.userId, ['OVERVIEW']],
      ] as const) {
        expectNotFound(await run(server, mutation, { input: { userId, permissions: [...permissions] } }, a.token), bSecrets);
      }
    });

    it('deleteUser', async () => {
      for (const id of [bMember.userId, b.userId]) {
        expectNotFound(await run(server, DELETE, { id }, a.token), bSecrets);
      }
    });

    it('resendInvite', async () => {
      const mutation = graphql(`
        mutation TenancyMutation2($id: ID!) {
          resendInvite(inviteId: $id) {
            id
            email
            status
          }
        }
      `);
      const sent = (await server.emails()).length;
      for (const id of [bPendingInviteId, bMember.inviteId]) {
        expectNotFound(await run(server, mutation, { id }, a.token), bSecrets);
      }
      expect(await server.emails()).toHaveLength(sent);
    });

    it('revokeInvite', async () => {
      const mutation = graphql(`
        mutation TenancyMutation3($id: ID!) {
          revokeInvite(inviteId: $id) {
            id
            email
            status
          }
        }
      `);
      for (const id of [bPendingInviteId, bMember.inviteId]) {
        expectNotFound(await run(server, mutation, { id }, a.token), bSecrets);
      }
    });

    it('switchAccount, and the session stays in its own account', async () => {
      expectNotFound(await run(server, SWITCH, { id: b.accountId }, a.token), bSecrets);
      expectNotFound(await run(server, SWITCH, { id: b.accountId }, aMember.token), bSecrets);
      const me = await ok(server, ME, {}, a.token);
      expect(me.me.account.id).toBe(a.accountId);
      expect(me.me.accounts).toEqual([{ id: a.accountId }]);
    });

    it("login into another account's id", async () => {
      expectNotFound(await login(server, a.email, b.accountId), bSecrets);
    });

    it('auditLog(targetId) of another account is empty', async () => {
      for (const targetId of [b.userId, bMember.userId]) {
        const data = await ok(
          server,
          graphql(`
            query TenancyAuditLog($targetId: ID!) {
              auditLog(targetId: $targetId) {
                totalCount
                nodes {
                  id
                }
              }
            }
          `),
          { targetId },
          a.token,
        );
        expect(data.auditLog).toEqual({ totalCount: 0, nodes: [] });
      }
    });
  });

  describe("lists never contain another account's records", () => {
    it("users, invites and auditLog of A hold only A's records", async () => {
      const state = await ok(server, ACCOUNT_STATE, {}, a.token);
      expectNoneOf(state, bSecrets);
      expect(state.account.id).toBe(a.accountId);
      expect(state.users.nodes.map((u: { id: string }) => u.id).sort()).toEqual([a.userId, aMember.userId].sort());
      expect(state.users.totalCount).toBe(2);
      expect(state.invites.nodes.map((i: { email: string }) => i.email)).toEqual([aMember.email]);
      expect(state.invites.totalCount).toBe(1);
      const actions = state.auditLog.nodes.map((n: { action: string }) => n.action);
      expect(actions.sort()).toEqual(['ACCOUNT_CREATED', 'INVITE_ACCEPTED', 'INVITE_SENT']);
      expect(state.auditLog.totalCount).toBe(3);
    });

    it('every status filter and page size of A stays within A', async () => {
      for (const status of ['ACTIVE', 'DELETED']) {
        const data = await server.ok(
          `{ users(status: ${status}, first: 1) { totalCount nodes { id email } pageInfo { endCursor } } }`,
          {},
          a.token,
        );
        expectNoneOf(data, bSecrets);
      }
      for (const status of ['PENDING', 'EXPIRED', 'ACCEPTED', 'REVOKED']) {
        const data = await server.ok(`{ invites(status: ${status}) { totalCount nodes { id email } } }`, {}, a.token);
        expectNoneOf(data, bSecrets);
      }
    });

    it("paging A's users with a cursor stays within A", async () => {
      const first = await ok(
        server,
        graphql(`
          query TenancyUsers {
            users(first: 1) {
              nodes {
                id
              }
              pageInfo {
                endCursor
                hasNextPage
              }
            }
          }
        `),
        {},
        a.token,
      );
      expect(first.users.pageInfo.hasNextPage).toBe(true);
      const rest = await ok(
        server,
        graphql(`
          query TenancyUsers2($after: String) {
            users(first: 100, after: $after) {
              nodes {
                id
              }
              pageInfo {
                hasNextPage
              }
            }
          }
        `),
        { after: first.users.pageInfo.endCursor },
        a.token,
      );
      expect(rest.users.nodes).toEqual([{ id: aMember.userId }]);
      expect(rest.users.pageInfo.hasNextPage).toBe(false);
    });
  });

  describe("after all those attempts, B's data is unchanged", () => {
    it("B's admin sees exactly what they saw before", async () => {
      const after = await ok(server, ACCOUNT_STATE, {}, b.token);
      expect(after).toEqual(bBefore);
    });

    it("B's member is still signed in with the same permissions", async () => {
      const me = await ok(server, ME, {}, bMember.token);
      expect(me.me.account.id).toBe(b.accountId);
      expect(me.me.permissions).toEqual({ fullAccess: false, permissions: ['REPLENISHMENT'] });
    });

    it("B's admin still has full access and is still signed in", async () => {
      const me = await ok(server, ME, {}, b.token);
      expect(me.me.permissions.fullAccess).toBe(true);
    });

    it("B's pending invite link still works", async () => {
      const data = await ok(
        server,
        graphql(`
          query TenancyInvitation($token: String!) {
            invitation(token: $token) {
              email
              name
            }
          }
        `),
        {
          token: bPendingToken,
        },
      );
      expect(data.invitation).toEqual({ email: bPendingEmail, name: 'Bianca Pending' });
    });
  });
});

describe('a person who is a member of two accounts', () => {
  let server: TestServer;
  let a: SignedUp;
  let b: SignedUp;
  /** Pat: full access in A (joined first), OVERVIEW only in B. */
  let pat: SignedUp;
  let patInB: { token: string; userId: string };

  beforeAll(async () => {
    server = await startServer();
    a = await signUp(server, 'Alpha Goods', 'Ann Admin');
    b = await signUp(server, 'Beta Supplies', 'Bea Boss');
    pat = await addMember(server, a, ['FULL_ACCESS'], 'Pat Both');
  });
  afterAll(() => server.close());

  it('joins B from an invite with the existing password and no name', async () => {
    await ok(server, INVITE, { input: { email: pat.email, permissions: ['OVERVIEW'] } }, b.token);
    const token = await server.inviteToken(pat.email);

    const preview = await ok(
      server,
      graphql(`
        query TenancyInvitation2($token: String!) {
          invitation(token: $token) {
            email
            hasLogin
          }
        }
      `),
      { token },
    );
    expect(preview.invitation).toEqual({ email: pat.email, hasLogin: true });

    // The existing login's password is the proof; a new one is not accepted.
    const wrong = await run(server, ACCEPT, { input: { token, password: 'a brand new password' } });
    expectOnly(wrong, 'UNAUTHENTICATED');

    const accepted = await ok(server, ACCEPT, { input: { token, password: PASSWORD } });
    expect(accepted.acceptInvite.me.account.id).toBe(b.accountId);
    const user = await ok(
      server,
      graphql(`
        query TenancyMe2 {
          me {
            user {
              id
              name
              email
            }
          }
        }
      `),
      {},
      accepted.acceptInvite.token,
    );
    expect(user.me.user).toMatchObject({ name: 'Pat Both', email: pat.email });
    expect(user.me.user.id).not.toBe(pat.userId);
    patInB = { token: accepted.acceptInvite.token, userId: user.me.user.id };
  });

  it('has one login: the same person id in both accounts, and both accounts listed', async () => {
    const inA = await ok(server, ME, {}, pat.token);
    const inB = await ok(server, ME, {}, patInB.token);
    expect(inA.me.personId).toBe(inB.me.personId);
    expect(inA.me.account.id).toBe(a.accountId);
    expect(inB.me.account.id).toBe(b.accountId);
    for (const me of [inA.me, inB.me]) {
      expect(me.accounts.map((x: { id: string }) => x.id).sort()).toEqual([a.accountId, b.accountId].sort());
    }

    // Logging in with the one email and password reaches either account.
    const toA = await login(server, pat.email);
    expect(toA.errors).toBeUndefined();
    expect(toA.data!.login.me.account.id).toBe(a.accountId); // the oldest membership by default
    const toB = await login(server, pat.email, b.accountId);
    expect(toB.errors).toBeUndefined();
    expect(toB.data!.login.me.account.id).toBe(b.accountId);
  });

  it('signUp with the same email makes no second login: the address is told it has one', async () => {
    const response = await run(
      server,
      graphql(`
        mutation TenancySignUp($input: SignUpInput!) {
          signUp(input: $input) {
            email
          }
        }
      `),
      {
        input: { accountName: 'Gamma', name: 'Pat Again', email: pat.email, password: 'another password' },
      },
    );
    expect(response.errors).toBeUndefined();
    const notice = (await server.emails()).filter((mail) => mail.recipient === pat.email).at(-1)!;
    expect(notice.subject).toBe('You already have a Roster login');
    expect(notice.text).not.toMatch(/token=/);
    expectOnly(await login(server, pat.email, undefined, 'another password'), 'UNAUTHENTICATED');
  });

  it('switchAccount moves the session, and permissions are per account', async () => {
    const session = (await ok(server, LOGIN, { input: { email: pat.email, password: PASSWORD } })).login.token;
    expect((await ok(server, ME, {}, session)).me.permissions.fullAccess).toBe(true);

    const toB = await ok(server, SWITCH, { id: b.accountId }, session);
    expect(toB.switchAccount).toEqual({
      account: { id: b.accountId },
      permissions: { fullAccess: false, permissions: ['OVERVIEW'] },
    });
    const inB = await ok(server, ME, {}, session);
    expect(inB.me.account.id).toBe(b.accountId);
    expect(inB.me.permissions).toEqual({ fullAccess: false, permissions: ['OVERVIEW'] });
    // In B, Pat cannot manage users...
    const invites = await run(
      server,
      graphql(`
        query TenancyInvites {
          invites {
            totalCount
          }
        }
      `),
      {},
      session,
    );
    expectOnly(invites, 'FORBIDDEN');
    expect(invites.errors![0]!.extensions?.capability).toBe('MANAGE_USERS');
    // ...and sees B's members, not A's.
    const users = await ok(
      server,
      graphql(`
        query TenancyUsers3 {
          users {
            nodes {
              id
            }
          }
        }
      `),
      {},
      session,
    );
    expect(users.users.nodes.map((u: { id: string }) => u.id).sort()).toEqual([b.userId, patInB.userId].sort());

    const backToA = await ok(server, SWITCH, { id: a.accountId }, session);
    expect(backToA.switchAccount.permissions.fullAccess).toBe(true);
    const inA = await ok(server, ME, {}, session);
    expect(inA.me).toMatchObject({ account: { id: a.accountId }, permissions: { fullAccess: true, permissions: ['FULL_ACCESS'] } });
    expect(
      (
        await ok(
          server,
          graphql(`
            query TenancyInvites {
              invites {
                totalCount
              }
            }
          `),
          {},
          session,
        )
      ).invites.totalCount,
    ).toBe(1);
  });

  it('B changing their permissions there does not touch A', async () => {
    await ok(
      server,
      graphql(`
        mutation TenancyUpdateUserPermissions($input: UpdateUserPermissionsInput!) {
          updateUserPermissions(input: $input) {
            id
          }
        }
      `),
      { input: { userId: patInB.userId, permissions: ['OVERVIEW', 'REPLENISHMENT'] } },
      b.token,
    );
    expect((await ok(server, ME, {}, patInB.token)).me.permissions.permissions).toEqual(['OVERVIEW', 'REPLENISHMENT']);
    expect((await ok(server, ME, {}, pat.token)).me.permissions).toEqual({ fullAccess: true, permissions: ['FULL_ACCESS'] });
  });

  it('being deleted from B does not stop them logging into A', async () => {
    const deleted = await ok(server, DELETE, { id: patInB.userId }, b.token);
    expect(deleted.deleteUser).toEqual({ id: patInB.userId, status: 'DELETED' });

    // The session in B ended; the session in A did not.
    expectOnly(await run(server, ME, {}, patInB.token), 'UNAUTHENTICATED');
    const stillInA = await ok(server, ME, {}, pat.token);
    expect(stillInA.me.account.id).toBe(a.accountId);
    expect(stillInA.me.accounts).toEqual([{ id: a.accountId }]);

    // The login still works, for A.
    const again = await login(server, pat.email);
    expect(again.errors).toBeUndefined();
    expect(again.data!.login.me.account.id).toBe(a.accountId);
    const me = await ok(server, ME, {}, again.data!.login.token);
    expect(me.me.permissions.fullAccess).toBe(true);

    // B is no longer reachable.
    expectOnly(await login(server, pat.email, b.accountId), 'NOT_FOUND');
    expectOnly(await run(server, SWITCH, { id: b.accountId }, pat.token), 'NOT_FOUND');
    expect((await ok(server, ME, {}, pat.token)).me.account.id).toBe(a.accountId);
  });
});
