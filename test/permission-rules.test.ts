import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  type GraphQLResponse,
  PASSWORD,
  type SignedUp,
  type TestServer,
  addMember,
  codes,
  signUp,
  startServer,
  uniqueEmail,
} from './harness.js';
import type { PermissionKey } from './kit/gql/graphql.js';
import { graphql, ok, run } from './kit/index.js';

// The management and decision rules of shared/PERMISSION-MODEL.md, checked over HTTP against the
// real server. Every test signs up its own account, so tests do not share state.

let server: TestServer;
beforeAll(async () => {
  server = await startServer();
});
afterAll(() => server.close());

// ---------------------------------------------------------------------------------------------
// Helpers
// ---------------------------------------------------------------------------------------------

type Session = { token: string };
type Member = SignedUp & { inviteId: string };

const INVITE_USER = graphql(`
  mutation PermissionRulesInviteUser($input: InviteUserInput!) {
    inviteUser(input: $input) {
      id
      email
      status
      permissions
      sentCount
      expiresAt
    }
  }
`);
const RESEND_INVITE = graphql(`
  mutation PermissionRulesResendInvite($id: ID!) {
    resendInvite(inviteId: $id) {
      id
      status
      sentCount
      expiresAt
    }
  }
`);
const REVOKE_INVITE = graphql(`
  mutation PermissionRulesRevokeInvite($id: ID!) {
    revokeInvite(inviteId: $id) {
      id
      status
    }
  }
`);
const UPDATE_PERMISSIONS = graphql(`
  mutation PermissionRulesUpdatePermissions($id: ID!, $permissions: [PermissionKey!]!) {
    updateUserPermissions(input: { userId: $id, permissions: $permissions }) {
      id
      permissions {
        fullAccess
        permissions
        capabilities
      }
    }
  }
`);
const DELETE_USER = graphql(`
  mutation PermissionRulesDeleteUser($id: ID!) {
    deleteUser(userId: $id) {
      id
      status
    }
  }
`);
const INVITES = graphql(`
  query PermissionRulesInvites {
    invites {
      totalCount
      nodes {
        id
        email
        status
        permissions
        sentCount
        expiresAt
      }
    }
  }
`);
const AUDIT_LOG = graphql(`
  query PermissionRulesAuditLog($first: Int) {
    auditLog(first: $first) {
      totalCount
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
        }
        before
        after
        at
      }
    }
  }
`);
const MY_PERMISSIONS = graphql(`
  query PermissionRulesMyPermissions {
    me {
      permissions {
        fullAccess
        permissions
        capabilities
        decisions {
          capability
          allowed
          reason
          grantedBy
          restrictedBy
          feature
          requires
        }
      }
    }
  }
`);

/** Sends an invite; returns the raw response (for refusals) and the email it went to. */
async function invite(by: Session, permissions?: PermissionKey[], name = 'Ivy Invitee') {
  const email = uniqueEmail(name.split(' ')[0]!.toLowerCase());
  const input = permissions === undefined ? { email, name } : { email, name, permissions };
  const response = await run(server, INVITE_USER, { input }, by.token);
  return { response, email };
}

/** Sends an invite that must succeed; returns the invite as the server answered it. */
async function inviteOk(by: Session, permissions?: PermissionKey[], name = 'Ivy Invitee') {
  const { response, email } = await invite(by, permissions, name);
  expect(response.errors, JSON.stringify(response.errors)).toBeUndefined();
  return { ...response.data!.inviteUser, email } as {
    id: string;
    email: string;
    status: string;
    permissions: string[];
    sentCount: number;
    expiresAt: string;
  };
}

/** Accepts the last invite emailed to `email` with a new login. */
async function accept(email: string) {
  const data = await ok(
    server,
    graphql(`
      mutation PermissionRulesAcceptInvite($input: AcceptInviteInput!) {
        acceptInvite(input: $input) {
          token
          me {
            user {
              id
            }
          }
        }
      }
    `),
    { input: { token: await server.inviteToken(email), password: PASSWORD } },
  );
  return { token: data.acceptInvite.token as string, userId: data.acceptInvite.me.user.id as string };
}

const resend = (by: Session, inviteId: string) => run(server, RESEND_INVITE, { id: inviteId }, by.token);
const revoke = (by: Session, inviteId: string) => run(server, REVOKE_INVITE, { id: inviteId }, by.token);
const setPermissions = (by: Session, userId: string, permissions: PermissionKey[]) =>
  run(server, UPDATE_PERMISSIONS, { id: userId, permissions }, by.token);
const deleteUser = (by: Session, userId: string) => run(server, DELETE_USER, { id: userId }, by.token);

/** A user as a full-access admin sees them: status and permissions held. */
async function userAsSeenBy(admin: Session, userId: string) {
  const data = await ok(
    server,
    graphql(`
      query PermissionRulesUser($id: ID!) {
        user(id: $id) {
          id
          status
          permissions {
            fullAccess
            permissions
            narrowings
          }
        }
      }
    `),
    { id: userId },
    admin.token,
  );
  return data.user as {
    id: string;
    status: string;
    permissions: { fullAccess: boolean; permissions: string[]; narrowings: string[] };
  };
}

async function invitesSeenBy(admin: Session) {
  return (await ok(server, INVITES, {}, admin.token)).invites as {
    totalCount: number;
    nodes: Array<{ id: string; email: string; status: string; permissions: string[]; sentCount: number; expiresAt: string }>;
  };
}

interface AuditEntry {
  action: string;
  actor: { id: string } | null;
  target: { id: string } | null;
  invite: { id: string } | null;
  before: any;
  after: any;
  at: string;
}

async function auditLog(admin: Session, first = 100) {
  return (await ok(server, AUDIT_LOG, { first }, admin.token)).auditLog as { totalCount: number; nodes: AuditEntry[] };
}

/** The newest audit entry, and how many there are in all. */
async function latestAudit(admin: Session) {
  const log = await auditLog(admin, 1);
  return { count: log.totalCount, entry: log.nodes[0]! };
}

interface Decision {
  capability: string;
  allowed: boolean;
  reason: string;
  grantedBy: string[];
  restrictedBy: string[];
  feature: string | null;
  requires: string | null;
}

