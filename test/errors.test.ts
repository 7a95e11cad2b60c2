// Raw GraphQL strings on purpose, not the typed kit: it sends invalid literals and wrongly typed variables that codegen would refuse.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type MailTransport, outboxTransport } from '../src/modules/mail/transport.js';
import { type GraphQLResponse, PASSWORD, type SignedUp, type TestServer, addMember, signUp, startServer, uniqueEmail } from './harness.js';

// Every typed error a client can receive, through the real HTTP server: its `extensions.code`,
// the `extensions.field` at fault where there is one, and never a stack trace, SQL or internals.

const SIGN_UP = `mutation ($input: SignUpInput!) { signUp(input: $input) { email } }`;
const LOGIN = `mutation ($input: LoginInput!) { login(input: $input) { token } }`;
const INVITE = `mutation ($input: InviteUserInput!) { inviteUser(input: $input) { id status } }`;
const RESEND = `mutation ($id: ID!) { resendInvite(inviteId: $id) { id status sentCount } }`;
const REVOKE = `mutation ($id: ID!) { revokeInvite(inviteId: $id) { id status } }`;
const ACCEPT = `mutation ($input: AcceptInviteInput!) { acceptInvite(input: $input) { token me { account { id } } } }`;
const INVITATION = `query ($token: String!) { invitation(token: $token) { email name hasLogin } }`;
const ME = `{ me { name account { id } } }`;

/** What must never reach a client: driver names, SQL, constraint names, source locations. */
const INTERNAL_DETAIL = /sqlite|SQL|constraint|at .*\.ts/i;

/** Fails if any error of the response carries a stack trace, the original exception or internal detail. */
function expectNoInternals(response: GraphQLResponse) {
  for (const error of response.errors ?? []) {
    expect(error.extensions?.stacktrace, error.message).toBeUndefined();
    expect(error.extensions?.exception, error.message).toBeUndefined();
    expect(error.extensions?.originalError, error.message).toBeUndefined();
    expect(error.message).not.toMatch(INTERNAL_DETAIL);
    expect(JSON.stringify(error.extensions ?? {})).not.toMatch(INTERNAL_DETAIL);
  }
}

/**
 * Asserts the first error's code (and field, when given), that no data came back with it, and that
 * nothing internal leaked. Returns the error for further checks.
 */
function expectError(response: GraphQLResponse, code: string, field?: string | RegExp) {
  expectNoInternals(response);
  expect(response.errors, `expected ${code}, got data ${JSON.stringify(response.data)}`).toBeDefined();
  const error = response.errors![0]!;
  expect(error.extensions?.code, error.message).toBe(code);
  if (typeof field === 'string') expect(error.extensions?.field, error.message).toBe(field);
  if (field instanceof RegExp) expect(error.extensions?.field, error.message).toMatch(field);
  expect(response.data ?? null).toBeNull();
  return error;
}

/**
 * The field named by a schema-level error: the input field itself (`email`), or its argument path
 * (`input.email`, `input.permissions[0]`). Either names the field; a bare `input` does not.
 */
const argField = (leaf: string) => new RegExp(`^(input\\.)?${leaf}(\\[\\d+\\])?$`);

const signUpInput = (overrides: Record<string, unknown> = {}) => ({
  accountName: 'Acme',
  name: 'Ada Admin',
  email: uniqueEmail('ada'),
  password: PASSWORD,
  ...overrides,
});

const invite = (server: TestServer, admin: { token: string }, email: string, permissions?: string[]) =>
  server.ok(INVITE, { input: { email, name: 'Ivy Invitee', ...(permissions ? { permissions } : {}) } }, admin.token);

const accept = (server: TestServer, token: string, extra: Record<string, unknown> = {}) =>
  server.gql(ACCEPT, { input: { token, password: PASSWORD, ...extra } });

const preview = (server: TestServer, token: string) => server.gql(INVITATION, { token });

const login = (server: TestServer, email: string, password = PASSWORD) => server.gql(LOGIN, { input: { email, password } });

const HUGE = 'x'.repeat(10_000);

