import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PASSWORD, type TestServer, codes, signUp, startServer, uniqueEmail } from './harness.js';
import { graphql, ok, run } from './kit/index.js';

// The walkthrough of docs/getting-started.md, step by step: sign up, invite, accept from the emailed
// link, change permissions, read the audit log, delete the person, and still see their name in history.
describe('the getting-started walkthrough', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startServer();
  });
  afterAll(() => server.close());

  it('runs from sign-up to deletion with history intact', async () => {
    const admin = await signUp(server, 'Acme', 'Ada Admin');
    const email = uniqueEmail('bob');

    const invited = await ok(
      server,
      graphql(`
        mutation JourneyInviteUser($email: String!) {
          inviteUser(input: { email: $email, name: "Bob Buyer" }) {
            id
            status
            permissions
            expiresAt
          }
        }
      `),
      { email },
      admin.token,
    );
    expect(invited.inviteUser.status).toBe('PENDING');
    expect(invited.inviteUser.permissions).toEqual(['FULL_ACCESS']); // "Full access" is selected by default
    const expiresIn = Date.parse(invited.inviteUser.expiresAt) - server.clock.time;
    expect(expiresIn).toBe(7 * 24 * 60 * 60 * 1000);

    const mail = (await server.emails()).at(-1)!;
    expect(mail.recipient).toBe(email);
    expect(mail.subject).toBe('You are invited to join an account on Roster');
    expect(mail.text).toContain('Account: “Acme”');
    const link = /(http\S+\/invite\?token=[\w-]+)/.exec(mail.text)![1]!;
    const page = await fetch(new URL(new URL(link).pathname + new URL(link).search, server.roster.url));
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('Accept your invitation');

    const token = new URL(link).searchParams.get('token')!;
    const preview = await ok(
      server,
      graphql(`
        query JourneyInvitation($token: String!) {
          invitation(token: $token) {
            email
            name
            invitedByName
            hasLogin
            accountName
          }
        }
      `),
      { token },
    );
    expect(preview.invitation).toEqual({
      email,
      name: 'Bob Buyer',
      invitedByName: 'Ada Admin',
      hasLogin: false,
      accountName: 'Acme',
    });

    const accepted = await ok(
      server,
      graphql(`
        mutation JourneyAcceptInvite($token: String!, $password: String!) {
          acceptInvite(input: { token: $token, password: $password }) {
            token
            me {
              name
              user {
                id
              }
              permissions {
                fullAccess
              }
            }
          }
        }
      `),
      { token, password: PASSWORD },
    );
    expect(accepted.acceptInvite.me.name).toBe('Bob Buyer');
    expect(accepted.acceptInvite.me.permissions.fullAccess).toBe(true);
    const bobId = accepted.acceptInvite.me.user.id;
    const bobToken = accepted.acceptInvite.token;

    const changed = await ok(
      server,
      graphql(`
        mutation JourneyUpdateUserPermissions($id: ID!) {
          updateUserPermissions(input: { userId: $id, permissions: [REPLENISHMENT, RESTRICT_DELETE_STYLES] }) {
            permissions {
              fullAccess
              permissions
              capabilities
            }
          }
        }
      `),
      { id: bobId },
      admin.token,
    );
    const permissions = changed.updateUserPermissions.permissions!;
    expect(permissions.fullAccess).toBe(false);
    expect(permissions.permissions).toEqual(['REPLENISHMENT', 'RESTRICT_DELETE_STYLES']);
    expect(permissions.capabilities).toContain('EDIT_FORECAST');
    expect(permissions.capabilities).toContain('SYNC');
    expect(permissions.capabilities).not.toContain('DELETE_STYLES');
    expect(permissions.capabilities).not.toContain('MANAGE_USERS');

    const bobSees = await ok(
      server,
      graphql(`
        query JourneyMe {
          me {
            permissions {
              permissions
            }
          }
        }
      `),
      {},
      bobToken,
    );
    expect(bobSees.me.permissions.permissions).toEqual(['REPLENISHMENT', 'RESTRICT_DELETE_STYLES']);

    const log = await ok(
      server,
      graphql(`
        query JourneyAuditLog {
          auditLog(first: 1) {
            nodes {
              action
              actor {
                name
              }
              target {
                name
              }
              before
              after
              at
            }
          }
        }
      `),
      {},
      admin.token,
    );
    expect(log.auditLog.nodes[0]).toMatchObject({
      action: 'PERMISSIONS_CHANGED',
      actor: { name: 'Ada Admin' },
      target: { name: 'Bob Buyer' },
      before: { permissions: ['FULL_ACCESS'] },
      after: { permissions: ['REPLENISHMENT', 'RESTRICT_DELETE_STYLES'] },
    });

    const deleted = await ok(
      server,
      graphql(`
        mutation JourneyDeleteUser($id: ID!) {
          deleteUser(userId: $id) {
            status
            deletedAt
            deletedBy {
              name
            }
          }
        }
      `),
      { id: bobId },
      admin.token,
    );
    expect(deleted.deleteUser).toMatchObject({ status: 'DELETED', deletedBy: { name: 'Ada Admin' } });

    // Bob's old token and his password no longer work...
    expect(
      codes(
        await run(
          server,
          graphql(`
            query JourneyMe2 {
              me {
                name
              }
            }
          `),
          {},
          bobToken,
        ),
      ),
    ).toEqual(['UNAUTHENTICATED']);
    const login = await run(
      server,
      graphql(`
        mutation JourneyLogin($email: String!, $password: String!) {
          login(input: { email: $email, password: $password }) {
            token
          }
        }
      `),
      { email, password: PASSWORD },
    );
    expect(codes(login)).toEqual(['UNAUTHENTICATED']);

    // ...but history still shows his name and email.
    const history = await ok(
      server,
      graphql(`
        query JourneyAuditLog2 {
          auditLog {
            nodes {
              action
              actor {
                name
                email
                status
              }
              target {
                name
                email
                status
              }
            }
          }
        }
      `),
      {},
      admin.token,
    );
    const accept = history.auditLog.nodes.find((n: any) => n.action === 'INVITE_ACCEPTED');
    expect(accept!.actor).toEqual({ name: 'Bob Buyer', email, status: 'DELETED' });
    const deletion = history.auditLog.nodes.find((n: any) => n.action === 'USER_DELETED');
    expect(deletion!.target).toEqual({ name: 'Bob Buyer', email, status: 'DELETED' });
  });
});