/** The caller's own effective permissions, with each capability's decision by capability name. */
async function myPermissions(member: Session) {
  const { me } = await ok(server, MY_PERMISSIONS, {}, member.token);
  const decisions: Record<string, Decision> = Object.fromEntries(me.permissions.decisions.map((d) => [d.capability, d as Decision]));
  return { ...(me.permissions as { fullAccess: boolean; permissions: string[]; capabilities: string[] }), decisions };
}

/** Asserts a single error with this code whose extensions include `extensions`. */
function expectRefused(response: GraphQLResponse, code: string, extensions: Record<string, unknown> = {}) {
  expect(codes(response), JSON.stringify(response.errors)).toEqual([code]);
  expect(response.errors![0]!.extensions).toMatchObject(extensions);
}

const expectOk = (response: GraphQLResponse) => expect(response.errors, JSON.stringify(response.errors)).toBeUndefined();

/** Everything a refused management call could have touched, to compare before and after. */
async function snapshot(admin: Session, userIds: string[]) {
  return {
    users: await Promise.all(userIds.map((id) => userAsSeenBy(admin, id))),
    invites: await invitesSeenBy(admin),
    auditCount: (await auditLog(admin, 1)).totalCount,
    emails: (await server.emails()).length,
  };
}

/** A fresh account: its full-access founder and an ordinary member holding OVERVIEW. */
async function freshAccount() {
  const admin = await signUp(server, 'Acme', 'Ada Admin');
  const member = await addMember(server, admin, ['OVERVIEW'], 'Olly Ordinary');
  return { admin, member };
}

const withManager = async (permissions: string[], base?: Awaited<ReturnType<typeof freshAccount>>) => {
  const account = base ?? (await freshAccount());
  const manager = await addMember(server, account.admin, permissions, 'Mia Manager');
  return { ...account, manager };
};

const tick = (ms = 60_000) => {
  server.clock.time += ms;
  return new Date(server.clock.time).toISOString();
};

// ---------------------------------------------------------------------------------------------
// Rule 1: managing users needs Full access or "Allow Manage Permissions"
// ---------------------------------------------------------------------------------------------

describe('managing users needs Full access or "Allow Manage Permissions"', () => {
  // Everything but the manage power: permission sets do not imply managing users.
  const busyMemberPermissions = ['OVERVIEW', 'REPLENISHMENT', 'PURCHASE_ORDERS', 'INVENTORY_KPIS', 'ALLOW_EDIT_BRAND_SETTINGS'];

  type Fixture = { admin: SignedUp; member: Member; target: Member; pendingInviteId: string };
  const operations: Array<[string, (caller: Session, f: Fixture) => Promise<GraphQLResponse>]> = [
    ['inviteUser', async (caller) => (await invite(caller, [])).response],
    ['resendInvite', (caller, f) => resend(caller, f.pendingInviteId)],
    ['revokeInvite', (caller, f) => revoke(caller, f.pendingInviteId)],
    ['updateUserPermissions', (caller, f) => setPermissions(caller, f.target.userId, [])],
    ['deleteUser', (caller, f) => deleteUser(caller, f.target.userId)],
    ['invites', (caller) => run(server, INVITES, {}, caller.token)],
    ['auditLog', (caller) => run(server, AUDIT_LOG, {}, caller.token)],
  ];

  async function fixture(memberPermissions: string[]): Promise<Fixture> {
    const admin = await signUp(server, 'Acme', 'Ada Admin');
    const member = await addMember(server, admin, memberPermissions, 'Mo Member');
    const target = await addMember(server, admin, ['OVERVIEW'], 'Tia Target');
    const pending = await inviteOk(admin, ['RESTRICT_DELETE_STYLES'], 'Pat Pending');
    return { admin, member, target, pendingInviteId: pending.id };
  }

  it.each(operations)('a member with neither is refused %s, naming manageUsers and what grants it', async (_name, run) => {
    const f = await fixture(busyMemberPermissions);
    const before = await snapshot(f.admin, [f.target.userId]);

    const response = await run(f.member, f);

    expectRefused(response, 'FORBIDDEN', { capability: 'MANAGE_USERS' });
    const { message, extensions } = response.errors![0]!;
    expect(message).toContain('Full access');
    expect(message).toContain('Allow Manage Permissions');
    expect(extensions!.grantedBy).toEqual(expect.arrayContaining(['FULL_ACCESS', 'ALLOW_MANAGE_PERMISSIONS']));
    // Nothing happened: same users, same invites, no audit entry, no email.
    expect(await snapshot(f.admin, [f.target.userId])).toEqual(before);
  });

  it('the member really lacks MANAGE_USERS, reason NOT_GRANTED', async () => {
    const f = await fixture(busyMemberPermissions);
    const mine = await myPermissions(f.member);
    expect(mine.capabilities).not.toContain('MANAGE_USERS');
    expect(mine.decisions.MANAGE_USERS).toMatchObject({ allowed: false, reason: 'NOT_GRANTED' });
  });

  describe('a member with ALLOW_MANAGE_PERMISSIONS and no full access can manage ordinary members', () => {
    const managerPermissions = ['ALLOW_MANAGE_PERMISSIONS'];

    it('holds MANAGE_USERS (reason GRANTED) without full access', async () => {
      const f = await fixture(managerPermissions);
      const mine = await myPermissions(f.member);
      expect(mine.fullAccess).toBe(false);
      expect(mine.decisions.MANAGE_USERS).toMatchObject({
        allowed: true,
        reason: 'GRANTED',
        grantedBy: ['ALLOW_MANAGE_PERMISSIONS'],
      });
    });

    it('inviteUser', async () => {
      const f = await fixture(managerPermissions);
      const sent = await inviteOk(f.member, ['RESTRICT_DELETE_STYLES']);
      expect(sent).toMatchObject({ status: 'PENDING', permissions: ['RESTRICT_DELETE_STYLES'], sentCount: 1 });
      expect((await server.emails()).at(-1)!.recipient).toBe(sent.email);
      const invites = await invitesSeenBy(f.admin);
      expect(invites.nodes.map((i) => i.id)).toContain(sent.id);
    });

    it('resendInvite', async () => {
      const f = await fixture(managerPermissions);
      const response = await resend(f.member, f.pendingInviteId);
      expectOk(response);
      expect(response.data!.resendInvite).toMatchObject({ id: f.pendingInviteId, status: 'PENDING', sentCount: 2 });
    });

    it('revokeInvite', async () => {
      const f = await fixture(managerPermissions);
      const response = await revoke(f.member, f.pendingInviteId);
      expectOk(response);
      expect(response.data!.revokeInvite).toEqual({ id: f.pendingInviteId, status: 'REVOKED' });
      const invites = await invitesSeenBy(f.admin);
      expect(invites.nodes.find((i) => i.id === f.pendingInviteId)!.status).toBe('REVOKED');
    });

    it('updateUserPermissions', async () => {
      const f = await fixture(managerPermissions);
      const response = await setPermissions(f.member, f.target.userId, ['RESTRICT_DELETE_STYLES']);
      expectOk(response);
      expect(response.data!.updateUserPermissions.permissions!.permissions).toEqual(['RESTRICT_DELETE_STYLES']);
      expect((await userAsSeenBy(f.admin, f.target.userId)).permissions.permissions).toEqual(['RESTRICT_DELETE_STYLES']);
    });

    it('deleteUser', async () => {
      const f = await fixture(managerPermissions);
      const response = await deleteUser(f.member, f.target.userId);
      expectOk(response);
      expect(response.data!.deleteUser).toEqual({ id: f.target.userId, status: 'DELETED' });
      expect((await userAsSeenBy(f.admin, f.target.userId)).status).toBe('DELETED');
      expect(
        codes(
          await run(
            server,
            graphql(`
              query PermissionRulesMe {
                me {
                  name
                }
              }
            `),
            {},
            f.target.token,
          ),
        ),
      ).toEqual(['UNAUTHENTICATED']);
    });

    it('the invites query', async () => {
      const f = await fixture(managerPermissions);
      const invites = (await ok(server, INVITES, {}, f.member.token)).invites;
      expect(invites.nodes.map((i: { id: string }) => i.id)).toContain(f.pendingInviteId);
    });

    it('the auditLog query', async () => {
      const f = await fixture(managerPermissions);
      const log = await auditLog(f.member);
      expect(log.totalCount).toBeGreaterThan(0);
      expect(log.nodes.map((n) => n.action)).toEqual(expect.arrayContaining(['INVITE_SENT', 'INVITE_ACCEPTED']));
    });
  });
});

