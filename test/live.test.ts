import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Config } from '../src/config.js';
import { recordAudit } from '../src/modules/audit/service.js';
import { type MailTransport, outboxTransport } from '../src/modules/mail/transport.js';
import { PASSWORD, type SignedUp, type TestServer, addMember, signUp, startServer, uniqueEmail } from './harness.js';
import {
  type Received,
  type WsConnection,
  type WsSubscription,
  connectWs,
  subscribeSse,
  subscribeSseWith,
  watchSubscriptions,
  whenConnected,
} from './live-harness.js';
import { graphql, ok, run } from './kit/index.js';

// Live permissions, end to end: the real server, the real graphql-ws client over a real WebSocket
// and the real SSE client. Every change is caused through the GraphQL API; every subscription is
// known to be live on the server (`watchSubscriptions`) before the change is caused.

// ---------------------------------------------------------------------------------------------
// Operations
// ---------------------------------------------------------------------------------------------

const MY_PERMISSIONS = `subscription {
  myPermissionsChanged {
    cause capabilitiesAdded capabilitiesRemoved permissionsAdded permissionsRemoved sessionEnded at
    permissions { fullAccess permissions capabilities }
  }
}`;
const MEMBERSHIP = `subscription {
  accountMembershipChanged { id action actor { id } target { id } invite { id status } at }
}`;

const SET_PERMISSIONS = graphql(`
  mutation LiveSetPermissions($id: ID!, $permissions: [PermissionKey!]!) {
    updateUserPermissions(input: { userId: $id, permissions: $permissions }) {
      id
    }
  }
`);
const INVITE = graphql(`
  mutation LiveInvite($input: InviteUserInput!) {
    inviteUser(input: $input) {
      id
    }
  }
`);
const RESEND = graphql(`
  mutation LiveResend($id: ID!) {
    resendInvite(inviteId: $id) {
      id
    }
  }
`);
const REVOKE = graphql(`
  mutation LiveRevoke($id: ID!) {
    revokeInvite(inviteId: $id) {
      id
    }
  }
`);
const ACCEPT = graphql(`
  mutation LiveAccept($input: AcceptInviteInput!) {
    acceptInvite(input: $input) {
      token
      me {
        account {
          id
        }
        user {
          id
        }
      }
    }
  }
`);
const DELETE = graphql(`
  mutation LiveDelete($id: ID!) {
    deleteUser(userId: $id) {
      id
    }
  }
`);
const LOGOUT = graphql(`
  mutation LiveLogout {
    logout
  }
`);
const UPDATE_ACCOUNT = graphql(`
  mutation LiveUpdateAccount($input: UpdateAccountInput!) {
    updateAccount(input: $input) {
      id
      wholesaleEnabled
    }
  }
`);
const SWITCH = graphql(`
  mutation LiveSwitch($id: ID!) {
    switchAccount(accountId: $id) {
      account {
        id
      }
    }
  }
`);
const USER_CAPABILITIES = graphql(`
  query LiveUserCapabilities($id: ID!) {
    user(id: $id) {
      permissions {
        capabilities
        permissions
      }
    }
  }
`);
const MY_CAPABILITIES = graphql(`
  query LiveMyCapabilities {
    me {
      permissions {
        capabilities
        permissions
      }
    }
  }
`);

// ---------------------------------------------------------------------------------------------
// Helpers
// ---------------------------------------------------------------------------------------------

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const sorted = <T>(items: readonly T[]) => [...items].sort();
const minus = <T>(a: readonly T[], b: readonly T[]) => a.filter((item) => !b.includes(item));