describe('BAD_USER_INPUT names the field at fault', () => {
  let server: TestServer;
  let admin: SignedUp;
  beforeAll(async () => {
    server = await startServer();
    admin = await signUp(server);
  });
  afterAll(() => server.close());

  describe('email', () => {
    for (const email of ['not-an-email', 'ada@', 'ada@example', 'two words@example.com', '']) {
      it(`signUp rejects ${JSON.stringify(email)}`, async () => {
        expectError(await server.gql(SIGN_UP, { input: signUpInput({ email }) }), 'BAD_USER_INPUT', 'email');
      });
      it(`inviteUser rejects ${JSON.stringify(email)}`, async () => {
        expectError(await server.gql(INVITE, { input: { email } }, admin.token), 'BAD_USER_INPUT', 'email');
      });
    }

    it('an email longer than 254 characters is rejected', async () => {
      const email = `${'a'.repeat(250)}@example.com`;
      expectError(await server.gql(SIGN_UP, { input: signUpInput({ email }) }), 'BAD_USER_INPUT', 'email');
      expectError(await server.gql(INVITE, { input: { email } }, admin.token), 'BAD_USER_INPUT', 'email');
    });
  });

  describe('permission keys', () => {
    it('an unknown key as a literal', async () => {
      const response = await server.gql(
        `mutation { inviteUser(input: { email: "${uniqueEmail('p')}", permissions: [FULL_ACCESS, NOT_A_PERMISSION] }) { id } }`,
        {},
        admin.token,
      );
      expectError(response, 'BAD_USER_INPUT', argField('permissions'));
    });

    it('an unknown key in variables', async () => {
      const response = await server.gql(
        INVITE,
        { input: { email: uniqueEmail('p'), permissions: ['OVERVIEW', 'NOT_A_PERMISSION'] } },
        admin.token,
      );
      expectError(response, 'BAD_USER_INPUT', argField('permissions'));
    });

    it('an unknown key in updateUserPermissions', async () => {
      const response = await server.gql(
        `mutation ($input: UpdateUserPermissionsInput!) { updateUserPermissions(input: $input) { id } }`,
        { input: { userId: admin.userId, permissions: ['ROOT'] } },
        admin.token,
      );
      expectError(response, 'BAD_USER_INPUT', argField('permissions'));
    });

    it('an explicit null is refused, not taken as full access', async () => {
      const response = await server.gql(INVITE, { input: { email: uniqueEmail('p'), permissions: null } }, admin.token);
      expectError(response, 'BAD_USER_INPUT', 'permissions');
    });

    it('nothing was invited by the rejected requests', async () => {
      const data = await server.ok(`{ invites { totalCount } }`, {}, admin.token);
      expect(data.invites.totalCount).toBe(0);
    });
  });

  describe('names', () => {
    for (const [label, value] of [
      ['an empty', ''],
      ['a blank', '   '],
      ['a 10,000 character', HUGE],
      ['a 201 character', 'n'.repeat(201)],
    ] as const) {
      it(`signUp rejects ${label} accountName`, async () => {
        const response = await server.gql(SIGN_UP, { input: signUpInput({ accountName: value }) });
        expectError(response, 'BAD_USER_INPUT', 'accountName');
      });
      it(`signUp rejects ${label} name`, async () => {
        expectError(await server.gql(SIGN_UP, { input: signUpInput({ name: value }) }), 'BAD_USER_INPUT', 'name');
      });
      it(`inviteUser rejects ${label} name`, async () => {
        const response = await server.gql(INVITE, { input: { email: uniqueEmail('n'), name: value } }, admin.token);
        expectError(response, 'BAD_USER_INPUT', 'name');
      });
      it(`updateAccount rejects ${label} name`, async () => {
        const response = await server.gql(
          `mutation ($name: String) { updateAccount(input: { name: $name }) { name } }`,
          { name: value },
          admin.token,
        );
        expectError(response, 'BAD_USER_INPUT', 'name');
      });
    }

    it('200 characters is still accepted', async () => {
      const name = 'n'.repeat(200);
      const data = await server.ok(SIGN_UP, { input: signUpInput({ accountName: name, name }) });
      expect(data.signUp.email).toEqual(expect.any(String));
    });

    it('no account or login was created by the rejected sign-ups', async () => {
      const email = uniqueEmail('rejected');
      expectError(await server.gql(SIGN_UP, { input: signUpInput({ email, name: HUGE }) }), 'BAD_USER_INPUT', 'name');
      expectError(await login(server, email), 'UNAUTHENTICATED');
    });
  });

  describe('passwords', () => {
    it('signUp rejects a password shorter than 8 characters', async () => {
      const response = await server.gql(SIGN_UP, { input: signUpInput({ password: 'seven77' }) });
      expectError(response, 'BAD_USER_INPUT', 'password');
    });

    it('signUp rejects an empty password', async () => {
      expectError(await server.gql(SIGN_UP, { input: signUpInput({ password: '' }) }), 'BAD_USER_INPUT', 'password');
    });

    it('signUp rejects a 10,000 character password', async () => {
      expectError(await server.gql(SIGN_UP, { input: signUpInput({ password: HUGE }) }), 'BAD_USER_INPUT', 'password');
    });

    it('acceptInvite rejects a short password for a new login, and the link still works', async () => {
      const email = uniqueEmail('short');
      await invite(server, admin, email);
      const token = await server.inviteToken(email);
      expectError(await accept(server, token, { password: 'short' }), 'BAD_USER_INPUT', 'password');
      const data = await server.ok(ACCEPT, { input: { token, password: PASSWORD } });
      expect(data.acceptInvite.me.account.id).toBe(admin.accountId);
    });
  });

  describe('wrong types', () => {
    it('a number for a string, as a literal', async () => {
      const response = await server.gql(`mutation { inviteUser(input: { email: 42 }) { id } }`, {}, admin.token);
      expectError(response, 'BAD_USER_INPUT', argField('email'));
    });

    it('a number for a string, in variables', async () => {
      expectError(await server.gql(INVITE, { input: { email: 42 } }, admin.token), 'BAD_USER_INPUT', argField('email'));
      expectError(await server.gql(SIGN_UP, { input: signUpInput({ name: 7 }) }), 'BAD_USER_INPUT', argField('name'));
    });

    it('a string for a list, as a literal', async () => {
      const response = await server.gql(
        `mutation { inviteUser(input: { email: "${uniqueEmail('t')}", permissions: "everything" }) { id } }`,
        {},
        admin.token,
      );
      expectError(response, 'BAD_USER_INPUT', argField('permissions'));
    });

    it('a string for a list, in variables', async () => {
      const response = await server.gql(INVITE, { input: { email: uniqueEmail('t'), permissions: 'everything' } }, admin.token);
      expectError(response, 'BAD_USER_INPUT', argField('permissions'));
    });

    it('a string for an Int, as a literal and in variables', async () => {
      expectError(await server.gql(`{ users(first: "ten") { totalCount } }`, {}, admin.token), 'BAD_USER_INPUT', 'first');
      const response = await server.gql(`query ($first: Int) { users(first: $first) { totalCount } }`, { first: 'ten' }, admin.token);
      expectError(response, 'BAD_USER_INPUT', 'first');
    });

    // `extensions.field` names the argument at fault (src/errors.ts), so it must not depend on what
    // the client called its variable: the same mistake as a literal answers `input.email`.
    it('a variable error names the argument, not the variable: a whole input in $i', async () => {
      const response = await server.gql(
        `mutation ($i: InviteUserInput!) { inviteUser(input: $i) { id } }`,
        { i: { email: 42 } },
        admin.token,
      );
      expectError(response, 'BAD_USER_INPUT', 'input.email');
    });

    it('a variable error names the argument, not the variable: one field in $e', async () => {
      const response = await server.gql(`mutation ($e: String!) { inviteUser(input: { email: $e }) { id } }`, { e: 42 }, admin.token);
      expectError(response, 'BAD_USER_INPUT', 'input.email');
    });
  });

  describe('missing required input fields', () => {
    it('as a literal', async () => {
      const response = await server.gql(
        `mutation { signUp(input: { accountName: "Acme", name: "Ada", email: "${uniqueEmail('m')}" }) { email } }`,
      );
      expectError(response, 'BAD_USER_INPUT', argField('password'));
    });

    it('in variables', async () => {
      const { password: _omitted, ...input } = signUpInput();
      expectError(await server.gql(SIGN_UP, { input }), 'BAD_USER_INPUT', argField('password'));
    });

    it('a missing required variable', async () => {
      expectError(await server.gql(SIGN_UP, {}), 'BAD_USER_INPUT', 'input');
    });
  });

  describe('pagination', () => {
    for (const list of ['users', 'invites', 'auditLog']) {
      for (const first of [0, -1, 101]) {
        it(`${list}(first: ${first})`, async () => {
          const response = await server.gql(`{ ${list}(first: ${first}) { totalCount } }`, {}, admin.token);
          expectError(response, 'BAD_USER_INPUT', 'first');
        });
      }

      for (const after of ['garbage', '!!!', Buffer.from('hello:world').toString('base64url'), 'MTIz']) {
        it(`${list}(after: ${JSON.stringify(after)})`, async () => {
          const response = await server.gql(`query ($after: String) { ${list}(after: $after) { totalCount } }`, { after }, admin.token);
          expectError(response, 'BAD_USER_INPUT', 'after');
        });
      }

      it(`${list} accepts first: 1 and first: 100`, async () => {
        for (const first of [1, 100]) {
          const data = await server.ok(`{ ${list}(first: ${first}) { nodes { id } } }`, {}, admin.token);
          expect(data[list].nodes.length).toBeLessThanOrEqual(first);
        }
      });
    }
  });
});