// ---------------------------------------------------------------------------------------------
// Rule 2: restrictions, account features and combinations decide capabilities
// ---------------------------------------------------------------------------------------------

describe('effective capabilities: restrictions, account features and combinations', () => {
  it('a RESTRICT toggle that is on takes an everyday capability away, naming the toggle', async () => {
    const { admin } = await freshAccount();
    const plain = await addMember(server, admin, [], 'Pia Plain');
    const restricted = await addMember(server, admin, ['RESTRICT_DELETE_STYLES'], 'Rex Restricted');

    const everyday = await myPermissions(plain);
    expect(everyday.capabilities).toContain('DELETE_STYLES');
    expect(everyday.decisions.DELETE_STYLES).toMatchObject({ allowed: true, reason: 'EVERY_MEMBER', restrictedBy: [] });

    const mine = await myPermissions(restricted);
    expect(mine.capabilities).not.toContain('DELETE_STYLES');
    expect(mine.capabilities).toContain('EDIT_STYLES'); // only the restricted capability goes
    expect(mine.decisions.DELETE_STYLES).toMatchObject({
      capability: 'DELETE_STYLES',
      allowed: false,
      reason: 'RESTRICTED',
      restrictedBy: ['RESTRICT_DELETE_STYLES'],
    });
  });

  it('deny wins over a grant: a restriction beats a permission set on the same member', async () => {
    const { admin } = await freshAccount();
    const member = await addMember(server, admin, ['REPLENISHMENT', 'RESTRICT_DELETE_STYLES'], 'Dee Deny');
    const mine = await myPermissions(member);
    expect(mine.decisions.EDIT_FORECAST).toMatchObject({ allowed: true, reason: 'GRANTED' });
    expect(mine.decisions.DELETE_STYLES).toMatchObject({ allowed: false, reason: 'RESTRICTED' });
  });

  it('full access ignores restrictions', async () => {
    const { admin } = await freshAccount();
    const boss = await addMember(server, admin, ['FULL_ACCESS', 'RESTRICT_DELETE_STYLES'], 'Fay Full');
    const mine = await myPermissions(boss);
    expect(mine.fullAccess).toBe(true);
    expect(mine.capabilities).toContain('DELETE_STYLES');
    expect(mine.decisions.DELETE_STYLES).toMatchObject({ allowed: true, reason: 'FULL_ACCESS', restrictedBy: [] });
    expect(mine.decisions.MANAGE_USERS).toMatchObject({ allowed: true, reason: 'FULL_ACCESS' });
  });

  it('an account feature that is off gates everyone, full access included; on, the grant counts', async () => {
    const { admin } = await freshAccount();
    const buyer = await addMember(server, admin, ['PURCHASE_ORDERS'], 'Bea Buyer');
    const viewer = await addMember(server, admin, ['OVERVIEW'], 'Vic Viewer');

    const off = await ok(
      server,
      graphql(`
        mutation PermissionRulesUpdateAccount {
          updateAccount(input: { wholesaleEnabled: false }) {
            wholesaleEnabled
          }
        }
      `),
      {},
      admin.token,
    );
    expect(off.updateAccount.wholesaleEnabled).toBe(false);

    const adminOff = await myPermissions(admin);
    expect(adminOff.fullAccess).toBe(true);
    expect(adminOff.capabilities).not.toContain('WHOLESALE');
    expect(adminOff.decisions.WHOLESALE).toMatchObject({ allowed: false, reason: 'FEATURE_DISABLED' });
    expect(adminOff.decisions.WHOLESALE!.feature).toMatch(/wholesale/i);
    const buyerOff = await myPermissions(buyer);
    expect(buyerOff.capabilities).not.toContain('WHOLESALE');
    expect(buyerOff.capabilities).toContain('STOCK_ORDERS'); // the rest of the set still counts
    expect(buyerOff.decisions.WHOLESALE).toMatchObject({ allowed: false, reason: 'FEATURE_DISABLED' });

    const on = await ok(
      server,
      graphql(`
        mutation PermissionRulesUpdateAccount2 {
          updateAccount(input: { wholesaleEnabled: true }) {
            wholesaleEnabled
          }
        }
      `),
      {},
      admin.token,
    );
    expect(on.updateAccount.wholesaleEnabled).toBe(true);

    const buyerOn = await myPermissions(buyer);
    expect(buyerOn.capabilities).toContain('WHOLESALE');
    expect(buyerOn.decisions.WHOLESALE).toMatchObject({ allowed: true, reason: 'GRANTED', grantedBy: ['PURCHASE_ORDERS'] });
    expect((await myPermissions(admin)).decisions.WHOLESALE).toMatchObject({ allowed: true, reason: 'FULL_ACCESS' });
    expect((await myPermissions(viewer)).decisions.WHOLESALE).toMatchObject({ allowed: false, reason: 'NOT_GRANTED' });
  });

  it('an account update that sets nothing changes nothing and records nothing', async () => {
    const { admin } = await freshAccount();
    const before = await latestAudit(admin);
    const data = await ok(
      server,
      graphql(`
        mutation PermissionRulesUpdateAccount3 {
          updateAccount(input: {}) {
            name
            wholesaleEnabled
          }
        }
      `),
      {},
      admin.token,
    );
    expect(data.updateAccount).toEqual({ name: 'Acme', wholesaleEnabled: false });
    expect((await latestAudit(admin)).count).toBe(before.count);
  });

  it('changing account features needs the settings capability (full access)', async () => {
    const { admin } = await freshAccount();
    const manager = await addMember(server, admin, ['ALLOW_MANAGE_PERMISSIONS', 'PURCHASE_ORDERS'], 'Mia Manager');
    const response = await run(
      server,
      graphql(`
        mutation PermissionRulesUpdateAccount2 {
          updateAccount(input: { wholesaleEnabled: true }) {
            wholesaleEnabled
          }
        }
      `),
      {},
      manager.token,
    );
    expectRefused(response, 'FORBIDDEN', { capability: 'SETTINGS' });
    expect((await myPermissions(manager)).decisions.WHOLESALE).toMatchObject({ allowed: false, reason: 'FEATURE_DISABLED' });
  });

  it('MODIFY_SHARED_PRESETS alone does not count; together with INVENTORY_KPIS it does', async () => {
    const { admin } = await freshAccount();
    const alone = await addMember(server, admin, ['MODIFY_SHARED_PRESETS'], 'Al Alone');
    const withReports = await addMember(server, admin, ['MODIFY_SHARED_PRESETS', 'INVENTORY_KPIS'], 'Kim Kpis');

    const a = await myPermissions(alone);
    expect(a.capabilities).not.toContain('MODIFY_SHARED_PRESETS');
    expect(a.decisions.MODIFY_SHARED_PRESETS).toMatchObject({
      allowed: false,
      reason: 'REQUIRES_OTHER_CAPABILITY',
      requires: 'REPORTS',
      grantedBy: ['MODIFY_SHARED_PRESETS'],
    });

    const k = await myPermissions(withReports);
    expect(k.capabilities).toEqual(expect.arrayContaining(['MODIFY_SHARED_PRESETS', 'REPORTS']));
    expect(k.decisions.MODIFY_SHARED_PRESETS).toMatchObject({ allowed: true, reason: 'GRANTED' });
  });

  it('SEND_EMAILS only with PURCHASE_ORDERS', async () => {
    const { admin } = await freshAccount();
    const noPo = await addMember(
      server,
      admin,
      ['OVERVIEW', 'REPLENISHMENT', 'OPEN_TO_BUY', 'OVERSTOCK', 'INVENTORY_KPIS', 'ALLOW_MANAGE_PERMISSIONS'],
      'Nat NoPo',
    );
    const po = await addMember(server, admin, ['PURCHASE_ORDERS'], 'Pete Po');

    const n = await myPermissions(noPo);
    expect(n.capabilities).not.toContain('SEND_EMAILS');
    expect(n.decisions.SEND_EMAILS).toMatchObject({ allowed: false, reason: 'NOT_GRANTED' });

    const p = await myPermissions(po);
    expect(p.capabilities).toContain('SEND_EMAILS');
    expect(p.decisions.SEND_EMAILS).toMatchObject({ allowed: true, reason: 'GRANTED', grantedBy: ['PURCHASE_ORDERS'] });
  });

  it('SYNC for every member, with no permissions at all and under every restriction and scope', async () => {
    const { admin } = await freshAccount();
    const catalog = (
      await ok(
        server,
        graphql(`
          query PermissionRulesPermissionCatalog {
            permissionCatalog {
              key
              kind
            }
          }
        `),
        {},
      )
    ).permissionCatalog as Array<{
      key: string;
      kind: string;
    }>;
    const toggles = catalog.filter((e) => e.kind === 'RESTRICT' || e.kind === 'SCOPE').map((e) => e.key);
    expect(toggles.length).toBeGreaterThan(10);

    const nobody = await addMember(server, admin, [], 'Nora Nobody');
    const cornered = await addMember(server, admin, toggles, 'Cora Cornered');

    const n = await myPermissions(nobody);
    expect(n.permissions).toEqual([]);
    expect(n.capabilities).toContain('SYNC');
    expect(n.decisions.SYNC).toMatchObject({ allowed: true, reason: 'EVERY_MEMBER' });

    const c = await myPermissions(cornered);
    expect(c.capabilities).toContain('SYNC');
    expect(c.capabilities).not.toContain('DELETE_STYLES');
  });
});

