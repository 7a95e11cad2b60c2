import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { stockOrderLines, stockOrders } from '../../src/modules/purchasing/tables.js';
import { type SignedUp, type TestServer, addMember, codes, signUp, startServer } from '../harness.js';
import { graphql, ok, run } from '../kit/index.js';

let server: TestServer;
let admin: SignedUp;
beforeAll(async () => {
  server = await startServer();
  admin = await signUp(server);
});
afterAll(() => server.close());

const SET_BUDGET = graphql(`
  mutation OpenToBuySetBudget($input: SetBudgetInput!) {
    setBudget(input: $input) {
      id
      month
      category
      amountCents
    }
  }
`);
const OPEN_TO_BUY = graphql(`
  query OpenToBuyOpenToBuy($from: String!, $to: String!) {
    openToBuy(from: $from, to: $to) {
      month
      category
      budgetCents
      committedCents
      remainingCents
    }
  }
`);
const AUDIT = graphql(`
  query OpenToBuyAudit {
    auditLog(subjectType: Budget) {
      totalCount
      nodes {
        action
        subjectId
        before
        after
      }
    }
  }
`);

/** A product of `category` with one variant; returns the variant's id. */
async function variantIn(owner: SignedUp, category: string, sku: string) {
  const input = { name: `${category} item`, category, variants: [{ sku, title: 'One size', costCents: 100, priceCents: 300 }] };
  const data = await ok(
    server,
    graphql(`
      mutation OpenToBuyCreateProduct($input: CreateProductInput!) {
        createProduct(input: $input) {
          variants {
            id
          }
        }
      }
    `),
    { input },
    owner.token,
  );
  return data.createProduct.variants[0]!.id as string;
}

/**
 * Stock orders are written straight to the database: Open-to-Buy reads them, whoever makes them.
 * Each line is [variantId, quantity, unitCostCents].
 */
async function stockOrder(
  owner: SignedUp,
  status: 'DRAFT' | 'PLACED' | 'RECEIVED',
  expectedMonth: string,
  lines: Array<[string, number, number]>,
) {
  const vendor = await ok(
    server,
    graphql(`
      mutation OpenToBuyCreateVendor {
        createVendor(input: { name: "Mill", leadTimeDays: 14 }) {
          id
        }
      }
    `),
    {},
    owner.token,
  );
  const warehouse = await ok(
    server,
    graphql(`
      mutation OpenToBuyCreateWarehouse($name: String!) {
        createWarehouse(name: $name) {
          id
        }
      }
    `),
    { name: `W ${Math.random()}` },
    owner.token,
  );
  const db = server.roster.app.db.read;
  const [order] = await db
    .insert(stockOrders)
    .values({
      accountId: owner.accountId,
      vendorId: vendor.createVendor.id,
      warehouseId: warehouse.createWarehouse.id,
      status,
      expectedMonth,
      createdById: owner.userId,
    })
    .returning();
  await db.insert(stockOrderLines).values(
    lines.map(([variantId, quantity, unitCostCents]) => ({
      accountId: owner.accountId,
      stockOrderId: order!.id,
      variantId,
      quantity,
      unitCostCents,
    })),
  );
}

const setBudget = (by: { token: string }, month: string, category: string, amountCents: number) =>
  run(server, SET_BUDGET, { input: { month, category, amountCents } }, by.token);