describe('invite links', () => {
  let server: TestServer;
  let admin: SignedUp;
  beforeAll(async () => {
    server = await startServer();
    admin = await signUp(server);
  });
  afterAll(() => server.close());

  it('an unknown token answers NOT_FOUND', async () => {
    for (const token of ['no-such-token', 'A'.repeat(43)]) {
      expectError(await accept(server, token, { name: 'Nobody' }), 'NOT_FOUND');
      expectError(await preview(server, token), 'NOT_FOUND');
    }
  });

  it('a revoked invite answers INVITE_REVOKED', async () => {
    const email = uniqueEmail('revoked');
    const invited = await invite(server, admin, email);
    const token = await server.inviteToken(email);
    const revoked = await server.ok(REVOKE, { id: invited.inviteUser.id }, admin.token);
    expect(revoked.revokeInvite.status).toBe('REVOKED');

    expectError(await preview(server, token), 'INVITE_REVOKED');
    expectError(await accept(server, token), 'INVITE_REVOKED');
    expectError(await login(server, email), 'UNAUTHENTICATED'); // no login was created
  });

  it('after resendInvite the old link answers INVITE_REVOKED and the new link works', async () => {
    const email = uniqueEmail('resent');
    const invited = await invite(server, admin, email);
    const oldToken = await server.inviteToken(email);
    const resent = await server.ok(RESEND, { id: invited.inviteUser.id }, admin.token);
    expect(resent.resendInvite).toMatchObject({ status: 'PENDING', sentCount: 2 });
    const newToken = await server.inviteToken(email);
    expect(newToken).not.toBe(oldToken);

    expectError(await preview(server, oldToken), 'INVITE_REVOKED');
    expectError(await accept(server, oldToken), 'INVITE_REVOKED');

    const shown = await server.ok(INVITATION, { token: newToken });
    expect(shown.invitation).toMatchObject({ email, hasLogin: false });
    const accepted = await server.ok(ACCEPT, { input: { token: newToken, password: PASSWORD } });
    expect(accepted.acceptInvite.me.account.id).toBe(admin.accountId);
  });

  it('an already used token answers CONFLICT', async () => {
    const email = uniqueEmail('used');
    await invite(server, admin, email);
    const token = await server.inviteToken(email);
    await server.ok(ACCEPT, { input: { token, password: PASSWORD } });

    expectError(await accept(server, token), 'CONFLICT');
    expectError(await preview(server, token), 'CONFLICT');
  });

  it('a wrong password for an existing login answers UNAUTHENTICATED and leaves the link usable', async () => {
    const other = await signUp(server, 'Other Co', 'Olga Owner');
    await invite(server, admin, other.email);
    const token = await server.inviteToken(other.email);
    expect((await server.ok(INVITATION, { token })).invitation.hasLogin).toBe(true);

    expectError(await accept(server, token, { password: 'not the password' }), 'UNAUTHENTICATED');
    const accepted = await server.ok(ACCEPT, { input: { token, password: PASSWORD } });
    expect(accepted.acceptInvite.me.account.id).toBe(admin.accountId);
  });

  describe('expiry', () => {
    let expiring: TestServer;
    let owner: SignedUp;
    beforeAll(async () => {
      expiring = await startServer();
      owner = await signUp(expiring);
    });
    afterAll(() => expiring.close());

    it('an expired invite answers INVITE_EXPIRED, is listed as EXPIRED, and resendInvite gives a working link', async () => {
      const email = uniqueEmail('late');
      const invited = await invite(expiring, owner, email);
      const inviteId = invited.inviteUser.id;
      const token = await expiring.inviteToken(email);

      expiring.clock.advanceDays(8);

      expectError(await preview(expiring, token), 'INVITE_EXPIRED');
      expectError(await accept(expiring, token), 'INVITE_EXPIRED');

      const expired = await expiring.ok(`{ invites(status: EXPIRED) { totalCount nodes { id status } } }`, {}, owner.token);
      expect(expired.invites.nodes).toEqual([{ id: inviteId, status: 'EXPIRED' }]);
      expect(expired.invites.totalCount).toBe(1);
      const pending = await expiring.ok(`{ invites(status: PENDING) { totalCount } }`, {}, owner.token);
      expect(pending.invites.totalCount).toBe(0);

      const resent = await expiring.ok(RESEND, { id: inviteId }, owner.token);
      expect(resent.resendInvite).toMatchObject({ id: inviteId, status: 'PENDING', sentCount: 2 });
      const newToken = await expiring.inviteToken(email);
      expect(newToken).not.toBe(token);

      const shown = await expiring.ok(INVITATION, { token: newToken });
      expect(shown.invitation.email).toBe(email);
      const accepted = await expiring.ok(ACCEPT, { input: { token: newToken, password: PASSWORD } });
      expect(accepted.acceptInvite.me.account.id).toBe(owner.accountId);

      const listed = await expiring.ok(`{ invites { nodes { id status } } }`, {}, owner.token);
      expect(listed.invites.nodes).toEqual([{ id: inviteId, status: 'ACCEPTED' }]);
    });
  });
});