// ---------------------------------------------------------------------------------------------
// Rule 3: no privilege escalation
// ---------------------------------------------------------------------------------------------

describe('no privilege escalation', () => {
  const MANAGER = ['ALLOW_MANAGE_PERMISSIONS', 'OVERVIEW'];

  it('a manager cannot invite with a permission they do not hold (GRANT_NOT_HELD)', async () => {
    const { admin, manager } = await withManager(MANAGER);
    const before = await snapshot(admin, []);
    const { response } = await invite(manager, ['OVERVIEW', 'REPLENISHMENT']);
    expectRefused(response, 'FORBIDDEN', { rule: 'GRANT_NOT_HELD' });
    expect(response.errors![0]!.extensions!.capabilities).toEqual(expect.arrayContaining(['REPLENISHMENT']));
    expect(await snapshot(admin, [])).toEqual(before); // no invite, no email, no audit entry
  });

  it('a manager cannot grant a permission they do not hold (GRANT_NOT_HELD)', async () => {
    const { admin, manager, member } = await withManager(MANAGER);
    const before = await snapshot(admin, [member.userId]);
    const response = await setPermissions(manager, member.userId, ['OVERVIEW', 'REPLENISHMENT']);
    expectRefused(response, 'FORBIDDEN', { rule: 'GRANT_NOT_HELD' });
    expect(await snapshot(admin, [member.userId])).toEqual(before);
    expect((await userAsSeenBy(admin, member.userId)).permissions.permissions).toEqual(['OVERVIEW']);
  });

  it('a manager cannot invite with full access, neither explicitly nor by the default (FULL_ACCESS_REQUIRED)', async () => {
    const { admin, manager } = await withManager(MANAGER);
    const before = await snapshot(admin, []);
    expectRefused((await invite(manager, ['FULL_ACCESS'])).response, 'FORBIDDEN', { rule: 'FULL_ACCESS_REQUIRED' });
    expectRefused((await invite(manager)).response, 'FORBIDDEN', { rule: 'FULL_ACCESS_REQUIRED' });
    expect(await snapshot(admin, [])).toEqual(before);
  });

  it('a manager cannot grant full access (FULL_ACCESS_REQUIRED)', async () => {
    const { admin, manager, member } = await withManager(MANAGER);
    const before = await snapshot(admin, [member.userId]);
    const response = await setPermissions(manager, member.userId, ['FULL_ACCESS']);
    expectRefused(response, 'FORBIDDEN', { rule: 'FULL_ACCESS_REQUIRED' });
    expect(await snapshot(admin, [member.userId])).toEqual(before);
  });

  it('a manager cannot edit a full-access user, even to take something away (FULL_ACCESS_REQUIRED)', async () => {
    const { admin, manager } = await withManager(MANAGER);
    const boss = await addMember(server, admin, ['FULL_ACCESS'], 'Bo Boss');
    const before = await snapshot(admin, [boss.userId, admin.userId]);
    for (const permissions of [['OVERVIEW'], [], ['FULL_ACCESS', 'RESTRICT_DELETE_STYLES']] as PermissionKey[][]) {
      expectRefused(await setPermissions(manager, boss.userId, permissions), 'FORBIDDEN', { rule: 'FULL_ACCESS_REQUIRED' });
    }
    expectRefused(await setPermissions(manager, admin.userId, ['OVERVIEW']), 'FORBIDDEN', { rule: 'FULL_ACCESS_REQUIRED' });
    expect(await snapshot(admin, [boss.userId, admin.userId])).toEqual(before);
  });

  it('a manager cannot delete a full-access user (FULL_ACCESS_REQUIRED)', async () => {
    const { admin, manager } = await withManager(MANAGER);
    const boss = await addMember(server, admin, ['FULL_ACCESS'], 'Bo Boss');
    const before = await snapshot(admin, [boss.userId]);
    expectRefused(await deleteUser(manager, boss.userId), 'FORBIDDEN', { rule: 'FULL_ACCESS_REQUIRED' });
    expect(await snapshot(admin, [boss.userId])).toEqual(before);
    expect(
      (
        await ok(
          server,
          graphql(`
            query PermissionRulesMe {
              me {
                name
              }
            }
          `),
          {},
          boss.token,
        )
      ).me.name,
    ).toBe('Bo Boss');
  });

  it('a manager cannot revoke (or re-send) an invite that carries FULL_ACCESS', async () => {
    const { admin, manager } = await withManager(MANAGER);
    const fullInvite = await inviteOk(admin, ['FULL_ACCESS'], 'Fin Future');
    const before = await snapshot(admin, []);
    expectRefused(await revoke(manager, fullInvite.id), 'FORBIDDEN', { rule: 'FULL_ACCESS_REQUIRED' });
    expectRefused(await resend(manager, fullInvite.id), 'FORBIDDEN', { rule: 'FULL_ACCESS_REQUIRED' });
    expect(await snapshot(admin, [])).toEqual(before);
    const stored = (await invitesSeenBy(admin)).nodes.find((i) => i.id === fullInvite.id)!;
    expect(stored).toMatchObject({ status: 'PENDING', sentCount: 1 });
  });

  it('a manager cannot re-send an invite carrying a permission they do not hold, but can revoke it', async () => {
    const { admin, manager } = await withManager(MANAGER);
    const bigInvite = await inviteOk(admin, ['REPLENISHMENT'], 'Rae Replen');
    expectRefused(await resend(manager, bigInvite.id), 'FORBIDDEN', { rule: 'GRANT_NOT_HELD' });
    const revoked = await revoke(manager, bigInvite.id);
    expectOk(revoked);
    expect(revoked.data!.revokeInvite.status).toBe('REVOKED');
  });

  it('a manager under RESTRICT_DELETE_STYLES cannot turn it off for someone else, but can turn it on', async () => {
    const { admin, manager } = await withManager([...MANAGER, 'RESTRICT_DELETE_STYLES']);
    const restricted = await addMember(server, admin, ['OVERVIEW', 'RESTRICT_DELETE_STYLES'], 'Rex Restricted');
    const free = await addMember(server, admin, ['OVERVIEW'], 'Fred Free');

    const before = await snapshot(admin, [restricted.userId]);
    const lift = await setPermissions(manager, restricted.userId, ['OVERVIEW']);
    expectRefused(lift, 'FORBIDDEN', { rule: 'GRANT_NOT_HELD' });
    expect(lift.errors![0]!.extensions!.capabilities).toEqual(['DELETE_STYLES']);
    expect(await snapshot(admin, [restricted.userId])).toEqual(before);

    const impose = await setPermissions(manager, free.userId, ['OVERVIEW', 'RESTRICT_DELETE_STYLES']);
    expectOk(impose);
    expect((await userAsSeenBy(admin, free.userId)).permissions.permissions).toEqual(['OVERVIEW', 'RESTRICT_DELETE_STYLES']);
    expect((await myPermissions(free)).decisions.DELETE_STYLES).toMatchObject({ allowed: false, reason: 'RESTRICTED' });
  });

  it('a manager who is not restricted can turn a restriction off (they hold the everyday capability)', async () => {
    const { admin, manager } = await withManager(MANAGER);
    const restricted = await addMember(server, admin, ['OVERVIEW', 'RESTRICT_DELETE_STYLES'], 'Rex Restricted');
    expectOk(await setPermissions(manager, restricted.userId, ['OVERVIEW']));
    expect((await myPermissions(restricted)).decisions.DELETE_STYLES).toMatchObject({ allowed: true });
  });

  it('a manager under ENABLE_GEOGRAPHIC_PERMISSIONS cannot remove that scope from someone', async () => {
    const { admin, manager } = await withManager([...MANAGER, 'ENABLE_GEOGRAPHIC_PERMISSIONS']);
    const scoped = await addMember(server, admin, ['OVERVIEW', 'ENABLE_GEOGRAPHIC_PERMISSIONS'], 'Gil Geo');
    expect((await userAsSeenBy(admin, scoped.userId)).permissions.narrowings).toEqual(['CONNECTIONS_BY_REGION']);

    const before = await snapshot(admin, [scoped.userId]);
    const response = await setPermissions(manager, scoped.userId, ['OVERVIEW']);
    expectRefused(response, 'FORBIDDEN', { rule: 'GRANT_NOT_HELD' });
    expect(await snapshot(admin, [scoped.userId])).toEqual(before);
    expect((await userAsSeenBy(admin, scoped.userId)).permissions.narrowings).toEqual(['CONNECTIONS_BY_REGION']);
  });

  it('a restricted or scoped manager cannot invite someone free of their restriction or scope', async () => {
    const { admin, manager } = await withManager([...MANAGER, 'RESTRICT_DELETE_STYLES', 'ENABLE_GEOGRAPHIC_PERMISSIONS']);
    const before = await snapshot(admin, []);
    const free = (await invite(manager, ['OVERVIEW'])).response;
    expectRefused(free, 'FORBIDDEN', { rule: 'GRANT_NOT_HELD', capabilities: ['DELETE_STYLES'] });
    const unscoped = (await invite(manager, ['OVERVIEW', 'RESTRICT_DELETE_STYLES'])).response;
    expectRefused(unscoped, 'FORBIDDEN', { rule: 'GRANT_NOT_HELD', narrowings: ['CONNECTIONS_BY_REGION'] });
    expect(await snapshot(admin, [])).toEqual(before);
    // Under the same restriction and scope, the invite is within what the manager holds.
    expectOk((await invite(manager, ['OVERVIEW', 'RESTRICT_DELETE_STYLES', 'ENABLE_GEOGRAPHIC_PERMISSIONS'])).response);
  });

  it('a manager who is not scoped can remove the geographic scope', async () => {
    const { admin, manager } = await withManager(MANAGER);
    const scoped = await addMember(server, admin, ['OVERVIEW', 'ENABLE_GEOGRAPHIC_PERMISSIONS'], 'Gil Geo');
    expectOk(await setPermissions(manager, scoped.userId, ['OVERVIEW']));
    expect((await userAsSeenBy(admin, scoped.userId)).permissions.narrowings).toEqual([]);
  });

  it('nobody changes their own permissions, a manager included (SELF_EDIT)', async () => {
    const { admin, manager } = await withManager(MANAGER);
    const before = await snapshot(admin, [manager.userId]);
    // Even a change that only takes something away from themselves.
    for (const permissions of [
      ['ALLOW_MANAGE_PERMISSIONS'],
      ['ALLOW_MANAGE_PERMISSIONS', 'OVERVIEW', 'RESTRICT_DELETE_STYLES'],
    ] as PermissionKey[][]) {
      expectRefused(await setPermissions(manager, manager.userId, permissions), 'FORBIDDEN', { rule: 'SELF_EDIT' });
    }
    expect(await snapshot(admin, [manager.userId])).toEqual(before);
  });

  it('nobody changes their own permissions, a full-access user included (SELF_EDIT)', async () => {
    const { admin } = await freshAccount();
    await addMember(server, admin, ['FULL_ACCESS'], 'Sam Second'); // so the last-full-access rule is not what refuses
    const before = await snapshot(admin, [admin.userId]);
    for (const permissions of [['FULL_ACCESS', 'RESTRICT_DELETE_STYLES'], ['OVERVIEW'], ['FULL_ACCESS']] as PermissionKey[][]) {
      expectRefused(await setPermissions(admin, admin.userId, permissions), 'FORBIDDEN', { rule: 'SELF_EDIT' });
    }
    expect(await snapshot(admin, [admin.userId])).toEqual(before);
  });

  it('a manager can grant exactly what they hold (ALLOW_MANAGE_PERMISSIONS, OVERVIEW)', async () => {
    const { admin, manager } = await withManager(MANAGER);
    const plain = await addMember(server, admin, [], 'Pia Plain');
    const response = await setPermissions(manager, plain.userId, ['ALLOW_MANAGE_PERMISSIONS', 'OVERVIEW']);
    expectOk(response);
    expect(response.data!.updateUserPermissions.permissions!.permissions).toEqual(['ALLOW_MANAGE_PERMISSIONS', 'OVERVIEW']);
    expect((await myPermissions(plain)).capabilities).toEqual(expect.arrayContaining(['MANAGE_USERS', 'OVERVIEW']));

    const sent = await inviteOk(manager, ['ALLOW_MANAGE_PERMISSIONS', 'OVERVIEW']);
    expect(sent.permissions).toEqual(['ALLOW_MANAGE_PERMISSIONS', 'OVERVIEW']);
  });

  it('a manager can take away things they do not hold', async () => {
    const { admin, manager } = await withManager(MANAGER);
    const rich = await addMember(server, admin, ['OVERVIEW', 'REPLENISHMENT', 'PURCHASE_ORDERS'], 'Rich Rita');
    const response = await setPermissions(manager, rich.userId, ['OVERVIEW']);
    expectOk(response);
    expect((await userAsSeenBy(admin, rich.userId)).permissions.permissions).toEqual(['OVERVIEW']);
    const mine = await myPermissions(rich);
    expect(mine.capabilities).not.toContain('REPLENISHMENT');
    expect(mine.capabilities).not.toContain('SEND_EMAILS');
  });

  it('a manager may leave untouched what they do not hold while adding what they do hold', async () => {
    const { admin, manager } = await withManager(MANAGER);
    const other = await addMember(server, admin, ['REPLENISHMENT'], 'Rae Replen');
    expectOk(await setPermissions(manager, other.userId, ['OVERVIEW', 'REPLENISHMENT']));
    expect((await userAsSeenBy(admin, other.userId)).permissions.permissions).toEqual(['OVERVIEW', 'REPLENISHMENT']);
  });
});

