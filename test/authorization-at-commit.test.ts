import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PASSWORD, type SignedUp, type TestServer, addMember, codes, signUp, startServer, uniqueEmail } from './harness.js';
import { graphql, ok, run } from './kit/index.js';

// A decision made when a request starts must still hold when its change commits: a member deleted
// or demoted meanwhile (by someone else, or by an earlier field of the same operation) can no
// longer change anything, and invites they sent stop granting.

const INVITE = graphql(`
  mutation AtCommitInvite($input: InviteUserInput!) {
    inviteUser(input: $input) {
      id
    }
  }
`);
const ACCEPT = graphql(`
  mutation AtCommitAccept($input: AcceptInviteInput!) {
    acceptInvite(input: $input) {
      token
      me {
        permissions {
          fullAccess
          permissions
        }
      }
    }
  }
`);
const SET = graphql(`
  mutation AtCommitSet($id: ID!, $permissions: [PermissionKey!]!) {
    updateUserPermissions(input: { userId: $id, permissions: $permissions }) {
      id
    }
  }
`);
const DELETE = graphql(`
  mutation AtCommitDelete($id: ID!) {
    deleteUser(userId: $id) {
      id
    }
  }
`);
const AUDIT = graphql(`
  query AtCommitAudit {
    auditLog(first: 100) {
      nodes {
        action
        actor {
          id
        }
        target {
          id
        }
        invite {
          id
          status
        }
        after
      }
    }
  }
`);