describe('signing in', () => {
  let server: TestServer;
  let admin: SignedUp;
  beforeAll(async () => {
    server = await startServer();
    admin = await signUp(server);
  });
  afterAll(() => server.close());

  it('a wrong password answers UNAUTHENTICATED', async () => {
    expectError(await login(server, admin.email, 'wrong password'), 'UNAUTHENTICATED');
  });

  it('an unknown email answers UNAUTHENTICATED with the same message as a wrong password', async () => {
    const wrongPassword = expectError(await login(server, admin.email, 'wrong password'), 'UNAUTHENTICATED');
    const unknownEmail = expectError(await login(server, uniqueEmail('nobody')), 'UNAUTHENTICATED');
    expect(unknownEmail.message).toBe(wrongPassword.message);
    expect(unknownEmail.extensions).toEqual(wrongPassword.extensions);
  });

  it('the right password still signs in', async () => {
    const data = await server.ok(LOGIN, { input: { email: admin.email, password: PASSWORD } });
    expect(data.login.token).toEqual(expect.any(String));
  });

  it('no token on a member-only field answers UNAUTHENTICATED', async () => {
    expectError(await server.gql(ME), 'UNAUTHENTICATED');
    expectError(await server.gql(`{ users { totalCount } }`), 'UNAUTHENTICATED');
    expectError(await server.gql(`{ auditLog { totalCount } }`), 'UNAUTHENTICATED');
    expectError(await server.gql(INVITE, { input: { email: uniqueEmail('anon') } }), 'UNAUTHENTICATED');
  });

  it('an unknown token answers UNAUTHENTICATED', async () => {
    expectError(await server.gql(ME, {}, 'not-a-session-token'), 'UNAUTHENTICATED');
  });

  it('a logged-out token answers UNAUTHENTICATED', async () => {
    const session = await server.ok(LOGIN, { input: { email: admin.email, password: PASSWORD } });
    const token = session.login.token;
    expect((await server.ok(ME, {}, token)).me.account.id).toBe(admin.accountId);
    expect((await server.ok(`mutation { logout }`, {}, token)).logout).toBe(true);

    expectError(await server.gql(ME, {}, token), 'UNAUTHENTICATED');
    expectError(await server.gql(`mutation { logout }`, {}, token), 'UNAUTHENTICATED');
    // Only that session ended.
    expect((await server.ok(ME, {}, admin.token)).me.account.id).toBe(admin.accountId);
  });

  it("a deleted user's login and old token answer UNAUTHENTICATED", async () => {
    const member = await addMember(server, admin, ['OVERVIEW'], 'Dan Deleted');
    expect((await server.ok(ME, {}, member.token)).me.name).toBe('Dan Deleted');
    await server.ok(`mutation ($id: ID!) { deleteUser(userId: $id) { status } }`, { id: member.userId }, admin.token);

    expectError(await server.gql(ME, {}, member.token), 'UNAUTHENTICATED');
    expectError(await server.gql(`{ users { totalCount } }`, {}, member.token), 'UNAUTHENTICATED');
    expectError(await login(server, member.email), 'UNAUTHENTICATED');
  });
});

