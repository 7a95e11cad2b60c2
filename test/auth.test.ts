import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { people } from '../src/modules/users/tables.js';
import { sessions } from '../src/modules/auth/tables.js';
import { inviteTokens } from '../src/modules/invites/tables.js';
import { PASSWORD, type TestServer, addMember, codes, signUp, startServer } from './harness.js';
import { graphql, ok, run } from './kit/index.js';

const LOGIN = graphql(`
  mutation AuthLogin($input: LoginInput!) {
    login(input: $input) {
      token
      me {
        personId
        name
        account {
          id
          name
        }
      }
    }
  }
`);

describe('sessions', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startServer({ config: { sessionTtlDays: 30 } });
  });
  afterAll(() => server.close());

  it('signUp creates an account whose first user has full access and a working token', async () => {
    const admin = await signUp(server, 'Northwind', 'Nora Owner');
    const data = await ok(
      server,
      graphql(`
        query AuthMe {
          me {
            name
            email
            account {
              id
              name
              wholesaleEnabled
            }
            user {
              status
            }
            permissions {
              fullAccess
              permissions
            }
            accounts {
              name
            }
          }
        }
      `),
      {},
      admin.token,
    );
    expect(data.me).toEqual({
      name: 'Nora Owner',
      email: admin.email,
      account: { id: admin.accountId, name: 'Northwind', wholesaleEnabled: false },
      user: { status: 'ACTIVE' },
      permissions: { fullAccess: true, permissions: ['FULL_ACCESS'] },
      accounts: [{ name: 'Northwind' }],
    });
  });

  it("a sign-in's payload is read as the new session, permissions included", async () => {
    const email = `payload.${Date.now()}@example.com`;
    await ok(
      server,
      graphql(`
        mutation AuthSignUp($input: SignUpInput!) {
          signUp(input: $input) {
            email
          }
        }
      `),
      {
        input: { accountName: 'Payload Co', name: 'Pay Load', email, password: PASSWORD },
      },
    );
    const data = await ok(
      server,
      graphql(`
        mutation AuthVerifyEmail($input: VerifyEmailInput!) {
          verifyEmail(input: $input) {
            token
            me {
              user {
                permissions {
                  fullAccess
                }
              }
            }
          }
        }
      `),
      { input: { token: await server.linkToken(email, '/verify-email'), password: PASSWORD } },
    );
    expect(data.verifyEmail.me.user.permissions!.fullAccess).toBe(true);
    expect(data.verifyEmail.token).toMatch(/^[\w-]{43}$/);
  });

  it('login starts a new session; logout ends only that one, at once', async () => {
    const admin = await signUp(server);
    const login = await ok(server, LOGIN, { input: { email: admin.email.toUpperCase(), password: PASSWORD } });
    const second = login.login.token;
    expect(second).not.toBe(admin.token);
    expect(login.login.me.account.id).toBe(admin.accountId);

    expect(
      await ok(
        server,
        graphql(`
          mutation AuthLogout {
            logout
          }
        `),
        {},
        second,
      ),
    ).toEqual({ logout: true });
    const after = await run(
      server,
      graphql(`
        query AuthMe2 {
          me {
            name
          }
        }
      `),
      {},
      second,
    );
    expect(codes(after)).toEqual(['UNAUTHENTICATED']);
    expect(after.errors![0]!.message).toMatch(/invalid, expired or ended/);
    expect(
      (
        await ok(
          server,
          graphql(`
            query AuthMe2 {
              me {
                name
              }
            }
          `),
          {},
          admin.token,
        )
      ).me.name,
    ).toBe('Ada Admin');
  });

  it('a session expires after SESSION_TTL_DAYS, however often it is used', async () => {
    const admin = await signUp(server);
    for (const days of [10, 10, 9]) {
      server.clock.advanceDays(days);
      expect(
        codes(
          await run(
            server,
            graphql(`
              query AuthMe2 {
                me {
                  name
                }
              }
            `),
            {},
            admin.token,
          ),
        ),
      ).toEqual([]);
    }
    server.clock.advanceDays(2);
    expect(
      codes(
        await run(
          server,
          graphql(`
            query AuthMe2 {
              me {
                name
              }
            }
          `),
          {},
          admin.token,
        ),
      ),
    ).toEqual(['UNAUTHENTICATED']);
  });

  it('a session unused for SESSION_IDLE_DAYS ends, well before its expiry', async () => {
    const admin = await signUp(server);
    server.clock.advanceDays(13.9);
    expect(
      codes(
        await run(
          server,
          graphql(`
            query AuthMe2 {
              me {
                name
              }
            }
          `),
          {},
          admin.token,
        ),
      ),
    ).toEqual([]);
    server.clock.advanceDays(13.9); // used just now: idle again from here
    expect(
      codes(
        await run(
          server,
          graphql(`
            query AuthMe2 {
              me {
                name
              }
            }
          `),
          {},
          admin.token,
        ),
      ),
    ).toEqual([]);
    server.clock.advanceDays(14.1);
    expect(
      codes(
        await run(
          server,
          graphql(`
            query AuthMe2 {
              me {
                name
              }
            }
          `),
          {},
          admin.token,
        ),
      ),
    ).toEqual(['UNAUTHENTICATED']);
  });

  it('one login, several accounts: login picks one, switchAccount moves the session', async () => {
    const first = await signUp(server, 'First Co');
    const second = await signUp(server, 'Second Co', 'Sam Second');
    const member = await addMember(server, first, ['OVERVIEW'], 'Pat Both');
    // Pat is invited to the second account too, and joins it with the same login.
    await ok(
      server,
      graphql(`
        mutation AuthInviteUser($email: String!) {
          inviteUser(input: { email: $email }) {
            id
          }
        }
      `),
      { email: member.email },
      second.token,
    );
    const preview = await ok(
      server,
      graphql(`
        query AuthInvitation($t: String!) {
          invitation(token: $t) {
            hasLogin
          }
        }
      `),
      { t: await server.inviteToken(member.email) },
    );
    expect(preview.invitation.hasLogin).toBe(true);
    await ok(
      server,
      graphql(`
        mutation AuthAcceptInvite($input: AcceptInviteInput!) {
          acceptInvite(input: $input) {
            token
          }
        }
      `),
      { input: { token: await server.inviteToken(member.email), password: PASSWORD } },
    );

    const login = await ok(server, LOGIN, { input: { email: member.email, password: PASSWORD } });
    expect(login.login.me.account.name).toBe('First Co'); // the oldest membership
    const token = login.login.token;
    const me = await ok(
      server,
      graphql(`
        query AuthMe3 {
          me {
            accounts {
              id
              name
            }
            permissions {
              fullAccess
            }
          }
        }
      `),
      {},
      token,
    );
    expect(me.me.accounts.map((a: any) => a.name)).toEqual(['First Co', 'Second Co']);
    expect(me.me.permissions.fullAccess).toBe(false);

    const switched = await ok(
      server,
      graphql(`
        mutation AuthSwitchAccount($id: ID!) {
          switchAccount(accountId: $id) {
            account {
              name
            }
            permissions {
              fullAccess
            }
          }
        }
      `),
      { id: second.accountId },
      token,
    );
    expect(switched.switchAccount).toEqual({ account: { name: 'Second Co' }, permissions: { fullAccess: true } });
    expect(
      (
        await ok(
          server,
          graphql(`
            query AuthAccount {
              account {
                name
              }
            }
          `),
          {},
          token,
        )
      ).account.name,
    ).toBe('Second Co');

    const direct = await ok(server, LOGIN, { input: { email: member.email, password: PASSWORD, accountId: second.accountId } });
    expect(direct.login.me.account.name).toBe('Second Co');
  });

  it('stores passwords with scrypt and tokens only as SHA-256 hashes', async () => {
    const admin = await signUp(server);
    const db = server.roster.app.db.read;
    const person = (await db.select().from(people)).find((p) => p.email === admin.email)!;
    expect(person.passwordHash).toMatch(/^scrypt\$\d+\$[\w-]{22}\$[\w-]{43}$/);
    expect(person.passwordHash).not.toContain(PASSWORD);
    const stored = await db.select().from(sessions);
    expect(stored.some((s) => s.tokenHash === admin.token)).toBe(false);
    for (const session of stored) expect(session.tokenHash).toMatch(/^[0-9a-f]{64}$/);
    expect(admin.token).toMatch(/^[\w-]{43}$/); // 256 random bits
    for (const invite of await db.select().from(inviteTokens)) expect(invite.tokenHash).toMatch(/^[0-9a-f]{64}$/);
  });
});