describe('authorization at commit time', () => {
  let server: TestServer;
  let admin: SignedUp;
  beforeAll(async () => {
    server = await startServer();
    admin = await signUp(server);
  });
  afterAll(() => server.close());

  const audit = async () => (await ok(server, AUDIT, {}, admin.token)).auditLog.nodes as any[];

  it('a later field of the same operation runs as the caller is after the earlier ones', async () => {
    const second = await addMember(server, admin, ['FULL_ACCESS'], 'Sam Second');
    const email = uniqueEmail('late');
    // Sam leaves the account, then tries to invite someone with full access in the same request.
    const response = await run(
      server,
      graphql(`
        mutation AtCommitDeleteUser($me: ID!, $email: String!) {
          leave: deleteUser(userId: $me) {
            status
          }
          invite: inviteUser(input: { email: $email }) {
            id
          }
        }
      `),
      { me: second.userId, email },
      second.token,
    );
    expect(codes(response)).toEqual(['UNAUTHENTICATED']);
    expect(response.errors![0]!.path).toEqual(['invite']);
    const sam = await ok(
      server,
      graphql(`
        query AtCommitUser($id: ID!) {
          user(id: $id) {
            status
          }
        }
      `),
      { id: second.userId },
      admin.token,
    );
    expect(sam.user.status).toBe('DELETED');
    const invites = await ok(
      server,
      graphql(`
        query AtCommitInvites {
          invites {
            nodes {
              email
            }
          }
        }
      `),
      {},
      admin.token,
    );
    expect(invites.invites.nodes.map((i: any) => i.email)).not.toContain(email);
  });

  it('a manager deleted while their invite is in flight never invites after the deletion', async () => {
    for (let round = 0; round < 10; round++) {
      const manager = await addMember(server, admin, ['FULL_ACCESS'], `Mo Manager ${round}`);
      const email = uniqueEmail('racer');
      const [invited, deleted] = await Promise.all([
        run(server, INVITE, { input: { email } }, manager.token),
        run(server, DELETE, { id: manager.userId }, admin.token),
      ]);
      expect(codes(deleted)).toEqual([]);
      const log = (await audit()).filter((e) => e.actor?.id === manager.userId || e.target?.id === manager.userId);
      const deletion = log.findIndex((e) => e.action === 'USER_DELETED');
      const sent = log.findIndex((e) => e.action === 'INVITE_SENT' && e.actor?.id === manager.userId);
      if (codes(invited).length > 0) {
        expect(codes(invited)).toEqual(['UNAUTHENTICATED']);
        expect(sent).toBe(-1);
      } else {
        // The invite committed first (the log is newest first), and the deletion revoked it.
        expect(sent).toBeGreaterThan(deletion);
        const revoked = (await audit()).find((e) => e.action === 'INVITE_REVOKED' && e.invite?.id === invited.data!.inviteUser.id);
        expect(revoked?.after).toEqual({ status: 'REVOKED', because: 'SENDER_DELETED' });
      }
    }
  });

  it('deleting a member revokes the invites they sent; the links stop working', async () => {
    const manager = await addMember(server, admin, ['FULL_ACCESS'], 'Del Sender');
    const email = uniqueEmail('orphan');
    const { inviteUser } = await ok(server, INVITE, { input: { email } }, manager.token);
    await ok(server, DELETE, { id: manager.userId }, admin.token);
    const invite = await ok(
      server,
      graphql(`
        query AtCommitInvites2 {
          invites(status: REVOKED) {
            nodes {
              id
              revokedBy {
                id
              }
            }
          }
        }
      `),
      {},
      admin.token,
    );
    expect(invite.invites.nodes).toContainEqual({ id: inviteUser.id, revokedBy: { id: admin.userId } });
    const accept = await run(server, ACCEPT, { input: { token: await server.inviteToken(email), name: 'Or Phan', password: PASSWORD } });
    expect(codes(accept)).toEqual(['INVITE_REVOKED']);
  });

  it('an invite re-sent by someone still entitled survives the deletion of its first sender', async () => {
    const manager = await addMember(server, admin, ['FULL_ACCESS'], 'First Sender');
    const email = uniqueEmail('kept');
    const { inviteUser } = await ok(server, INVITE, { input: { email, permissions: ['OVERVIEW'] } }, manager.token);
    await ok(
      server,
      graphql(`
        mutation AtCommitResendInvite($id: ID!) {
          resendInvite(inviteId: $id) {
            id
          }
        }
      `),
      { id: inviteUser.id },
      admin.token,
    );
    await ok(server, DELETE, { id: manager.userId }, admin.token);
    // The link now stands on the re-sender's authority, and says so.
    const preview = await ok(
      server,
      graphql(`
        query AtCommitInvitation($t: String!) {
          invitation(token: $t) {
            invitedByName
          }
        }
      `),
      { t: await server.inviteToken(email) },
    );
    expect(preview.invitation.invitedByName).toBe('Ada Admin');
    const accepted = await ok(server, ACCEPT, { input: { token: await server.inviteToken(email), name: 'Kept', password: PASSWORD } });
    expect(accepted.acceptInvite.me.permissions.permissions).toEqual(['OVERVIEW']);
  });

  it('an invite stops granting when its sender loses user management, or a capability it carries', async () => {
    const manager = await addMember(server, admin, ['ALLOW_MANAGE_PERMISSIONS', 'OVERVIEW', 'REPLENISHMENT'], 'Lou Manager');
    const noManage = uniqueEmail('nomanage');
    const noReplenish = uniqueEmail('noreplenish');
    const fine = uniqueEmail('fine');
    await ok(server, INVITE, { input: { email: noManage, permissions: ['OVERVIEW'] } }, manager.token);
    await ok(server, INVITE, { input: { email: noReplenish, permissions: ['REPLENISHMENT'] } }, manager.token);
    await ok(server, INVITE, { input: { email: fine, permissions: [] } }, manager.token);

    await ok(server, SET, { id: manager.userId, permissions: ['ALLOW_MANAGE_PERMISSIONS', 'OVERVIEW'] }, admin.token);
    const carried = await run(server, ACCEPT, { input: { token: await server.inviteToken(noReplenish), name: 'R', password: PASSWORD } });
    expect(codes(carried)).toEqual(['INVITE_REVOKED']);
    expect(codes(await run(server, ACCEPT, { input: { token: await server.inviteToken(fine), name: 'F', password: PASSWORD } }))).toEqual(
      [],
    );

    await ok(server, SET, { id: manager.userId, permissions: ['OVERVIEW'] }, admin.token);
    const unmanaged = await run(server, ACCEPT, { input: { token: await server.inviteToken(noManage), name: 'M', password: PASSWORD } });
    expect(codes(unmanaged)).toEqual(['INVITE_REVOKED']);
    expect(unmanaged.errors![0]!.message).toMatch(/can no longer grant it/);
  });

  it('a manager cannot plant a grant that a combination would switch on later', async () => {
    const manager = await addMember(server, admin, ['ALLOW_MANAGE_PERMISSIONS'], 'Pat Planter');
    const target = await addMember(server, admin, ['OVERVIEW'], 'Tess Target');
    const planted = await run(server, SET, { id: target.userId, permissions: ['OVERVIEW', 'MODIFY_SHARED_PRESETS'] }, manager.token);
    expect(codes(planted)).toEqual(['FORBIDDEN']);
    expect(planted.errors![0]!.extensions).toMatchObject({ rule: 'GRANT_NOT_HELD', capabilities: ['MODIFY_SHARED_PRESETS'] });
  });
});