describe('CONFLICT', () => {
  let server: TestServer;
  let admin: SignedUp;
  beforeAll(async () => {
    server = await startServer();
    admin = await signUp(server);
  });
  afterAll(() => server.close());

  it('verifying a sign-up for an address that got a login meanwhile (an invite accepted): the link is moot', async () => {
    const email = uniqueEmail('meanwhile');
    await server.ok(SIGN_UP, { input: signUpInput({ email }) });
    await server.ok(INVITE, { input: { email } }, admin.token);
    await server.ok(`mutation ($input: AcceptInviteInput!) { acceptInvite(input: $input) { token } }`, {
      input: { token: await server.inviteToken(email), name: 'Meanwhile', password: PASSWORD },
    });
    const verify = await server.gql(`mutation ($input: VerifyEmailInput!) { verifyEmail(input: $input) { token } }`, {
      input: { token: await server.linkToken(email, '/verify-email'), password: PASSWORD },
    });
    expectError(verify, 'LINK_EXPIRED');
    // The existing login is untouched.
    expect((await server.ok(LOGIN, { input: { email, password: PASSWORD } })).login.token).toBeTruthy();
  });

  it('inviting an email that is already an active member', async () => {
    const member = await addMember(server, admin, ['OVERVIEW']);
    const error = expectError(await server.gql(INVITE, { input: { email: member.email } }, admin.token), 'CONFLICT', 'email');
    expect(error.extensions?.userId).toBe(member.userId);
    expectError(await server.gql(INVITE, { input: { email: admin.email } }, admin.token), 'CONFLICT', 'email');
  });

  it('inviting an email that already has a pending invite', async () => {
    const email = uniqueEmail('twice');
    const first = await invite(server, admin, email);
    const sent = (await server.emails()).length;
    const error = expectError(
      await server.gql(INVITE, { input: { email: email.toUpperCase(), permissions: ['OVERVIEW'] } }, admin.token),
      'CONFLICT',
      'email',
    );
    expect(error.extensions?.inviteId).toBe(first.inviteUser.id);
    expect(await server.emails()).toHaveLength(sent); // no second email
    const pending = await server.ok(`{ invites(status: PENDING) { nodes { email } } }`, {}, admin.token);
    expect(pending.invites.nodes.filter((n: { email: string }) => n.email === email)).toHaveLength(1);
  });
});