/** Fails after `ms` instead of at the 30 s test timeout. */
async function within<T>(promise: Promise<T>, ms: number, what: string): Promise<T> {
  let timer!: NodeJS.Timeout;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${what}: not within ${ms} ms`)), ms);
  });
  try {
    return await Promise.race([promise, timeout]);
  } finally {
    clearTimeout(timer);
  }
}

/**
 * How long after the mutation's response an event may arrive: milliseconds on an idle machine, but
 * a loaded CI machine must not fail the suite (how soon, exactly, is measured by `npm run bench`).
 */
const PROMPT_MS = 5000;

/** Runs a mutation (failing the test on errors) and notes when its response arrived. */
async function timed<T = any>(server: TestServer, query: TypedDocumentNode<any, any>, variables: Record<string, unknown>, token: string) {
  const data = (await ok(server, query, variables, token)) as T;
  return { data, respondedAt: Date.now() };
}

/** The next value of a stream, asserting it arrived within PROMPT_MS of `respondedAt`. */
async function nextPromptly(sub: WsSubscription | { results: WsSubscription['results'] }, respondedAt: number) {
  const received = await sub.results.next();
  expect(Date.now() - respondedAt, 'delivered promptly after the response').toBeLessThan(PROMPT_MS);
  return received;
}

/** The myPermissionsChanged payload of a received value, failing on errors. */
function permissionsChange(received: Received) {
  expect(received.errors, JSON.stringify(received.errors)).toBeUndefined();
  expect(received.data?.myPermissionsChanged, JSON.stringify(received)).toBeTruthy();
  return received.data.myPermissionsChanged;
}

/** Asserts the four diff lists of a permissions change exactly (order aside). */
function expectDiff(
  change: any,
  diff: { capabilitiesAdded?: string[]; capabilitiesRemoved?: string[]; permissionsAdded?: string[]; permissionsRemoved?: string[] },
) {
  expect(sorted(change.capabilitiesAdded), 'capabilitiesAdded').toEqual(sorted(diff.capabilitiesAdded ?? []));
  expect(sorted(change.capabilitiesRemoved), 'capabilitiesRemoved').toEqual(sorted(diff.capabilitiesRemoved ?? []));
  expect(sorted(change.permissionsAdded), 'permissionsAdded').toEqual(sorted(diff.permissionsAdded ?? []));
  expect(sorted(change.permissionsRemoved), 'permissionsRemoved').toEqual(sorted(diff.permissionsRemoved ?? []));
}

/** Asserts a received accountMembershipChanged event; ids are user (member) and invite ids, or null. */
function expectMembership(
  received: Received,
  expected: { action: string; actor: string | null; target: string | null; invite: string | null },
) {
  expect(received.errors, JSON.stringify(received.errors)).toBeUndefined();
  const event = received.data?.accountMembershipChanged;
  expect(event, JSON.stringify(received)).toBeTruthy();
  expect({
    action: event.action,
    actor: event.actor?.id ?? null,
    target: event.target?.id ?? null,
    invite: event.invite?.id ?? null,
  }).toEqual(expected);
  return event;
}

/** The single error of a received value: its code and extensions; no data came with it. */
function expectOnlyError(received: Received, code: string) {
  expect(received.data ?? null, JSON.stringify(received)).toBeNull();
  expect(
    received.errors?.map((e) => e.extensions?.code),
    JSON.stringify(received.errors),
  ).toEqual([code]);
  return received.errors![0]!;
}

/**
 * After the server closed the socket: nothing more was delivered, except the graphql-ws client's own
 * report of the close to the subscription (an error carrying the close reason).
 */
/**
 * After its final value a stream completes before its socket closes, so the client saw a clean end:
 * nothing more arrived, not even the close reported as an error.
 */
function expectCleanEnd(sub: { results: WsSubscription['results'] }) {
  expect(sub.results.drain()).toEqual([]);
}

/** Asserts that nothing at all arrives on `sub` for `ms`. */
async function expectSilence(sub: { results: WsSubscription['results'] }, ms = 500) {
  await sleep(ms);
  expect(sub.results.drain()).toEqual([]);
}

/** A member's capabilities and permission keys, as a full-access admin reads them over HTTP. */
async function capabilitiesOf(server: TestServer, admin: { token: string }, userId: string) {
  const data = await ok(server, USER_CAPABILITIES, { id: userId }, admin.token);
  return data.user.permissions as { capabilities: string[]; permissions: string[] };
}

const setPermissions = (server: TestServer, admin: { token: string }, userId: string, permissions: string[]) =>
  timed(server, SET_PERMISSIONS, { id: userId, permissions }, admin.token);

const invite = (server: TestServer, admin: { token: string }, permissions: string[] = ['OVERVIEW']) =>
  timed<{ inviteUser: { id: string } }>(
    server,
    INVITE,
    { input: { email: uniqueEmail('ivy'), name: 'Ivy Invitee', permissions } },
    admin.token,
  );

/**
 * A server for one describe block, with helpers that open live subscriptions and wait until the
 * server has subscribed them. Every socket and SSE stream opened is closed after each test.
 */
function liveServer(options: { mail?: MailTransport; config?: Partial<Config> } = {}) {
  let server!: TestServer;
  let subscriptions!: ReturnType<typeof watchSubscriptions>;
  const opened: Array<() => unknown> = [];
  beforeAll(async () => {
    server = await startServer(options);
    subscriptions = watchSubscriptions(server);
  });
  afterEach(async () => {
    await Promise.all(opened.splice(0).map((close) => close()));
  });
  afterAll(() => server.close());

  const connect = (connectionParams: Record<string, unknown>): WsConnection => {
    const ws = connectWs(server, connectionParams);
    opened.push(() => ws.dispose());
    return ws;
  };
  const connectAs = (who: { token: string }) => connect({ authorization: `Bearer ${who.token}` });

  return {
    get server() {
      return server;
    },
    get subscriptions() {
      return subscriptions;
    },
    connect,
    connectAs,
    /** `member` subscribed to myPermissionsChanged over WebSocket, live on the server. */
    async myPermissions(member: { token: string; userId: string }, ws = connectAs(member)) {
      const before = subscriptions.count('member:permissions', member.userId);
      const sub = ws.subscribe(MY_PERMISSIONS);
      await subscriptions.until('member:permissions', member.userId, before + 1);
      return { ws, sub };
    },
    /** `manager` subscribed to accountMembershipChanged over WebSocket, live on the server. */
    async membership(manager: { token: string; accountId: string }, ws = connectAs(manager)) {
      const before = subscriptions.count('account:membership', manager.accountId);
      const sub = ws.subscribe(MEMBERSHIP);
      await subscriptions.until('account:membership', manager.accountId, before + 1);
      return { ws, sub };
    },
    /** An SSE request with the given headers, closed after the test. */
    async sse(headers: Record<string, string>, query: string) {
      const stream = await subscribeSseWith(server, headers, query);
      opened.push(() => stream.close());
      return stream;
    },
    /** `member` subscribed to myPermissionsChanged over SSE, live on the server. */
    async ssePermissions(member: { token: string; userId: string }) {
      const before = subscriptions.count('member:permissions', member.userId);
      const stream = await subscribeSse(server, member.token, MY_PERMISSIONS);
      opened.push(() => stream.close());
      await subscriptions.until('member:permissions', member.userId, before + 1);
      return stream;
    },
  };
}

/** The close of a socket, failing fast if it does not close. */
const closeOf = (ws: WsConnection, ms = 10_000) => within(ws.closed, ms, 'socket close');

// ---------------------------------------------------------------------------------------------
// 1. Transports and bad tokens
// ---------------------------------------------------------------------------------------------

describe('transports and bad tokens', () => {
  const live = liveServer();
  let admin: SignedUp;
  beforeAll(async () => {
    admin = await signUp(live.server);
  });

  it('a socket without connectionParams.authorization closes with 4401 saying what to send', async () => {
    const ws = live.connect({});
    const closed = await closeOf(ws);
    expect(closed.code).toBe(4401);
    expect(closed.reason).toMatch(/connectionParams\.authorization/);
    expect(closed.reason).toMatch(/Bearer <token>/);
  });

  it('a socket whose authorization is not a Bearer token closes with 4401', async () => {
    const closed = await closeOf(live.connect({ authorization: 'Basic dXNlcjpwYXNz' }));
    expect(closed.code).toBe(4401);
    expect(closed.reason).toMatch(/connectionParams\.authorization/);
  });

  it('an unknown token closes with 4403 and a clear reason', async () => {
    const closed = await closeOf(live.connect({ authorization: 'Bearer not-a-real-session-token' }));
    expect(closed).toEqual({ code: 4403, reason: expect.stringMatching(/token is invalid, expired or ended/) });
  });

  it('a logged-out token closes with 4403', async () => {
    const member = await addMember(live.server, admin, ['OVERVIEW']);
    await ok(live.server, LOGOUT, {}, member.token);
    const closed = await closeOf(live.connectAs(member));
    expect(closed).toEqual({ code: 4403, reason: expect.stringMatching(/token is invalid, expired or ended/) });
  });

  it("a deleted user's token closes with 4403", async () => {
    const member = await addMember(live.server, admin, ['OVERVIEW']);
    await ok(live.server, DELETE, { id: member.userId }, admin.token);
    const closed = await closeOf(live.connectAs(member));
    expect(closed).toEqual({ code: 4403, reason: expect.stringMatching(/token is invalid, expired or ended/) });
  });

  it('a valid token connects and stays open', async () => {
    const member = await addMember(live.server, admin, ['OVERVIEW']);
    const ws = live.connectAs(member);
    await within(whenConnected(ws), 10_000, 'connection_ack');
    const early = await Promise.race([ws.closed, sleep(300).then(() => 'open')]);
    expect(early).toBe('open');
  });

  it('a malformed subscription fails alone: the socket and its other subscriptions carry on', async () => {
    const member = await addMember(live.server, admin, ['OVERVIEW']);
    const { ws, sub } = await live.myPermissions(member);
    const broken = ws.subscribe('subscription { myPermissionsChanged { cause ');
    const failure = await broken.results.next();
    expect(failure.errors?.[0]?.message).toMatch(/Syntax Error/);
    const edit = await setPermissions(live.server, admin, member.userId, ['OVERVIEW', 'OVERSTOCK']);
    const change = permissionsChange(await nextPromptly(sub, edit.respondedAt));
    expectDiff(change, { capabilitiesAdded: ['OVERSTOCK'], permissionsAdded: ['OVERSTOCK'] });
    const early = await Promise.race([ws.closed, sleep(100).then(() => 'open')]);
    expect(early).toBe('open');
  });

  it('a stale token can never open a subscription', async () => {
    const loggedOut = await addMember(live.server, admin, ['OVERVIEW', 'ALLOW_MANAGE_PERMISSIONS']);
    await ok(live.server, LOGOUT, {}, loggedOut.token);
    const deleted = await addMember(live.server, admin, ['OVERVIEW']);
    await ok(live.server, DELETE, { id: deleted.userId }, admin.token);

    for (const stale of [loggedOut, deleted]) {
      const before = {
        permissions: live.subscriptions.count('member:permissions', stale.userId),
        membership: live.subscriptions.count('account:membership', stale.accountId),
      };
      const ws = live.connectAs(stale);
      const mine = ws.subscribe(MY_PERMISSIONS);
      const membership = ws.subscribe(MEMBERSHIP);
      expect((await closeOf(ws)).code).toBe(4403);
      await within(mine.completed, 10_000, 'myPermissionsChanged ends');
      await within(membership.completed, 10_000, 'accountMembershipChanged ends');
      // Cause events that would reach them, had anything been subscribed.
      await invite(live.server, admin);
      if (stale === loggedOut)
        await setPermissions(live.server, admin, stale.userId, ['OVERVIEW', 'ALLOW_MANAGE_PERMISSIONS', 'OVERSTOCK']);
      await sleep(200);
      for (const received of [...mine.results.drain(), ...membership.results.drain()]) {
        expect(received.data ?? null, JSON.stringify(received)).toBeNull();
      }
      expect(live.subscriptions.count('member:permissions', stale.userId)).toBe(before.permissions);
      expect(live.subscriptions.count('account:membership', stale.accountId)).toBe(before.membership);
    }
  });

  describe('over SSE', () => {
    for (const [name, headers] of [
      ['without a token', {}],
      ['with an unknown token', { authorization: 'Bearer not-a-real-session-token' }],
      ['with a malformed authorization header', { authorization: 'Token abc' }],
    ] as const) {
      it(`a subscription ${name} answers UNAUTHENTICATED, not a stream of data`, async () => {
        const before = live.subscriptions.count('member:permissions', admin.userId);
        const stream = await live.sse(headers, MY_PERMISSIONS);
        const received = await stream.results.next();
        expectOnlyError(received, 'UNAUTHENTICATED');
        await within(stream.completed, 10_000, 'SSE stream ends');
        expect(stream.results.drain()).toEqual([]);
        expect(live.subscriptions.count('member:permissions', admin.userId)).toBe(before);
      });
    }

    it('a subscription with a logged-out token answers UNAUTHENTICATED', async () => {
      const member = await addMember(live.server, admin, ['OVERVIEW']);
      await ok(live.server, LOGOUT, {}, member.token);
      const stream = await live.sse({ authorization: `Bearer ${member.token}` }, MY_PERMISSIONS);
      const error = expectOnlyError(await stream.results.next(), 'UNAUTHENTICATED');
      expect(error.message).toMatch(/invalid, expired or ended/);
      await within(stream.completed, 10_000, 'SSE stream ends');
      await setPermissions(live.server, admin, member.userId, ['OVERSTOCK']);
      expect(live.subscriptions.count('member:permissions', member.userId)).toBe(0);
    });
  });
});

// ---------------------------------------------------------------------------------------------
// 2. myPermissionsChanged, for each cause
// ---------------------------------------------------------------------------------------------

describe('myPermissionsChanged', () => {
  const live = liveServer();
  let admin: SignedUp;
  beforeAll(async () => {
    admin = await signUp(live.server);
  });

  it('a direct edit by an admin: exact capabilities and permissions added and removed', async () => {
    const member = await addMember(live.server, admin, ['OVERVIEW', 'OPEN_TO_BUY']);
    const { sub } = await live.myPermissions(member);
    const { respondedAt } = await setPermissions(live.server, admin, member.userId, ['OVERVIEW', 'REPLENISHMENT']);
    const change = permissionsChange(await nextPromptly(sub, respondedAt));
    expect(change.cause).toBe('PERMISSIONS_EDITED');
    expect(change.sessionEnded).toBeNull();
    expectDiff(change, {
      capabilitiesAdded: ['REPLENISHMENT', 'EDIT_FORECAST', 'CATALOG', 'COMPARE_WAREHOUSES'],
      capabilitiesRemoved: ['OPEN_TO_BUY'],
      permissionsAdded: ['REPLENISHMENT'],
      permissionsRemoved: ['OPEN_TO_BUY'],
    });
    expect(sorted(change.permissions.permissions)).toEqual(['OVERVIEW', 'REPLENISHMENT']);
    expect(sorted(change.permissions.capabilities)).toEqual(sorted((await capabilitiesOf(live.server, admin, member.userId)).capabilities));
  });

  it('full access on, then off: every capability it brings, and back', async () => {
    const member = await addMember(live.server, admin, ['OVERVIEW']);
    const before = await capabilitiesOf(live.server, admin, member.userId);
    const { sub } = await live.myPermissions(member);

    const on = await setPermissions(live.server, admin, member.userId, ['FULL_ACCESS']);
    const granted = permissionsChange(await nextPromptly(sub, on.respondedAt));
    const withFullAccess = await capabilitiesOf(live.server, admin, member.userId);
    expect(granted.cause).toBe('PERMISSIONS_EDITED');
    expect(granted.permissions.fullAccess).toBe(true);
    expectDiff(granted, {
      capabilitiesAdded: minus(withFullAccess.capabilities, before.capabilities),
      permissionsAdded: ['FULL_ACCESS'],
      permissionsRemoved: ['OVERVIEW'],
    });
    expect(granted.capabilitiesAdded).toEqual(expect.arrayContaining(['MANAGE_USERS', 'BILLING', 'SETTINGS', 'REPORTS']));
    expect(granted.capabilitiesAdded).not.toContain('WHOLESALE'); // the account feature is off

    const off = await setPermissions(live.server, admin, member.userId, ['OVERVIEW']);
    const revoked = permissionsChange(await nextPromptly(sub, off.respondedAt));
    expect(revoked.cause).toBe('PERMISSIONS_EDITED');
    expect(revoked.permissions.fullAccess).toBe(false);
    expectDiff(revoked, {
      capabilitiesRemoved: minus(withFullAccess.capabilities, before.capabilities),
      permissionsAdded: ['OVERVIEW'],
      permissionsRemoved: ['FULL_ACCESS'],
    });
  });

  it('a permission set: Purchase orders, without Wholesale while the feature is off', async () => {
    const member = await addMember(live.server, admin, ['OVERVIEW']);
    const { sub } = await live.myPermissions(member);
    const { respondedAt } = await setPermissions(live.server, admin, member.userId, ['OVERVIEW', 'PURCHASE_ORDERS']);
    const change = permissionsChange(await nextPromptly(sub, respondedAt));
    expect(change.cause).toBe('PERMISSIONS_EDITED');
    expectDiff(change, {
      capabilitiesAdded: ['STOCK_ORDERS', 'IMPORTS', 'SEND_EMAILS'],
      permissionsAdded: ['PURCHASE_ORDERS'],
    });
  });

  it('an Allow toggle adds its capability', async () => {
    const member = await addMember(live.server, admin, ['OVERVIEW']);
    const { sub } = await live.myPermissions(member);
    const { respondedAt } = await setPermissions(live.server, admin, member.userId, ['OVERVIEW', 'ALLOW_EDIT_INVENTORY']);
    const change = permissionsChange(await nextPromptly(sub, respondedAt));
    expect(change.cause).toBe('PERMISSIONS_EDITED');
    expectDiff(change, { capabilitiesAdded: ['EDIT_INVENTORY'], permissionsAdded: ['ALLOW_EDIT_INVENTORY'] });
  });

  it('a Restrict toggle removes the capability every member has', async () => {
    const member = await addMember(live.server, admin, ['OVERVIEW']);
    const { sub } = await live.myPermissions(member);
    const on = await setPermissions(live.server, admin, member.userId, ['OVERVIEW', 'RESTRICT_SHARE_LINESHEETS']);
    const restricted = permissionsChange(await nextPromptly(sub, on.respondedAt));
    expect(restricted.cause).toBe('PERMISSIONS_EDITED');
    expectDiff(restricted, { capabilitiesRemoved: ['SHARE_LINESHEETS'], permissionsAdded: ['RESTRICT_SHARE_LINESHEETS'] });
    expect(restricted.permissions.capabilities).not.toContain('SHARE_LINESHEETS');

    const off = await setPermissions(live.server, admin, member.userId, ['OVERVIEW']);
    const lifted = permissionsChange(await nextPromptly(sub, off.respondedAt));
    expectDiff(lifted, { capabilitiesAdded: ['SHARE_LINESHEETS'], permissionsRemoved: ['RESTRICT_SHARE_LINESHEETS'] });
  });

  it('an account feature: wholesale on reaches those it affects, and nobody else', async () => {
    const owner = await signUp(live.server, 'Wholesale Co'); // its own account: the feature is account-wide
    const buyer = await addMember(live.server, owner, ['PURCHASE_ORDERS'], 'Bea Buyer');
    const bystander = await addMember(live.server, owner, ['OVERVIEW'], 'Sam Bystander');
    const buyerLive = await live.myPermissions(buyer);
    const bystanderLive = await live.myPermissions(bystander);
    const ownerLive = await live.myPermissions(owner);

    const on = await timed(live.server, UPDATE_ACCOUNT, { input: { wholesaleEnabled: true } }, owner.token);
    expect(on.data.updateAccount.wholesaleEnabled).toBe(true);
    const gained = permissionsChange(await nextPromptly(buyerLive.sub, on.respondedAt));
    expect(gained.cause).toBe('ACCOUNT_FEATURES_CHANGED');
    expectDiff(gained, { capabilitiesAdded: ['WHOLESALE'] });
    expect(gained.permissions.capabilities).toContain('WHOLESALE');
    // Full access is gated by the feature too, so the owner gains it as well.
    const ownerGained = permissionsChange(await nextPromptly(ownerLive.sub, on.respondedAt));
    expect(ownerGained.cause).toBe('ACCOUNT_FEATURES_CHANGED');
    expectDiff(ownerGained, { capabilitiesAdded: ['WHOLESALE'] });

    // The bystander's next event is a later change of their own, not the feature switch.
    const edit = await setPermissions(live.server, owner, bystander.userId, ['OVERVIEW', 'OVERSTOCK']);
    const own = permissionsChange(await nextPromptly(bystanderLive.sub, edit.respondedAt));
    expect(own.cause).toBe('PERMISSIONS_EDITED');
    expectDiff(own, { capabilitiesAdded: ['OVERSTOCK'], permissionsAdded: ['OVERSTOCK'] });

    const off = await timed(live.server, UPDATE_ACCOUNT, { input: { wholesaleEnabled: false } }, owner.token);
    const lost = permissionsChange(await nextPromptly(buyerLive.sub, off.respondedAt));
    expect(lost.cause).toBe('ACCOUNT_FEATURES_CHANGED');
    expectDiff(lost, { capabilitiesRemoved: ['WHOLESALE'] });
    await expectSilence(bystanderLive.sub, 300);
  });

  it('an edit that changes nothing effective sends nothing', async () => {
    const member = await addMember(live.server, admin, ['OVERVIEW']);
    const { sub } = await live.myPermissions(member);
    // Renaming the account does not touch any permission.
    await ok(live.server, UPDATE_ACCOUNT, { input: { name: 'Acme Renamed' } }, admin.token);
    const edit = await setPermissions(live.server, admin, member.userId, ['OVERVIEW', 'OVERSTOCK']);
    const change = permissionsChange(await nextPromptly(sub, edit.respondedAt));
    expectDiff(change, { capabilitiesAdded: ['OVERSTOCK'], permissionsAdded: ['OVERSTOCK'] });
  });

  it('an edit reaches an SSE subscriber', async () => {
    const member = await addMember(live.server, admin, ['OVERVIEW']);
    const stream = await live.ssePermissions(member);
    expect(stream.status).toBe(200);
    const { respondedAt } = await setPermissions(live.server, admin, member.userId, ['OVERVIEW', 'OVERSTOCK']);
    const change = permissionsChange(await nextPromptly(stream, respondedAt));
    expect(change.cause).toBe('PERMISSIONS_EDITED');
    expectDiff(change, { capabilitiesAdded: ['OVERSTOCK'], permissionsAdded: ['OVERSTOCK'] });
  });
});

// ---------------------------------------------------------------------------------------------
// 3. accountMembershipChanged
// ---------------------------------------------------------------------------------------------

describe('accountMembershipChanged', () => {
  const live = liveServer();

  /** A fresh account whose admin is subscribed, so each test sees only its own events. */
  async function subscribedAdmin() {
    const admin = await signUp(live.server);
    const { sub } = await live.membership(admin);
    return { admin, sub };
  }

  it('INVITE_SENT', async () => {
    const { admin, sub } = await subscribedAdmin();
    const sent = await invite(live.server, admin);
    const event = expectMembership(await nextPromptly(sub, sent.respondedAt), {
      action: 'INVITE_SENT',
      actor: admin.userId,
      target: null,
      invite: sent.data.inviteUser.id,
    });
    // The event is the audit log entry itself.
    const log = await ok(
      live.server,
      graphql(`
        query LiveAuditLog {
          auditLog(first: 1) {
            nodes {
              id
              action
            }
          }
        }
      `),
      {},
      admin.token,
    );
    expect(log.auditLog.nodes[0]).toEqual({ id: event.id, action: 'INVITE_SENT' });
  });

  it('INVITE_RESENT', async () => {
    const { admin, sub } = await subscribedAdmin();
    const sent = await invite(live.server, admin);
    const inviteId = sent.data.inviteUser.id;
    expectMembership(await sub.results.next(), { action: 'INVITE_SENT', actor: admin.userId, target: null, invite: inviteId });
    const resent = await timed(live.server, RESEND, { id: inviteId }, admin.token);
    expectMembership(await nextPromptly(sub, resent.respondedAt), {
      action: 'INVITE_RESENT',
      actor: admin.userId,
      target: null,
      invite: inviteId,
    });
  });

  it('INVITE_REVOKED', async () => {
    const { admin, sub } = await subscribedAdmin();
    const sent = await invite(live.server, admin);
    const inviteId = sent.data.inviteUser.id;
    expectMembership(await sub.results.next(), { action: 'INVITE_SENT', actor: admin.userId, target: null, invite: inviteId });
    const revoked = await timed(live.server, REVOKE, { id: inviteId }, admin.token);
    const event = expectMembership(await nextPromptly(sub, revoked.respondedAt), {
      action: 'INVITE_REVOKED',
      actor: admin.userId,
      target: null,
      invite: inviteId,
    });
    expect(event.invite.status).toBe('REVOKED');
  });

  it('INVITE_ACCEPTED: the new member is actor and target', async () => {
    const { admin, sub } = await subscribedAdmin();
    const email = uniqueEmail('ava');
    const sent = await ok(live.server, INVITE, { input: { email, name: 'Ava Accepter', permissions: ['OVERVIEW'] } }, admin.token);
    expectMembership(await sub.results.next(), { action: 'INVITE_SENT', actor: admin.userId, target: null, invite: sent.inviteUser.id });
    const accepted = await timed(live.server, ACCEPT, { input: { token: await live.server.inviteToken(email), password: PASSWORD } }, '');
    const memberId = accepted.data.acceptInvite.me.user.id;
    const event = expectMembership(await nextPromptly(sub, accepted.respondedAt), {
      action: 'INVITE_ACCEPTED',
      actor: memberId,
      target: memberId,
      invite: sent.inviteUser.id,
    });
    expect(event.invite.status).toBe('ACCEPTED');
  });

  it('PERMISSIONS_CHANGED', async () => {
    const admin = await signUp(live.server);
    const member = await addMember(live.server, admin, ['OVERVIEW']);
    const { sub } = await live.membership(admin);
    const edit = await setPermissions(live.server, admin, member.userId, ['OVERVIEW', 'OVERSTOCK']);
    expectMembership(await nextPromptly(sub, edit.respondedAt), {
      action: 'PERMISSIONS_CHANGED',
      actor: admin.userId,
      target: member.userId,
      invite: null,
    });
  });

  it('USER_DELETED', async () => {
    const admin = await signUp(live.server);
    const member = await addMember(live.server, admin, ['OVERVIEW']);
    const { sub } = await live.membership(admin);
    const deleted = await timed(live.server, DELETE, { id: member.userId }, admin.token);
    expectMembership(await nextPromptly(sub, deleted.respondedAt), {
      action: 'USER_DELETED',
      actor: admin.userId,
      target: member.userId,
      invite: null,
    });
  });

  it('a manager without full access hears the account too', async () => {
    const admin = await signUp(live.server);
    const manager = await addMember(live.server, admin, ['OVERVIEW', 'ALLOW_MANAGE_PERMISSIONS'], 'Max Manager');
    const { sub } = await live.membership(manager);
    const sent = await invite(live.server, manager);
    expectMembership(await nextPromptly(sub, sent.respondedAt), {
      action: 'INVITE_SENT',
      actor: manager.userId,
      target: null,
      invite: sent.data.inviteUser.id,
    });
  });

  it('a member without MANAGE_USERS gets FORBIDDEN and no stream', async () => {
    const admin = await signUp(live.server);
    const member = await addMember(live.server, admin, ['OVERVIEW']);
    const before = live.subscriptions.count('account:membership', admin.accountId);
    const ws = live.connectAs(member);
    const sub = ws.subscribe(MEMBERSHIP);
    const error = expectOnlyError(await sub.results.next(), 'FORBIDDEN');
    expect(error.extensions).toMatchObject({ code: 'FORBIDDEN', capability: 'MANAGE_USERS' });
    await within(sub.completed, 10_000, 'the refused subscription completes');
    expect(live.subscriptions.count('account:membership', admin.accountId)).toBe(before);

    await invite(live.server, admin);
    await setPermissions(live.server, admin, member.userId, ['OVERVIEW', 'OVERSTOCK']);
    await expectSilence(sub);
    // The socket itself stays usable: the member's own permission stream still works.
    const mine = await live.myPermissions(member, ws);
    const edit = await setPermissions(live.server, admin, member.userId, ['OVERVIEW']);
    expectDiff(permissionsChange(await nextPromptly(mine.sub, edit.respondedAt)), {
      capabilitiesRemoved: ['OVERSTOCK'],
      permissionsRemoved: ['OVERSTOCK'],
    });
  });

  describe('INVITE_EXPIRED', () => {
    const expiring = liveServer({ config: { inviteExpiryCheckSeconds: 0.1 } });

    it('is announced once, by nobody, soon after the invite expires', async () => {
      const admin = await signUp(expiring.server);
      const { sub } = await expiring.membership(admin);
      const sent = await invite(expiring.server, admin);
      const inviteId = sent.data.inviteUser.id;
      expectMembership(await sub.results.next(), { action: 'INVITE_SENT', actor: admin.userId, target: null, invite: inviteId });

      expiring.server.clock.advanceDays(8);
      const event = expectMembership(await sub.results.next(), {
        action: 'INVITE_EXPIRED',
        actor: null,
        target: null,
        invite: inviteId,
      });
      expect(event.invite.status).toBe('EXPIRED');
      // Announced once: later checks find nothing new.
      await expectSilence(sub, 500);
    });
  });
});

// ---------------------------------------------------------------------------------------------
// 4. Revocation mid-stream
// ---------------------------------------------------------------------------------------------

describe('revocation mid-stream', () => {
  const live = liveServer();

  it('a manager who loses ALLOW_MANAGE_PERMISSIONS gets FORBIDDEN, then nothing; the admin keeps hearing', async () => {
    const admin = await signUp(live.server);
    const manager = await addMember(live.server, admin, ['OVERVIEW', 'ALLOW_MANAGE_PERMISSIONS'], 'Max Manager');
    const other = await addMember(live.server, admin, ['OVERVIEW'], 'Olga Other');
    const managerLive = await live.membership(manager);
    const adminLive = await live.membership(admin);

    // While allowed, the manager hears the account.
    const first = await setPermissions(live.server, admin, other.userId, ['OVERVIEW', 'OVERSTOCK']);
    const heard = { action: 'PERMISSIONS_CHANGED', actor: admin.userId, target: other.userId, invite: null };
    expectMembership(await nextPromptly(managerLive.sub, first.respondedAt), heard);
    expectMembership(await nextPromptly(adminLive.sub, first.respondedAt), heard);

    // The manager loses user management: the next thing they receive is FORBIDDEN, and the stream ends.
    const revoke = await setPermissions(live.server, admin, manager.userId, ['OVERVIEW']);
    const error = expectOnlyError(await nextPromptly(managerLive.sub, revoke.respondedAt), 'FORBIDDEN');
    expect(error.extensions).toMatchObject({ capability: 'MANAGE_USERS' });
    await within(managerLive.sub.completed, 10_000, "the manager's stream completes");
    expectMembership(await nextPromptly(adminLive.sub, revoke.respondedAt), {
      action: 'PERMISSIONS_CHANGED',
      actor: admin.userId,
      target: manager.userId,
      invite: null,
    });

    // Further changes reach the admin only.
    const one = await invite(live.server, admin);
    const two = await invite(live.server, admin);
    const edit = await setPermissions(live.server, admin, other.userId, ['OVERVIEW']);
    expectMembership(await nextPromptly(adminLive.sub, one.respondedAt), {
      action: 'INVITE_SENT',
      actor: admin.userId,
      target: null,
      invite: one.data.inviteUser.id,
    });
    expectMembership(await nextPromptly(adminLive.sub, two.respondedAt), {
      action: 'INVITE_SENT',
      actor: admin.userId,
      target: null,
      invite: two.data.inviteUser.id,
    });
    expectMembership(await nextPromptly(adminLive.sub, edit.respondedAt), {
      action: 'PERMISSIONS_CHANGED',
      actor: admin.userId,
      target: other.userId,
      invite: null,
    });
    await expectSilence(managerLive.sub, 500);

    // The session is still live, so its socket stays open, but a new subscription is refused at once.
    const again = managerLive.ws.subscribe(MEMBERSHIP);
    expect(expectOnlyError(await again.results.next(), 'FORBIDDEN').extensions).toMatchObject({ capability: 'MANAGE_USERS' });
    await within(again.completed, 10_000, 'the refused subscription completes');
    const open = await Promise.race([managerLive.ws.closed, sleep(100).then(() => 'open')]);
    expect(open).toBe('open');
  });

  it('a manager whose permissions are cleared entirely is refused the same way', async () => {
    const admin = await signUp(live.server);
    const manager = await addMember(live.server, admin, ['ALLOW_MANAGE_PERMISSIONS', 'REPLENISHMENT'], 'Mia Manager');
    const managerLive = await live.membership(manager);
    const revoke = await setPermissions(live.server, admin, manager.userId, []);
    expectOnlyError(await nextPromptly(managerLive.sub, revoke.respondedAt), 'FORBIDDEN');
    await within(managerLive.sub.completed, 10_000, "the manager's stream completes");
    await invite(live.server, admin);
    await expectSilence(managerLive.sub, 500);
  });
});

// ---------------------------------------------------------------------------------------------
// 5. Deletion and logout
// ---------------------------------------------------------------------------------------------

describe('deletion and logout', () => {
  const live = liveServer();
  let admin: SignedUp;
  beforeAll(async () => {
    admin = await signUp(live.server);
  });

  const endings = [
    {
      name: 'deleting a member',
      sessionEnded: 'MEMBER_DELETED',
      reason: /member deleted/,
      end: (member: SignedUp) => timed(live.server, DELETE, { id: member.userId }, admin.token),
    },
    {
      name: 'logging out',
      sessionEnded: 'LOGOUT',
      reason: /logout/,
      end: (member: SignedUp) => timed(live.server, LOGOUT, {}, member.token),
    },
  ] as const;

  for (const ending of endings) {
    it(`${ending.name} sends a final event with nothing left, then closes the socket with 4401`, async () => {
      const keys = ['OVERVIEW', 'REPLENISHMENT', 'ALLOW_EDIT_INVENTORY', 'RESTRICT_SHARE_LINESHEETS'];
      const member = await addMember(live.server, admin, keys);
      const held = (await ok(live.server, MY_CAPABILITIES, {}, member.token)).me.permissions;
      const { ws, sub } = await live.myPermissions(member);

      const { respondedAt } = await ending.end(member);
      const final = permissionsChange(await nextPromptly(sub, respondedAt));
      expect(final).toMatchObject({ cause: 'SESSION_ENDED', sessionEnded: ending.sessionEnded, permissions: null });
      expectDiff(final, { capabilitiesRemoved: held.capabilities, permissionsRemoved: keys });
      expect(final.capabilitiesRemoved).toEqual(expect.arrayContaining(['SYNC', 'EDIT_INVENTORY', 'CATALOG']));

      await within(sub.completed, 10_000, 'the stream completes');
      const closed = await closeOf(ws);
      expect(closed.code).toBe(4401);
      expect(closed.reason).toMatch(ending.reason);
      expectCleanEnd(sub);

      const again = await closeOf(live.connectAs(member));
      expect(again.code).toBe(4403);
    });

    it(`${ending.name} closes a socket with no subscription at once`, async () => {
      const member = await addMember(live.server, admin, ['OVERVIEW']);
      const ws = live.connectAs(member);
      await within(whenConnected(ws), 10_000, 'connection_ack');
      const { respondedAt } = await ending.end(member);
      const closed = await closeOf(ws);
      expect(Date.now() - respondedAt, 'closed at once, not by the fallback').toBeLessThan(500);
      expect(closed.code).toBe(4401);
      expect(closed.reason).toMatch(ending.reason);
      expect((await closeOf(live.connectAs(member))).code).toBe(4403);
    });
  }

  it("a deleted manager's membership stream ends with UNAUTHENTICATED and the socket closes", async () => {
    const manager = await addMember(live.server, admin, ['OVERVIEW', 'ALLOW_MANAGE_PERMISSIONS'], 'Max Manager');
    const { ws, sub } = await live.membership(manager);
    const { respondedAt } = await timed(live.server, DELETE, { id: manager.userId }, admin.token);
    const error = expectOnlyError(await nextPromptly(sub, respondedAt), 'UNAUTHENTICATED');
    expect(error.message).toMatch(/sign in again/);
    await within(sub.completed, 10_000, 'the stream completes');
    const closed = await closeOf(ws);
    expect(closed.code).toBe(4401);
    expect(closed.reason).toMatch(/member deleted/);
    expectCleanEnd(sub);
    expect((await closeOf(live.connectAs(manager))).code).toBe(4403);
  });

  it('logging out ends every subscription of that socket, and only that session', async () => {
    const member = await addMember(live.server, admin, ['OVERVIEW', 'ALLOW_MANAGE_PERMISSIONS'], 'Lou Twosessions');
    const second = await ok(
      live.server,
      graphql(`
        mutation LiveLogin($input: LoginInput!) {
          login(input: $input) {
            token
          }
        }
      `),
      { input: { email: member.email, password: PASSWORD } },
    );
    const other = { ...member, token: second.login.token as string };
    const first = await live.myPermissions(member);
    const membership = await live.membership(member, first.ws);
    const survivor = await live.myPermissions(other);

    const { respondedAt } = await timed(live.server, LOGOUT, {}, member.token);
    const final = permissionsChange(await nextPromptly(first.sub, respondedAt));
    expect(final.sessionEnded).toBe('LOGOUT');
    expectOnlyError(await nextPromptly(membership.sub, respondedAt), 'UNAUTHENTICATED');
    expect((await closeOf(first.ws)).code).toBe(4401);

    // The other session of the same person is untouched.
    const edit = await setPermissions(live.server, admin, member.userId, ['OVERVIEW', 'ALLOW_MANAGE_PERMISSIONS', 'OVERSTOCK']);
    const change = permissionsChange(await nextPromptly(survivor.sub, edit.respondedAt));
    expect(change.cause).toBe('PERMISSIONS_EDITED');
    expectDiff(change, { capabilitiesAdded: ['OVERSTOCK'], permissionsAdded: ['OVERSTOCK'] });
  });
});

describe('session expiry', () => {
  const live = liveServer();

  it('a session that expires with no event to come: its streams end when it expires, then 4401', async () => {
    const short = await startServer({ config: { sessionTtlDays: 1.5 / 86_400 } }); // 1.5 seconds
    try {
      const admin = await signUp(short);
      const ws = connectWs(short, { authorization: `Bearer ${admin.token}` });
      const watch = watchSubscriptions(short);
      const sub = ws.subscribe(MY_PERMISSIONS);
      await watch.until('member:permissions', admin.userId);
      short.clock.advanceDays(1); // the app's clock is past the expiry when the timer fires
      const final = permissionsChange(await sub.results.next());
      expect(final).toMatchObject({ cause: 'SESSION_ENDED', sessionEnded: 'EXPIRED', permissions: null });
      expect(await closeOf(ws)).toEqual({ code: 4401, reason: 'Session ended: expired' });
    } finally {
      await short.close();
    }
  });

  it('an expired session is cut at its next event: final event EXPIRED, then 4401', async () => {
    const admin = await signUp(live.server);
    const member = await addMember(live.server, admin, ['OVERVIEW']);
    const held = (await ok(live.server, MY_CAPABILITIES, {}, member.token)).me.permissions;
    const { ws, sub } = await live.myPermissions(member);

    live.server.clock.advanceDays(31); // past SESSION_TTL_DAYS (30): every session of this server expires
    const again = await ok(
      live.server,
      graphql(`
        mutation LiveLogin($input: LoginInput!) {
          login(input: $input) {
            token
          }
        }
      `),
      { input: { email: admin.email, password: PASSWORD } },
    );
    const edit = await setPermissions(live.server, { token: again.login.token }, member.userId, ['OVERVIEW', 'OVERSTOCK']);
    const final = permissionsChange(await nextPromptly(sub, edit.respondedAt));
    expect(final).toMatchObject({ cause: 'SESSION_ENDED', sessionEnded: 'EXPIRED', permissions: null });
    // What they had when last told; the edit that raced the expiry was never delivered.
    expectDiff(final, { capabilitiesRemoved: held.capabilities, permissionsRemoved: ['OVERVIEW'] });
    expect(final.capabilitiesRemoved).not.toContain('OVERSTOCK');
    const closed = await closeOf(ws);
    expect(closed).toEqual({ code: 4401, reason: 'Session ended: expired' });
    expect((await closeOf(live.connectAs(member))).code).toBe(4403);
  });
});

// ---------------------------------------------------------------------------------------------
// 6. A rolled-back mutation publishes nothing
// ---------------------------------------------------------------------------------------------

describe('rolled-back mutations publish nothing', () => {
  /**
   * The outbox transport, switchable to fail as a broken mail server would, either before anything
   * else is written or after a membership audit entry was already recorded in the same transaction.
   */
  let mailFailure: 'none' | 'fail' | 'fail-after-audit' = 'none';
  let server: TestServer | undefined;
  const flakyMail: MailTransport = {
    async send(tx, message) {
      await outboxTransport().send(tx, message);
      if (mailFailure === 'fail-after-audit') {
        await recordAudit(server!.roster.app, tx, {
          accountId: message.accountId!,
          action: 'INVITE_SENT',
          actorId: null,
          at: server!.roster.app.now(),
        });
      }
      if (mailFailure !== 'none') throw new Error('mail server unavailable');
    },
  };
  const live = liveServer({ mail: flakyMail });
  beforeAll(() => {
    server = live.server;
  });
  afterEach(() => {
    mailFailure = 'none';
  });

  for (const failure of ['fail', 'fail-after-audit'] as const) {
    it(`a failed inviteUser (${failure}) publishes no INVITE_SENT; the next event is the next real change`, async () => {
      const admin = await signUp(live.server);
      const member = await addMember(live.server, admin, ['OVERVIEW']);
      const { sub } = await live.membership(admin);

      mailFailure = failure;
      live.server.expectLoggedErrors();
      const failed = await run(live.server, INVITE, { input: { email: uniqueEmail('rolf'), permissions: ['OVERVIEW'] } }, admin.token);
      expect(failed.errors?.map((e) => e.extensions?.code)).toEqual(['INTERNAL_SERVER_ERROR']);
      expect(live.server.loggedErrors.at(-1)).toContain('mail server unavailable');
      mailFailure = 'none';

      const edit = await setPermissions(live.server, admin, member.userId, ['OVERVIEW', 'OVERSTOCK']);
      expectMembership(await nextPromptly(sub, edit.respondedAt), {
        action: 'PERMISSIONS_CHANGED',
        actor: admin.userId,
        target: member.userId,
        invite: null,
      });
      await expectSilence(sub, 200);
    });
  }
});

// ---------------------------------------------------------------------------------------------
// 7. Tenant isolation
// ---------------------------------------------------------------------------------------------

describe('tenant isolation', () => {
  const live = liveServer();

  it('subscribers of account B hear nothing caused in account A', async () => {
    const adminA = await signUp(live.server, 'Account A', 'Ann Admin');
    const memberA = await addMember(live.server, adminA, ['OVERVIEW', 'PURCHASE_ORDERS'], 'Al Member');
    const adminB = await signUp(live.server, 'Account B', 'Ben Admin');
    const memberB = await addMember(live.server, adminB, ['OVERVIEW', 'PURCHASE_ORDERS'], 'Bo Member');

    const adminBMembership = await live.membership(adminB);
    const adminBPermissions = await live.myPermissions(adminB);
    const memberBPermissions = await live.myPermissions(memberB);

    // Many changes in A, of every kind.
    const sent = await invite(live.server, adminA);
    await ok(live.server, RESEND, { id: sent.data.inviteUser.id }, adminA.token);
    await ok(live.server, REVOKE, { id: sent.data.inviteUser.id }, adminA.token);
    const joinedA = await addMember(live.server, adminA, ['OVERVIEW'], 'Aya Joiner');
    await setPermissions(live.server, adminA, memberA.userId, ['OVERVIEW', 'PURCHASE_ORDERS', 'OVERSTOCK']);
    await ok(live.server, UPDATE_ACCOUNT, { input: { wholesaleEnabled: true } }, adminA.token);
    await ok(live.server, DELETE, { id: joinedA.userId }, adminA.token);
    await ok(live.server, LOGOUT, {}, memberA.token);

    // Then one change in B.
    const edit = await setPermissions(live.server, adminB, memberB.userId, ['OVERVIEW', 'PURCHASE_ORDERS', 'OPEN_TO_BUY']);
    expectMembership(await nextPromptly(adminBMembership.sub, edit.respondedAt), {
      action: 'PERMISSIONS_CHANGED',
      actor: adminB.userId,
      target: memberB.userId,
      invite: null,
    });
    const change = permissionsChange(await nextPromptly(memberBPermissions.sub, edit.respondedAt));
    expect(change.cause).toBe('PERMISSIONS_EDITED');
    expectDiff(change, { capabilitiesAdded: ['OPEN_TO_BUY'], permissionsAdded: ['OPEN_TO_BUY'] });

    // B's own feature switch is the first thing B's members hear of features: A's did not leak.
    const feature = await timed(live.server, UPDATE_ACCOUNT, { input: { wholesaleEnabled: true } }, adminB.token);
    const adminGained = permissionsChange(await nextPromptly(adminBPermissions.sub, feature.respondedAt));
    expect(adminGained.cause).toBe('ACCOUNT_FEATURES_CHANGED');
    expectDiff(adminGained, { capabilitiesAdded: ['WHOLESALE'] });
    const memberGained = permissionsChange(await nextPromptly(memberBPermissions.sub, feature.respondedAt));
    expect(memberGained.cause).toBe('ACCOUNT_FEATURES_CHANGED');
    expectDiff(memberGained, { capabilitiesAdded: ['WHOLESALE'] });
    // A feature switch feeds everyone's permissions, so B's managers hear of it too.
    expectMembership(await nextPromptly(adminBMembership.sub, feature.respondedAt), {
      action: 'ACCOUNT_UPDATED',
      actor: adminB.userId,
      target: null,
      invite: null,
    });

    await expectSilence(adminBMembership.sub, 300);
    expect(adminBPermissions.sub.results.drain()).toEqual([]);
    expect(memberBPermissions.sub.results.drain()).toEqual([]);
  });

  it('one person in both accounts hears, on a B session, only changes to their B membership', async () => {
    const adminA = await signUp(live.server, 'Account A', 'Ann Admin');
    const adminB = await signUp(live.server, 'Account B', 'Ben Admin');
    const inA = await addMember(live.server, adminA, ['OVERVIEW', 'ALLOW_MANAGE_PERMISSIONS'], 'Pat Twoaccounts');
    await ok(live.server, INVITE, { input: { email: inA.email, permissions: ['OVERVIEW', 'ALLOW_MANAGE_PERMISSIONS'] } }, adminB.token);
    const accepted = await ok(live.server, ACCEPT, { input: { token: await live.server.inviteToken(inA.email), password: PASSWORD } });
    const inB = {
      ...inA,
      token: accepted.acceptInvite.token as string,
      accountId: accepted.acceptInvite.me.account.id as string,
      userId: accepted.acceptInvite.me.user.id as string,
    };
    expect(inB.accountId).toBe(adminB.accountId);

    const permissionsB = await live.myPermissions(inB);
    const membershipB = await live.membership(inB, permissionsB.ws);

    await setPermissions(live.server, adminA, inA.userId, ['OVERVIEW', 'ALLOW_MANAGE_PERMISSIONS', 'OVERSTOCK']);
    await invite(live.server, adminA);
    await ok(live.server, DELETE, { id: inA.userId }, adminA.token);

    const edit = await setPermissions(live.server, adminB, inB.userId, ['OVERVIEW', 'ALLOW_MANAGE_PERMISSIONS', 'REPLENISHMENT']);
    const change = permissionsChange(await nextPromptly(permissionsB.sub, edit.respondedAt));
    expect(change.cause).toBe('PERMISSIONS_EDITED');
    expectDiff(change, {
      capabilitiesAdded: ['REPLENISHMENT', 'EDIT_FORECAST', 'CATALOG', 'COMPARE_WAREHOUSES'],
      permissionsAdded: ['REPLENISHMENT'],
    });
    expectMembership(await nextPromptly(membershipB.sub, edit.respondedAt), {
      action: 'PERMISSIONS_CHANGED',
      actor: adminB.userId,
      target: inB.userId,
      invite: null,
    });
    // Deletion from A ended only A sessions: the B socket is open.
    const open = await Promise.race([permissionsB.ws.closed, sleep(100).then(() => 'open')]);
    expect(open).toBe('open');
  });

  it('a session that switches from A to B: its A streams end at once, and hear nothing more of A', async () => {
    const adminA = await signUp(live.server, 'Account A', 'Ann Admin');
    const adminB = await signUp(live.server, 'Account B', 'Ben Admin');
    const inA = await addMember(live.server, adminA, ['OVERVIEW', 'ALLOW_MANAGE_PERMISSIONS'], 'Sid Switcher');
    await ok(live.server, INVITE, { input: { email: inA.email, permissions: ['OVERVIEW', 'ALLOW_MANAGE_PERMISSIONS'] } }, adminB.token);
    await ok(live.server, ACCEPT, { input: { token: await live.server.inviteToken(inA.email), password: PASSWORD } });

    // A session opened in A subscribes in A, then moves to B.
    const membershipA = await live.membership(inA);
    const permissionsA = await live.myPermissions(inA, membershipA.ws);
    const switched = await timed(live.server, SWITCH, { id: adminB.accountId }, inA.token);

    // Both streams end with the switch itself, not at A's next event.
    const refused = expectOnlyError(await nextPromptly(membershipA.sub, switched.respondedAt), 'FORBIDDEN');
    expect(refused.extensions).toMatchObject({ rule: 'ACCOUNT_SWITCHED' });
    expect(refused.extensions).not.toHaveProperty('capability');
    const last = permissionsChange(await nextPromptly(permissionsA.sub, switched.respondedAt));
    expect(last).toMatchObject({ cause: 'ACCOUNT_SWITCHED', permissions: null, sessionEnded: null });
    expectDiff(last, {}); // switched, not "every capability removed"
    await within(membershipA.sub.completed, 10_000, 'the membership stream completes');
    await within(permissionsA.sub.completed, 10_000, 'the permissions stream completes');

    // A carries on, removing them too; none of it reaches the session, which now acts in B.
    await invite(live.server, adminA);
    await ok(live.server, DELETE, { id: inA.userId }, adminA.token);
    await invite(live.server, adminA);
    await expectSilence(membershipA.sub, 500);
    expect(permissionsA.sub.results.drain()).toEqual([]);
    // The session is alive (in B), so the socket stays open.
    const open = await Promise.race([membershipA.ws.closed, sleep(100).then(() => 'open')]);
    expect(open).toBe('open');
  });

  it('a full-access admin who switches into an account where she manages nobody: ACCOUNT_SWITCHED, not a missing capability', async () => {
    const adminA = await signUp(live.server, 'Account A', 'Ann Admin');
    const adminB = await signUp(live.server, 'Account B', 'Ben Admin');
    // Ann joins B with Overview only: no user management there.
    await ok(live.server, INVITE, { input: { email: adminA.email, permissions: ['OVERVIEW'] } }, adminB.token);
    const inB = await ok(live.server, ACCEPT, { input: { token: await live.server.inviteToken(adminA.email), password: PASSWORD } });
    const bAccountId = inB.acceptInvite.me.account.id;

    const membershipA = await live.membership(adminA);
    const permissionsA = await live.myPermissions(adminA, membershipA.ws);
    const switched = await timed(live.server, SWITCH, { id: bAccountId }, adminA.token);

    const refused = expectOnlyError(await nextPromptly(membershipA.sub, switched.respondedAt), 'FORBIDDEN');
    expect(refused.extensions).toMatchObject({ code: 'FORBIDDEN', rule: 'ACCOUNT_SWITCHED' });
    expect(refused.extensions).not.toHaveProperty('capability');
    expect(refused.message).not.toMatch(/MANAGE_USERS|manageUsers/);
    const last = permissionsChange(await nextPromptly(permissionsA.sub, switched.respondedAt));
    expect(last).toMatchObject({ cause: 'ACCOUNT_SWITCHED', permissions: null, sessionEnded: null });
    expectDiff(last, {});
    await within(membershipA.sub.completed, 10_000, 'the membership stream completes');
    // The session lives on in B: the socket stays open, and a new subscription there is B's.
    const open = await Promise.race([membershipA.ws.closed, sleep(100).then(() => 'open')]);
    expect(open).toBe('open');
  });
});
