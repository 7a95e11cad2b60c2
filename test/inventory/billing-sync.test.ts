import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type SignedUp, type TestServer, addMember, codes, signUp, startServer } from '../harness.js';
import type { AuditSubjectType } from '../kit/gql/graphql.js';
import { graphql, ok, run } from '../kit/index.js';

let server: TestServer;
let admin: SignedUp;
beforeAll(async () => {
  server = await startServer();
  admin = await signUp(server);
});
afterAll(() => server.close());

const BILLING = graphql(`
  query BillingSyncBilling {
    account {
      id
      name
      createdAt
      billing {
        plan
        billingEmail
        cardLast4
        monthlyPriceCents
        renewsAt
      }
    }
  }
`);
const UPDATE_BILLING = graphql(`
  mutation BillingSyncUpdateBilling($input: UpdateBillingInput!) {
    updateBilling(input: $input) {
      plan
      billingEmail
      cardLast4
      monthlyPriceCents
      renewsAt
    }
  }
`);
const RUN_SYNC = graphql(`
  mutation BillingSyncRunSync {
    runSync {
      id
      startedBy {
        id
        name
      }
      variantCount
      warehouseCount
      startedAt
      finishedAt
    }
  }
`);
const SYNC_RUNS = graphql(`
  query BillingSyncSyncRuns($first: Int, $after: String) {
    syncRuns(first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      nodes {
        id
        startedBy {
          id
        }
      }
    }
  }
`);
const AUDIT = graphql(`
  query BillingSyncAuditLog($type: AuditSubjectType) {
    auditLog(subjectType: $type) {
      totalCount
      nodes {
        action
        actor {
          id
        }
        subjectId
        before
        after
      }
    }
  }
`);
const auditOf = async (subjectType: AuditSubjectType) => (await ok(server, AUDIT, { type: subjectType }, admin.token)).auditLog;