describe('every mutation is one transaction', () => {
  /**
   * Writes the email to the outbox like the real transport, then, for invites, fails as a broken
   * mail server would (the sign-up that makes the admin still gets its email).
   */
  const failingMail: MailTransport = {
    async send(tx, message) {
      await outboxTransport().send(tx, message);
      if (!message.inviteId) return;
      throw new Error('SQLITE_CONSTRAINT: UNIQUE constraint failed: outbox.id\n    at send (src/modules/mail/transport.ts:20:5)');
    },
  };

  let server: TestServer;
  let admin: SignedUp;
  beforeAll(async () => {
    server = await startServer({ mail: failingMail });
    server.expectLoggedErrors();
    admin = await signUp(server);
  });
  afterAll(() => server.close());

  it('a failing mail transport rolls back the whole invite, with a masked error', async () => {
    const email = uniqueEmail('rolled');
    const response = await server.gql(INVITE, { input: { email, name: 'Rolf Back' } }, admin.token);
    const error = expectError(response, 'INTERNAL_SERVER_ERROR');
    expect(error.message).toBe('Unexpected error.');
    expect(error.message).not.toContain('outbox');
    expect(Object.keys(error.extensions ?? {})).toEqual(['code']);
    // The server's log has what the client does not.
    expect(server.loggedErrors.at(-1)).toContain('UNIQUE constraint failed: outbox.id');

    const invites = await server.ok(`{ invites { totalCount nodes { id email } } }`, {}, admin.token);
    expect(invites.invites).toEqual({ totalCount: 0, nodes: [] });
    const log = await server.ok(`{ auditLog { nodes { action } } }`, {}, admin.token);
    expect(log.auditLog.nodes.map((n: { action: string }) => n.action)).not.toContain('INVITE_SENT');
    expect(log.auditLog.nodes.map((n: { action: string }) => n.action)).toEqual(['ACCOUNT_CREATED']);
    const sentTo = async () => (await server.emails()).map((mail) => mail.recipient);
    expect(await sentTo()).toEqual([admin.email]);

    // No half-written invite lingers: trying again fails the same way, not with "already invited".
    expectError(await server.gql(INVITE, { input: { email } }, admin.token), 'INTERNAL_SERVER_ERROR');
    expect(await sentTo()).toEqual([admin.email]);
  });

  it('the server keeps working after the rolled-back transaction', async () => {
    const data = await server.ok(`{ me { name } users { totalCount } }`, {}, admin.token);
    expect(data).toEqual({ me: { name: 'Ada Admin' }, users: { totalCount: 1 } });
  });
});