// ---------------------------------------------------------------------------------------------
// Rule 4: the account always keeps a full-access user
// ---------------------------------------------------------------------------------------------

describe('the last full-access user cannot be removed', () => {
  it('the only full-access user deleting themselves gets CONFLICT (LAST_FULL_ACCESS_USER)', async () => {
    const { admin, member } = await freshAccount();
    const before = await snapshot(admin, [admin.userId, member.userId]);
    const response = await deleteUser(admin, admin.userId);
    expectRefused(response, 'CONFLICT', { rule: 'LAST_FULL_ACCESS_USER' });
    expect(await snapshot(admin, [admin.userId, member.userId])).toEqual(before);
    expect((await myPermissions(admin)).fullAccess).toBe(true); // still signed in, still in charge
  });

  it('once a second full-access user exists, the first can delete themselves; then the second is the last', async () => {
    const { admin } = await freshAccount();
    const second = await addMember(server, admin, ['FULL_ACCESS'], 'Sam Second');

    const response = await deleteUser(admin, admin.userId);
    expectOk(response);
    expect(response.data!.deleteUser).toEqual({ id: admin.userId, status: 'DELETED' });
    expect(
      codes(
        await run(
          server,
          graphql(`
            query PermissionRulesMe {
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
    expect((await userAsSeenBy(second, admin.userId)).status).toBe('DELETED');

    expectRefused(await deleteUser(second, second.userId), 'CONFLICT', { rule: 'LAST_FULL_ACCESS_USER' });
    expect((await userAsSeenBy(second, second.userId)).status).toBe('ACTIVE');
  });

  it('a full-access user can demote another full-access user while one remains', async () => {
    const { admin } = await freshAccount();
    const second = await addMember(server, admin, ['FULL_ACCESS'], 'Sam Second');

    const response = await setPermissions(admin, second.userId, ['OVERVIEW']);
    expectOk(response);
    expect(response.data!.updateUserPermissions.permissions).toMatchObject({ fullAccess: false, permissions: ['OVERVIEW'] });
    expect((await myPermissions(second)).fullAccess).toBe(false);

    // The demoter is now the last one.
    expectRefused(await deleteUser(admin, admin.userId), 'CONFLICT', { rule: 'LAST_FULL_ACCESS_USER' });
  });

  it('a full-access user can delete another full-access user', async () => {
    const { admin } = await freshAccount();
    const second = await addMember(server, admin, ['FULL_ACCESS'], 'Sam Second');
    expectOk(await deleteUser(admin, second.userId));
    expect((await userAsSeenBy(admin, second.userId)).status).toBe('DELETED');
  });

  it('two full-access users deleting themselves at the same moment leave one of them', async () => {
    const { admin } = await freshAccount();
    const second = await addMember(server, admin, ['FULL_ACCESS'], 'Sam Second');
    const results = await Promise.all([deleteUser(admin, admin.userId), deleteUser(second, second.userId)]);
    const outcomes = results.map((r) => (r.errors ? r.errors[0]!.extensions?.rule : 'DELETED')).sort();
    expect(outcomes).toEqual(['DELETED', 'LAST_FULL_ACCESS_USER']);
    const survivor = results[0]!.errors ? admin : second;
    expect((await myPermissions(survivor)).fullAccess).toBe(true);
  });
});

// ---------------------------------------------------------------------------------------------
// Rule 5: every change is audited
// ---------------------------------------------------------------------------------------------

describe('every change is audited', () => {
  it('records invite, re-invite, revoke, accept, permission change and deletion with who, whom, before, after, when', async () => {
    const { admin } = await freshAccount();
    const manager = await addMember(server, admin, ['ALLOW_MANAGE_PERMISSIONS', 'OVERVIEW'], 'Mia Manager');
    let { count } = await latestAudit(admin);

    // inviteUser
    let at = tick();
    const sent = await inviteOk(admin, ['OVERVIEW', 'REPLENISHMENT'], 'Ivy Invitee');
    let latest = await latestAudit(admin);
    expect(latest.count).toBe(++count);
    expect(latest.entry).toEqual({
      action: 'INVITE_SENT',
      actor: { id: admin.userId },
      target: null,
      invite: { id: sent.id },
      before: null,
      after: { email: sent.email, name: 'Ivy Invitee', permissions: ['OVERVIEW', 'REPLENISHMENT'], expiresAt: sent.expiresAt },
      at,
    });

    // resendInvite
    at = tick();
    const resent = await resend(admin, sent.id);
    expectOk(resent);
    latest = await latestAudit(admin);
    expect(latest.count).toBe(++count);
    expect(latest.entry).toEqual({
      action: 'INVITE_RESENT',
      actor: { id: admin.userId },
      target: null,
      invite: { id: sent.id },
      before: { expiresAt: sent.expiresAt, sentCount: 1 },
      after: { expiresAt: resent.data!.resendInvite.expiresAt, sentCount: 2 },
      at,
    });
    expect(Date.parse(resent.data!.resendInvite.expiresAt)).toBeGreaterThan(Date.parse(sent.expiresAt));

    // acceptInvite: the new member is both actor and target.
    at = tick();
    const joined = await accept(sent.email);
    latest = await latestAudit(admin);
    expect(latest.count).toBe(++count);
    expect(latest.entry).toEqual({
      action: 'INVITE_ACCEPTED',
      actor: { id: joined.userId },
      target: { id: joined.userId },
      invite: { id: sent.id },
      before: null,
      after: { status: 'ACTIVE', permissions: ['OVERVIEW', 'REPLENISHMENT'] },
      at,
    });

    // updateUserPermissions, by a manager (not the admin) taking REPLENISHMENT away.
    at = tick();
    expectOk(await setPermissions(manager, joined.userId, ['OVERVIEW', 'RESTRICT_DELETE_STYLES']));
    latest = await latestAudit(admin);
    expect(latest.count).toBe(++count);
    expect(latest.entry).toEqual({
      action: 'PERMISSIONS_CHANGED',
      actor: { id: manager.userId },
      target: { id: joined.userId },
      invite: null,
      before: { permissions: ['OVERVIEW', 'REPLENISHMENT'] },
      after: { permissions: ['OVERVIEW', 'RESTRICT_DELETE_STYLES'] },
      at,
    });

    // revokeInvite
    const other = await inviteOk(admin, ['OVERVIEW'], 'Ola Other');
    count++;
    at = tick();
    expectOk(await revoke(manager, other.id));
    latest = await latestAudit(admin);
    expect(latest.count).toBe(++count);
    expect(latest.entry).toEqual({
      action: 'INVITE_REVOKED',
      actor: { id: manager.userId },
      target: null,
      invite: { id: other.id },
      before: { status: 'PENDING' },
      after: { status: 'REVOKED' },
      at,
    });

    // deleteUser
    at = tick();
    expectOk(await deleteUser(admin, joined.userId));
    latest = await latestAudit(admin);
    expect(latest.count).toBe(++count);
    expect(latest.entry).toEqual({
      action: 'USER_DELETED',
      actor: { id: admin.userId },
      target: { id: joined.userId },
      invite: null,
      before: { status: 'ACTIVE', permissions: ['OVERVIEW', 'RESTRICT_DELETE_STYLES'] },
      after: { status: 'DELETED' },
      at,
    });

    // The whole history, newest first, filtered to the deleted member.
    const history = await ok(
      server,
      graphql(`
        query PermissionRulesAuditLog2($id: ID!) {
          auditLog(targetId: $id) {
            nodes {
              action
            }
          }
        }
      `),
      { id: joined.userId },
      admin.token,
    );
    expect(history.auditLog.nodes.map((n: { action: string }) => n.action)).toEqual([
      'USER_DELETED',
      'PERMISSIONS_CHANGED',
      'INVITE_ACCEPTED',
    ]);
  });

  it('records a full-access user demoting another, with full access in before', async () => {
    const { admin } = await freshAccount();
    const second = await addMember(server, admin, ['FULL_ACCESS'], 'Sam Second');
    const at = tick();
    expectOk(await setPermissions(admin, second.userId, ['OVERVIEW']));
    const { entry } = await latestAudit(admin);
    expect(entry).toMatchObject({
      action: 'PERMISSIONS_CHANGED',
      actor: { id: admin.userId },
      target: { id: second.userId },
      before: { permissions: ['FULL_ACCESS'] },
      after: { permissions: ['OVERVIEW'] },
      at,
    });
  });

  it('a refused change (FORBIDDEN) writes no audit entry and changes nothing', async () => {
    const { admin, member } = await freshAccount();
    const manager = await addMember(server, admin, ['ALLOW_MANAGE_PERMISSIONS', 'OVERVIEW'], 'Mia Manager');
    const outsider = await addMember(server, admin, ['REPLENISHMENT'], 'Otto Outsider');
    const pending = await inviteOk(admin, ['OVERVIEW'], 'Pat Pending');
    const before = await latestAudit(admin);

    const refusals = [
      await setPermissions(manager, member.userId, ['OVERVIEW', 'REPLENISHMENT']), // GRANT_NOT_HELD
      await setPermissions(manager, member.userId, ['FULL_ACCESS']), // FULL_ACCESS_REQUIRED
      await setPermissions(manager, admin.userId, ['OVERVIEW']), // FULL_ACCESS_REQUIRED
      await setPermissions(manager, manager.userId, ['ALLOW_MANAGE_PERMISSIONS']), // SELF_EDIT
      await deleteUser(manager, admin.userId), // FULL_ACCESS_REQUIRED
      await setPermissions(outsider, member.userId, []), // no manageUsers
      await deleteUser(outsider, member.userId), // no manageUsers
      await revoke(outsider, pending.id), // no manageUsers
      await resend(outsider, pending.id), // no manageUsers
      (await invite(outsider, [])).response, // no manageUsers
    ];
    for (const response of refusals) expect(codes(response)).toEqual(['FORBIDDEN']);

    const after = await latestAudit(admin);
    expect(after.count).toBe(before.count);
    expect(after.entry).toEqual(before.entry);
    expect(await userAsSeenBy(admin, member.userId)).toMatchObject({
      status: 'ACTIVE',
      permissions: { fullAccess: false, permissions: ['OVERVIEW'] },
    });
    expect(await userAsSeenBy(admin, admin.userId)).toMatchObject({
      status: 'ACTIVE',
      permissions: { fullAccess: true, permissions: ['FULL_ACCESS'] },
    });
    expect((await userAsSeenBy(admin, manager.userId)).permissions.permissions).toEqual(['ALLOW_MANAGE_PERMISSIONS', 'OVERVIEW']);
    expect((await invitesSeenBy(admin)).nodes.find((i) => i.id === pending.id)).toMatchObject({
      status: 'PENDING',
      sentCount: 1,
    });
  });

  it('a refused deletion of the last full-access user (CONFLICT) writes no audit entry', async () => {
    const { admin } = await freshAccount();
    const before = await latestAudit(admin);
    expectRefused(await deleteUser(admin, admin.userId), 'CONFLICT', { rule: 'LAST_FULL_ACCESS_USER' });
    expect(await latestAudit(admin)).toEqual(before);
  });

  it('an update that changes nothing records nothing', async () => {
    const { admin, member } = await freshAccount();
    const before = await latestAudit(admin);
    expectOk(await setPermissions(admin, member.userId, ['OVERVIEW']));
    expect(await latestAudit(admin)).toEqual(before);
  });
});