describe('billing', () => {
  it('before any change: STARTER, invoices to the caller, renewing 30 days after sign-up; nothing is written', async () => {
    const { account } = await ok(server, BILLING, {}, admin.token);
    expect(account.billing).toEqual({
      plan: 'STARTER',
      billingEmail: admin.email,
      cardLast4: null,
      monthlyPriceCents: 9900,
      renewsAt: new Date(Date.parse(account.createdAt) + 30 * 24 * 60 * 60 * 1000).toISOString(),
    });
    expect((await auditOf('Account')).nodes.map((entry: { action: string }) => entry.action)).toEqual(['ACCOUNT_CREATED']);
  });

  it('updateBilling changes the plan (and price), email and card; audited on the account', async () => {
    const { account } = await ok(server, BILLING, {}, admin.token);
    const updated = await ok(
      server,
      UPDATE_BILLING,
      { input: { plan: 'GROWTH', cardLast4: '4242', billingEmail: 'Invoices@Example.com' } },
      admin.token,
    );
    expect(updated.updateBilling).toEqual({
      ...account.billing,
      plan: 'GROWTH',
      monthlyPriceCents: 29900,
      cardLast4: '4242',
      billingEmail: 'invoices@example.com',
    });
    expect((await ok(server, BILLING, {}, admin.token)).account.billing).toEqual(updated.updateBilling);
    const again = await ok(server, UPDATE_BILLING, { input: { plan: 'ENTERPRISE', cardLast4: '4242' } }, admin.token);
    expect(again.updateBilling).toMatchObject({ plan: 'ENTERPRISE', monthlyPriceCents: 99900, cardLast4: '4242' });

    const [latest, first] = (await auditOf('Account')).nodes;
    expect(latest).toMatchObject({
      action: 'BILLING_UPDATED',
      actor: { id: admin.userId },
      subjectId: admin.accountId,
      before: { plan: 'GROWTH', monthlyPriceCents: 29900 },
      after: { plan: 'ENTERPRISE', monthlyPriceCents: 99900 },
    });
    expect(first).toMatchObject({ action: 'BILLING_UPDATED', before: { plan: 'STARTER', cardLast4: null, billingEmail: admin.email } });
  });

  it('refuses a card that is not exactly 4 digits and a malformed email', async () => {
    for (const [input, field] of [
      [{ cardLast4: '42a2' }, 'cardLast4'],
      [{ cardLast4: '12345' }, 'cardLast4'],
      [{ billingEmail: 'nope' }, 'billingEmail'],
    ] as const) {
      const response = await run(server, UPDATE_BILLING, { input }, admin.token);
      expect(response.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
    }
  });

  it('without full access: the rest of the account, billing null with FORBIDDEN at its path, and no update', async () => {
    const everythingElse = [
      'OVERVIEW',
      'REPLENISHMENT',
      'PURCHASE_ORDERS',
      'OPEN_TO_BUY',
      'OVERSTOCK',
      'INVENTORY_KPIS',
      'MODIFY_SHARED_PRESETS',
      'ALLOW_MANAGE_PERMISSIONS',
    ];
    const manager = await addMember(server, admin, everythingElse, 'Max Manager');
    const response = await run(
      server,
      graphql(`
        query BillingSyncAccount {
          account {
            name
            billing {
              plan
            }
          }
        }
      `),
      {},
      manager.token,
    );
    expect(response.data).toEqual({ account: { name: 'Acme', billing: null } });
    expect(response.errors).toHaveLength(1);
    expect(response.errors![0]).toMatchObject({
      path: ['account', 'billing'],
      extensions: { code: 'FORBIDDEN', capability: 'BILLING', grantedBy: ['FULL_ACCESS'] },
    });

    const before = await auditOf('Account');
    const refused = await run(server, UPDATE_BILLING, { input: { plan: 'STARTER' } }, manager.token);
    expect(codes(refused)).toEqual(['FORBIDDEN']);
    expect(refused.errors![0]!.extensions).toMatchObject({ capability: 'BILLING' });
    expect(await auditOf('Account')).toEqual(before);
    expect((await ok(server, BILLING, {}, admin.token)).account.billing!.plan).toBe('ENTERPRISE');
  });
});

describe('sync', () => {
  it('any member runs it, even with no permission at all or only a restriction; it counts variants and warehouses', async () => {
    const input = {
      name: 'Tee',
      category: 'Shirts',
      variants: ['S', 'M'].map((size) => ({ sku: `TEE-${size}`, title: size, costCents: 1, priceCents: 2 })),
    };
    await ok(
      server,
      graphql(`
        mutation BillingSyncCreateProduct($input: CreateProductInput!) {
          createProduct(input: $input) {
            id
          }
        }
      `),
      { input },
      admin.token,
    );
    await ok(
      server,
      graphql(`
        mutation BillingSyncCreateWarehouse {
          createWarehouse(name: "Main") {
            id
          }
        }
      `),
      {},
      admin.token,
    );
    const nobody = await addMember(server, admin, [], 'Nell Nobody');
    const restricted = await addMember(server, admin, ['RESTRICT_DELETE_STYLES'], 'Rex Restricted');

    const { runSync } = await ok(server, RUN_SYNC, {}, nobody.token);
    expect(runSync).toMatchObject({ startedBy: { id: nobody.userId, name: 'Nell Nobody' }, variantCount: 2, warehouseCount: 1 });
    expect(Date.parse(runSync.finishedAt)).toBeGreaterThanOrEqual(Date.parse(runSync.startedAt));
    server.clock.time += 1000;
    const second = (await ok(server, RUN_SYNC, {}, restricted.token)).runSync;

    const page = (await ok(server, SYNC_RUNS, { first: 1 }, nobody.token)).syncRuns;
    expect(page).toMatchObject({
      totalCount: 2,
      pageInfo: { hasNextPage: true },
      nodes: [{ id: second.id, startedBy: { id: restricted.userId } }],
    });
    const next = (await ok(server, SYNC_RUNS, { first: 1, after: page.pageInfo.endCursor }, restricted.token)).syncRuns;
    expect(next).toMatchObject({ pageInfo: { hasNextPage: false }, nodes: [{ id: runSync.id }] });

    const audit = await auditOf('SyncRun');
    expect(audit.nodes).toMatchObject([
      { action: 'SYNC_RUN', actor: { id: restricted.userId }, subjectId: second.id, after: { variantCount: 2, warehouseCount: 1 } },
      { action: 'SYNC_RUN', actor: { id: nobody.userId }, subjectId: runSync.id },
    ]);
  });

  it('counts only the account’s own records', async () => {
    const other = await signUp(server, 'Other', 'Olga Other');
    const { runSync } = await ok(server, RUN_SYNC, {}, other.token);
    expect(runSync).toMatchObject({ variantCount: 0, warehouseCount: 0 });
    expect((await ok(server, SYNC_RUNS, {}, other.token)).syncRuns.nodes).toEqual([{ id: runSync.id, startedBy: { id: other.userId } }]);
  });
});