describe('no secrets echoed', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startServer();
  });
  afterAll(() => server.close());
  const SIGN_UP = `mutation ($input: SignUpInput!) { signUp(input: $input) { email } }`;
  const input = { accountName: 'Acme', name: 'Ada', email: 'ada.secret@example.com' };

  it('an unknown input field does not make the error repeat the password', async () => {
    const response = await server.gql(SIGN_UP, { input: { ...input, password: 'hunter2-hunter2', extra: 1 } });
    expect(response.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT' });
    expect(JSON.stringify(response.errors)).not.toContain('hunter2');
    expect(response.errors?.[0]?.message).toContain('password: "[hidden]"');
  });

  it('a password of the wrong type is not repeated either, in variables or inline', async () => {
    const variables = await server.gql(SIGN_UP, { input: { ...input, password: 987654321 } });
    expect(variables.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.password' });
    expect(JSON.stringify(variables.errors)).not.toContain('987654321');
    const inline = await server.gql(
      `mutation { signUp(input: { accountName: "A", name: "N", email: "a@example.com", password: 987654321 }) { email } }`,
    );
    expect(JSON.stringify(inline.errors)).not.toContain('987654321');
  });

  it('an invite token in a malformed acceptInvite is masked', async () => {
    const response = await server.gql(`mutation ($input: AcceptInviteInput!) { acceptInvite(input: $input) { token } }`, {
      input: { token: 'tok_very_secret_value', password: 'x', surplus: true },
    });
    expect(JSON.stringify(response.errors)).not.toContain('tok_very_secret_value');
  });
});