describe('Open-to-Buy', () => {
  it('compares budgets with placed and received stock orders per month and category', async () => {
    const shirt = await variantIn(admin, 'Shirts', 'OTB-SH');
    const sock = await variantIn(admin, 'Socks', 'OTB-SO');
    await stockOrder(admin, 'PLACED', '2025-03', [
      [shirt, 10, 1000],
      [sock, 5, 200],
    ]);
    await stockOrder(admin, 'RECEIVED', '2025-03', [[shirt, 2, 1500]]);
    await stockOrder(admin, 'DRAFT', '2025-03', [[shirt, 100, 1000]]);
    await stockOrder(admin, 'PLACED', '2025-05', [[sock, 3, 250]]);
    await stockOrder(admin, 'PLACED', '2025-06', [[shirt, 1, 999]]);
    for (const [month, category, amount] of [
      ['2025-03', 'Shirts', 20000],
      ['2025-04', 'Shirts', 5000],
      ['2025-05', 'Socks', 500],
      ['2025-07', 'Socks', 1],
    ] as const) {
      expect((await setBudget(admin, month, category, amount)).errors).toBeUndefined();
    }
    // Setting it again replaces it.
    const replaced = await ok(server, SET_BUDGET, { input: { month: '2025-03', category: 'Shirts', amountCents: 12000 } }, admin.token);
    expect(replaced.setBudget).toMatchObject({ month: '2025-03', category: 'Shirts', amountCents: 12000 });

    const before = server.roster.app.db.statements.count;
    const { openToBuy } = await ok(server, OPEN_TO_BUY, { from: '2025-03', to: '2025-05' }, admin.token);
    // The caller's lookup, budgets, and commitments.
    expect(server.roster.app.db.statements.count - before).toBeLessThanOrEqual(3);
    expect(openToBuy).toEqual([
      // 10 × 1000 (placed) + 2 × 1500 (received); the draft's 100 × 1000 does not count.
      { month: '2025-03', category: 'Shirts', budgetCents: 12000, committedCents: 13000, remainingCents: -1000 },
      { month: '2025-03', category: 'Socks', budgetCents: 0, committedCents: 1000, remainingCents: -1000 },
      { month: '2025-04', category: 'Shirts', budgetCents: 5000, committedCents: 0, remainingCents: 5000 },
      { month: '2025-05', category: 'Socks', budgetCents: 500, committedCents: 750, remainingCents: -250 },
    ]);

    const audit = (await ok(server, AUDIT, {}, admin.token)).auditLog;
    expect(audit.totalCount).toBe(5);
    expect(audit.nodes[0]).toMatchObject({
      action: 'BUDGET_SET',
      subjectId: replaced.setBudget.id,
      before: { amountCents: 20000 },
      after: { month: '2025-03', category: 'Shirts', amountCents: 12000 },
    });
  });

  it("another account's budgets and orders are not counted", async () => {
    const other = await signUp(server, 'Other', 'Olga Other');
    const shirt = await variantIn(other, 'Shirts', 'OTHER-SH');
    await stockOrder(other, 'PLACED', '2025-03', [[shirt, 1, 100]]);
    const { openToBuy } = await ok(server, OPEN_TO_BUY, { from: '2025-03', to: '2025-03' }, other.token);
    expect(openToBuy).toEqual([{ month: '2025-03', category: 'Shirts', budgetCents: 0, committedCents: 100, remainingCents: -100 }]);
  });

  it('checks months, the range (at most 24 months) and amounts', async () => {
    const refused = async (variables: { from: string; to: string }) =>
      (await run(server, OPEN_TO_BUY, variables, admin.token)).errors?.[0]?.extensions;
    expect(await refused({ from: '2025-01', to: '2026-12' })).toBeUndefined();
    expect(await refused({ from: '2025-01', to: '2027-01' })).toMatchObject({ code: 'BAD_USER_INPUT', field: 'to' });
    expect(await refused({ from: '2025-05', to: '2025-04' })).toMatchObject({ code: 'BAD_USER_INPUT', field: 'to' });
    expect(await refused({ from: '2025-13', to: '2026-01' })).toMatchObject({ code: 'BAD_USER_INPUT', field: 'from' });
    expect(codes(await setBudget(admin, '2025-3', 'Shirts', 1))).toEqual(['BAD_USER_INPUT']);
    expect(codes(await setBudget(admin, '2025-03', ' ', 1))).toEqual(['BAD_USER_INPUT']);
    expect(codes(await setBudget(admin, '2025-03', 'Shirts', -1))).toEqual(['BAD_USER_INPUT']);
  });

  it('needs OPEN_TO_BUY: without it nothing is read or written', async () => {
    const planner = await addMember(server, admin, ['OPEN_TO_BUY'], 'Pia Planner');
    const buyer = await addMember(server, admin, ['OVERVIEW', 'INVENTORY_KPIS', 'PURCHASE_ORDERS'], 'Bo Buyer');
    const auditBefore = (await ok(server, AUDIT, {}, admin.token)).auditLog.totalCount;

    const write = await setBudget(buyer, '2025-04', 'Shirts', 1);
    expect(write.data).toBeNull();
    expect(write.errors?.[0]?.extensions).toMatchObject({ code: 'FORBIDDEN', capability: 'OPEN_TO_BUY', reason: 'NOT_GRANTED' });
    const read = await run(server, OPEN_TO_BUY, { from: '2025-04', to: '2025-04' }, buyer.token);
    expect(read.errors?.[0]?.extensions).toMatchObject({ code: 'FORBIDDEN', capability: 'OPEN_TO_BUY' });
    expect((await ok(server, AUDIT, {}, admin.token)).auditLog.totalCount).toBe(auditBefore);

    expect((await setBudget(planner, '2025-04', 'Shirts', 7000)).errors).toBeUndefined();
    const { openToBuy } = await ok(server, OPEN_TO_BUY, { from: '2025-04', to: '2025-04' }, planner.token);
    expect(openToBuy).toEqual([{ month: '2025-04', category: 'Shirts', budgetCents: 7000, committedCents: 0, remainingCents: 7000 }]);
  });
});
