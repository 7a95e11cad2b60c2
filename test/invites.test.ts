import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PASSWORD, type SignedUp, type TestServer, addMember, codes, signUp, startServer, uniqueEmail } from './harness.js';

const INVITE = `mutation ($input: InviteUserInput!) { inviteUser(input: $input) { id status expiresAt sentCount } }`;
const LIST = `query ($status: InviteStatus) {
  invites(status: $status) { totalCount nodes { id email status sentCount acceptedBy { name } revokedBy { name } } }
}`;
const ACCEPT = `mutation ($input: AcceptInviteInput!) { acceptInvite(input: $input) { token me { user { id } permissions { permissions } } } }`;

describe('the invite lifecycle', () => {
  let server: TestServer;
  let admin: SignedUp;
  beforeAll(async () => {
    server = await startServer({ config: { inviteTtlDays: 2 } });
    admin = await signUp(server);
  });
  afterAll(() => server.close());

  const list = async (status?: string) => (await server.ok(LIST, { status }, admin.token)).invites;

  it('an invite expires after INVITE_TTL_DAYS, is listed as expired, and a re-invite revives it with a new link', async () => {
    const email = uniqueEmail('eve');
    const { inviteUser } = await server.ok(INVITE, { input: { email, permissions: ['OVERVIEW'] } }, admin.token);
    expect(Date.parse(inviteUser.expiresAt) - server.clock.time).toBe(2 * 24 * 60 * 60 * 1000);
    expect((await list('PENDING')).nodes.map((i: any) => i.id)).toContain(inviteUser.id);
    const firstLink = await server.inviteToken(email);

    server.clock.advanceDays(3);
    expect((await list('EXPIRED')).nodes.map((i: any) => i.id)).toContain(inviteUser.id);
    expect((await list('PENDING')).nodes.map((i: any) => i.id)).not.toContain(inviteUser.id);

    const resent = await server.ok(
      `mutation ($id: ID!) { resendInvite(inviteId: $id) { status sentCount expiresAt } }`,
      { id: inviteUser.id },
      admin.token,
    );
    expect(resent.resendInvite).toMatchObject({ status: 'PENDING', sentCount: 2 });
    expect(Date.parse(resent.resendInvite.expiresAt) - server.clock.time).toBe(2 * 24 * 60 * 60 * 1000);
    expect((await server.emails()).filter((m) => m.recipient === email)).toHaveLength(2);
    const secondLink = await server.inviteToken(email);
    expect(secondLink).not.toBe(firstLink);

    expect(codes(await server.gql(ACCEPT, { input: { token: firstLink, name: 'Eve', password: PASSWORD } }))).toEqual([
      'INVITE_REVOKED',
    ]);
    const accepted = await server.ok(ACCEPT, { input: { token: secondLink, name: 'Eve', password: PASSWORD } });
    expect(accepted.acceptInvite.me.permissions.permissions).toEqual(['OVERVIEW']);
    const done = (await list('ACCEPTED')).nodes.find((i: any) => i.id === inviteUser.id);
    expect(done).toMatchObject({ status: 'ACCEPTED', acceptedBy: { name: 'Eve' } });
  });

  it('a revoked invite is listed as revoked, with who revoked it, and its email can be invited again', async () => {
    const email = uniqueEmail('rex');
    const { inviteUser } = await server.ok(INVITE, { input: { email } }, admin.token);
    await server.ok(`mutation ($id: ID!) { revokeInvite(inviteId: $id) { status } }`, { id: inviteUser.id }, admin.token);
    const revoked = (await list('REVOKED')).nodes.find((i: any) => i.id === inviteUser.id);
    expect(revoked).toMatchObject({ status: 'REVOKED', revokedBy: { name: 'Ada Admin' } });
    const again = await server.ok(INVITE, { input: { email } }, admin.token);
    expect(again.inviteUser.status).toBe('PENDING');
  });

  it('re-inviting a deleted user brings back the same user, so their history stays in one place', async () => {
    const member = await addMember(server, admin, ['OVERVIEW'], 'Dee Parted');
    await server.ok(`mutation ($id: ID!) { deleteUser(userId: $id) { status } }`, { id: member.userId }, admin.token);
    await server.ok(INVITE, { input: { email: member.email, permissions: ['OVERVIEW', 'OVERSTOCK'] } }, admin.token);
    const back = await server.ok(ACCEPT, { input: { token: await server.inviteToken(member.email), password: PASSWORD } });
    expect(back.acceptInvite.me.user.id).toBe(member.userId);
    expect(back.acceptInvite.me.permissions.permissions).toEqual(['OVERSTOCK', 'OVERVIEW']);
    const user = await server.ok(`query ($id: ID!) { user(id: $id) { status deletedAt } }`, { id: member.userId }, admin.token);
    expect(user.user).toEqual({ status: 'ACTIVE', deletedAt: null });
  });

  it('lists users by status and pages through them', async () => {
    const ACTIVE = `query ($after: String) { users(first: 2, status: ACTIVE, after: $after) { totalCount pageInfo { hasNextPage endCursor } nodes { id status } } }`;
    const seen: string[] = [];
    let after: string | null = null;
    let total = 0;
    do {
      const page: any = (await server.ok(ACTIVE, { after }, admin.token)).users;
      total = page.totalCount;
      for (const node of page.nodes) expect(node.status).toBe('ACTIVE');
      seen.push(...page.nodes.map((n: any) => n.id));
      after = page.pageInfo.hasNextPage ? page.pageInfo.endCursor : null;
    } while (after);
    expect(seen).toHaveLength(total);
    expect(new Set(seen).size).toBe(total);
    const deleted = await server.ok(`{ users(status: DELETED) { nodes { status } } }`, {}, admin.token);
    for (const node of deleted.users.nodes) expect(node.status).toBe('DELETED');
  });
});
