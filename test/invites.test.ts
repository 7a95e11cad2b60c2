import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PASSWORD, type SignedUp, type TestServer, addMember, codes, signUp, startServer, uniqueEmail } from './harness.js';
import type { InviteStatus } from './kit/gql/graphql.js';
import { graphql, ok, run } from './kit/index.js';

const INVITE = graphql(`
  mutation InvitesInvite($input: InviteUserInput!) {
    inviteUser(input: $input) {
      id
      status
      expiresAt
      sentCount
    }
  }
`);
const LIST = graphql(`
  query InvitesList($status: InviteStatus) {
    invites(status: $status) {
      totalCount
      nodes {
        id
        email
        status
        sentCount
        acceptedBy {
          name
        }
        revokedBy {
          name
        }
      }
    }
  }
`);
const ACCEPT = graphql(`
  mutation InvitesAccept($input: AcceptInviteInput!) {
    acceptInvite(input: $input) {
      token
      me {
        user {
          id
        }
        permissions {
          permissions
        }
      }
    }
  }
`);
const RESEND = graphql(`
  mutation InvitesResend($id: ID!) {
    resendInvite(inviteId: $id) {
      status
      sentCount
      expiresAt
    }
  }
`);
const REVOKE = graphql(`
  mutation InvitesRevoke($id: ID!) {
    revokeInvite(inviteId: $id) {
      status
    }
  }
`);
const DELETE_USER = graphql(`
  mutation InvitesDeleteUser($id: ID!) {
    deleteUser(userId: $id) {
      status
    }
  }
`);
const USER = graphql(`
  query InvitesUser($id: ID!) {
    user(id: $id) {
      status
      deletedAt
    }
  }
`);
const ACTIVE = graphql(`
  query InvitesActiveUsers($after: String) {
    users(first: 2, status: ACTIVE, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      nodes {
        id
        status
      }
    }
  }
`);
const DELETED = graphql(`
  query InvitesDeletedUsers {
    users(status: DELETED) {
      nodes {
        status
      }
    }
  }
`);

describe('the invite lifecycle', () => {
  let server: TestServer;
  let admin: SignedUp;
  beforeAll(async () => {
    server = await startServer({ config: { inviteTtlDays: 2 } });
    admin = await signUp(server);
  });
  afterAll(() => server.close());

  const list = async (status?: InviteStatus) => (await ok(server, LIST, { status }, admin.token)).invites;

  it('an invite expires after INVITE_TTL_DAYS, is listed as expired, and a re-invite revives it with a new link', async () => {
    const email = uniqueEmail('eve');
    const { inviteUser } = await ok(server, INVITE, { input: { email, permissions: ['OVERVIEW'] } }, admin.token);
    expect(Date.parse(inviteUser.expiresAt) - server.clock.time).toBe(2 * 24 * 60 * 60 * 1000);
    expect((await list('PENDING')).nodes.map((i: any) => i.id)).toContain(inviteUser.id);
    const firstLink = await server.inviteToken(email);

    server.clock.advanceDays(3);
    expect((await list('EXPIRED')).nodes.map((i: any) => i.id)).toContain(inviteUser.id);
    expect((await list('PENDING')).nodes.map((i: any) => i.id)).not.toContain(inviteUser.id);

    const resent = await ok(server, RESEND, { id: inviteUser.id }, admin.token);
    expect(resent.resendInvite).toMatchObject({ status: 'PENDING', sentCount: 2 });
    expect(Date.parse(resent.resendInvite.expiresAt) - server.clock.time).toBe(2 * 24 * 60 * 60 * 1000);
    expect((await server.emails()).filter((m) => m.recipient === email)).toHaveLength(2);
    const secondLink = await server.inviteToken(email);
    expect(secondLink).not.toBe(firstLink);

    expect(codes(await run(server, ACCEPT, { input: { token: firstLink, name: 'Eve', password: PASSWORD } }))).toEqual(['INVITE_REVOKED']);
    const accepted = await ok(server, ACCEPT, { input: { token: secondLink, name: 'Eve', password: PASSWORD } });
    expect(accepted.acceptInvite.me.permissions.permissions).toEqual(['OVERVIEW']);
    const done = (await list('ACCEPTED')).nodes.find((i: any) => i.id === inviteUser.id);
    expect(done).toMatchObject({ status: 'ACCEPTED', acceptedBy: { name: 'Eve' } });
  });

  it('a revoked invite is listed as revoked, with who revoked it, and its email can be invited again', async () => {
    const email = uniqueEmail('rex');
    const { inviteUser } = await ok(server, INVITE, { input: { email } }, admin.token);
    await ok(server, REVOKE, { id: inviteUser.id }, admin.token);
    const revoked = (await list('REVOKED')).nodes.find((i: any) => i.id === inviteUser.id);
    expect(revoked).toMatchObject({ status: 'REVOKED', revokedBy: { name: 'Ada Admin' } });
    const again = await ok(server, INVITE, { input: { email } }, admin.token);
    expect(again.inviteUser.status).toBe('PENDING');
  });

  it('re-inviting a deleted user brings back the same user, so their history stays in one place', async () => {
    const member = await addMember(server, admin, ['OVERVIEW'], 'Dee Parted');
    await ok(server, DELETE_USER, { id: member.userId }, admin.token);
    await ok(server, INVITE, { input: { email: member.email, permissions: ['OVERVIEW', 'OVERSTOCK'] } }, admin.token);
    const back = await ok(server, ACCEPT, { input: { token: await server.inviteToken(member.email), password: PASSWORD } });
    expect(back.acceptInvite.me.user.id).toBe(member.userId);
    expect(back.acceptInvite.me.permissions.permissions).toEqual(['OVERSTOCK', 'OVERVIEW']);
    const user = await ok(server, USER, { id: member.userId }, admin.token);
    expect(user.user).toEqual({ status: 'ACTIVE', deletedAt: null });
  });

  it('lists users by status and pages through them', async () => {
    const seen: string[] = [];
    let after: string | null = null;
    let total = 0;
    do {
      const page: any = (await ok(server, ACTIVE, { after }, admin.token)).users;
      total = page.totalCount;
      for (const node of page.nodes) expect(node.status).toBe('ACTIVE');
      seen.push(...page.nodes.map((n: any) => n.id));
      after = page.pageInfo.hasNextPage ? page.pageInfo.endCursor : null;
    } while (after);
    expect(seen).toHaveLength(total);
    expect(new Set(seen).size).toBe(total);
    const deleted = await ok(server, DELETED, {}, admin.token);
    for (const node of deleted.users.nodes) expect(node.status).toBe('DELETED');
  });
});
