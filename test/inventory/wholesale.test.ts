import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type GraphQLResponse, type SignedUp, type TestServer, addMember, codes, signUp, startServer } from '../harness.js';
import { graphql, ok, run } from '../kit/index.js';

let server: TestServer;
let admin: SignedUp;
let warehouseId: string;
/** SKUs WH-A (price 3000) and WH-B (price 2000). */
let variantIds: [string, string];
beforeAll(async () => {
  server = await startServer();
  admin = await signUp(server);
  warehouseId = (
    await ok(
      server,
      graphql(`
        mutation WholesaleCreateWarehouse {
          createWarehouse(name: "Main") {
            id
          }
        }
      `),
      {},
      admin.token,
    )
  ).createWarehouse.id;
  const variants = [
    { sku: 'WH-A', title: 'A', costCents: 1200, priceCents: 3000 },
    { sku: 'WH-B', title: 'B', costCents: 800, priceCents: 2000 },
  ];
  const { createProduct } = await ok(
    server,
    graphql(`
      mutation WholesaleCreateProduct($input: CreateProductInput!) {
        createProduct(input: $input) {
          variants {
            id
          }
        }
      }
    `),
    { input: { name: 'Linen shirt', category: 'Shirts', variants } },
    admin.token,
  );
  variantIds = createProduct.variants.map((variant: { id: string }) => variant.id) as [string, string];
});
afterAll(() => server.close());

// What every wholesale order document reads, as a fragment the documents below spread.
graphql(`
  fragment WholesaleOrderFields on WholesaleOrder {
    id
    customerName
    status
    totalCents
    confirmedAt
    warehouse {
      id
    }
    createdBy {
      id
    }
    lines {
      variant {
        sku
      }
      quantity
      unitPriceCents
      totalCents
    }
  }
`);
const CREATE = graphql(`
  mutation WholesaleCreate($input: CreateWholesaleOrderInput!) {
    createWholesaleOrder(input: $input) {
      ...WholesaleOrderFields
    }
  }
`);
const CONFIRM = graphql(`
  mutation WholesaleConfirm($id: ID!) {
    confirmWholesaleOrder(id: $id) {
      ...WholesaleOrderFields
    }
  }
`);
const LIST = graphql(`
  query WholesaleList {
    wholesaleOrders {
      totalCount
      nodes {
        ...WholesaleOrderFields
      }
    }
  }
`);

const refusal = (response: GraphQLResponse) => response.errors?.[0]?.extensions;

const createInput = (lines: Array<{ variantId: string; quantity: number; unitPriceCents?: number }>) => ({
  input: { customerName: 'Corner Boutique', warehouseId, lines },
});

const setWholesale = (enabled: boolean) =>
  ok(
    server,
    graphql(`
      mutation WholesaleUpdateAccount($on: Boolean!) {
        updateAccount(input: { wholesaleEnabled: $on }) {
          wholesaleEnabled
        }
      }
    `),
    { on: enabled },
    admin.token,
  );

async function setStock(variantId: string, onHand: number) {
  await ok(
    server,
    graphql(`
      mutation WholesaleSetStockLevel($input: SetStockLevelInput!) {
        setStockLevel(input: $input) {
          id
        }
      }
    `),
    { input: { variantId, warehouseId, onHand } },
    admin.token,
  );
}

async function onHand(variantId: string) {
  const { variant } = await ok(
    server,
    graphql(`
      query WholesaleVariant($id: ID!) {
        variant(id: $id) {
          stock {
            onHand
          }
        }
      }
    `),
    { id: variantId },
    admin.token,
  );
  return variant!.stock![0]?.onHand ?? 0;
}

const orderCount = async () => (await ok(server, LIST, {}, admin.token)).wholesaleOrders.totalCount as number;

describe('wholesale', () => {
  it('is refused to everyone, full access included, while the account feature is off; nothing is written', async () => {
    const created = await run(server, CREATE, createInput([{ variantId: variantIds[0], quantity: 1 }]), admin.token);
    expect(refusal(created)).toMatchObject({ code: 'FORBIDDEN', capability: 'WHOLESALE', reason: 'FEATURE_DISABLED' });
    expect(refusal(await run(server, LIST, {}, admin.token))).toMatchObject({ capability: 'WHOLESALE', reason: 'FEATURE_DISABLED' });
    await setWholesale(true);
    expect(await orderCount()).toBe(0);
  });

  it('creates a DRAFT, then confirming takes the stock; a short line refuses the whole confirmation', async () => {
    await setWholesale(true);
    await setStock(variantIds[0], 10);
    await setStock(variantIds[1], 0);
    const { createWholesaleOrder: order } = await ok(
      server,
      CREATE,
      createInput([
        { variantId: variantIds[0], quantity: 4 },
        { variantId: variantIds[1], quantity: 2, unitPriceCents: 1500 },
      ]),
      admin.token,
    );
    expect(order).toMatchObject({
      status: 'DRAFT',
      customerName: 'Corner Boutique',
      totalCents: 4 * 3000 + 2 * 1500,
      createdBy: { id: admin.userId },
      confirmedAt: null,
      lines: [
        { variant: { sku: 'WH-A' }, quantity: 4, unitPriceCents: 3000, totalCents: 12000 },
        { variant: { sku: 'WH-B' }, quantity: 2, unitPriceCents: 1500, totalCents: 3000 },
      ],
    });

    const short = await run(server, CONFIRM, { id: order.id }, admin.token);
    expect(refusal(short)).toMatchObject({ code: 'CONFLICT', rule: 'INSUFFICIENT_STOCK' });
    expect(short.errors![0]!.message).toContain('WH-B');
    expect(short.errors![0]!.message).not.toContain('WH-A');
    expect(await onHand(variantIds[0])).toBe(10);

    await setStock(variantIds[1], 5);
    const confirmed = (await ok(server, CONFIRM, { id: order.id }, admin.token)).confirmWholesaleOrder;
    expect(confirmed.status).toBe('CONFIRMED');
    expect(confirmed.confirmedAt).toBeTruthy();
    expect([await onHand(variantIds[0]), await onHand(variantIds[1])]).toEqual([6, 3]);

    const again = await run(server, CONFIRM, { id: order.id }, admin.token);
    expect(refusal(again)).toMatchObject({ code: 'CONFLICT', rule: 'WRONG_STATUS' });
    expect(await onHand(variantIds[0])).toBe(6);

    const { auditLog } = await ok(
      server,
      graphql(`
        query WholesaleAuditLog($id: ID!) {
          auditLog(subjectId: $id) {
            nodes {
              action
            }
          }
        }
      `),
      { id: order.id },
      admin.token,
    );
    expect(auditLog.nodes.map((entry: { action: string }) => entry.action)).toEqual([
      'WHOLESALE_ORDER_CONFIRMED',
      'WHOLESALE_ORDER_CREATED',
    ]);
  });

  it('checks its input', async () => {
    await setWholesale(true);
    expect(refusal(await run(server, CREATE, createInput([]), admin.token))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'lines' });
    const twice = createInput([
      { variantId: variantIds[0], quantity: 1 },
      { variantId: variantIds[0], quantity: 2 },
    ]);
    expect(refusal(await run(server, CREATE, twice, admin.token))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'lines' });
    const zero = createInput([{ variantId: variantIds[0], quantity: 0 }]);
    expect(refusal(await run(server, CREATE, zero, admin.token))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'lines[0].quantity' });
  });

  it('is open to PURCHASE_ORDERS and refused without it (FORBIDDEN, WHOLESALE); nothing is written', async () => {
    await setWholesale(true);
    const buyer = await addMember(server, admin, ['PURCHASE_ORDERS'], 'Bea Buyer');
    const planner = await addMember(server, admin, ['REPLENISHMENT'], 'Rita Planner');
    const order = (await ok(server, CREATE, createInput([{ variantId: variantIds[0], quantity: 1 }]), buyer.token)).createWholesaleOrder;
    expect(order.createdBy.id).toBe(buyer.userId);
    const count = await orderCount();

    const refused = await run(server, CREATE, createInput([{ variantId: variantIds[0], quantity: 1 }]), planner.token);
    expect(refusal(refused)).toMatchObject({ code: 'FORBIDDEN', capability: 'WHOLESALE', reason: 'NOT_GRANTED' });
    expect(refusal(await run(server, CONFIRM, { id: order.id }, planner.token))).toMatchObject({ capability: 'WHOLESALE' });
    expect(await orderCount()).toBe(count);
    const stock = await onHand(variantIds[0]);
    expect(
      (
        await ok(
          server,
          graphql(`
            query WholesaleWholesaleOrder($id: ID!) {
              wholesaleOrder(id: $id) {
                status
              }
            }
          `),
          { id: order.id },
          admin.token,
        )
      ).wholesaleOrder.status,
    ).toBe('DRAFT');
    expect(await onHand(variantIds[0])).toBe(stock);
  });

  it("answers another account's order as NOT_FOUND", async () => {
    await setWholesale(true);
    const order = (await ok(server, CREATE, createInput([{ variantId: variantIds[0], quantity: 1 }]), admin.token)).createWholesaleOrder;
    const other = await signUp(server, 'Other Co', 'Olga Other');
    await ok(
      server,
      graphql(`
        mutation WholesaleUpdateAccount2 {
          updateAccount(input: { wholesaleEnabled: true }) {
            id
          }
        }
      `),
      {},
      other.token,
    );
    expect(codes(await run(server, CONFIRM, { id: order.id }, other.token))).toEqual(['NOT_FOUND']);
    expect(
      codes(
        await run(
          server,
          graphql(`
            query WholesaleWholesaleOrder2($id: ID!) {
              wholesaleOrder(id: $id) {
                id
              }
            }
          `),
          { id: order.id },
          other.token,
        ),
      ),
    ).toEqual(['NOT_FOUND']);
  });
});

describe('wholesale limits and batching', () => {
  const statementsOf = async (run: () => Promise<unknown>) => {
    const before = server.roster.app.db.statements.count;
    await run();
    return server.roster.app.db.statements.count - before;
  };

  it('caps quantities at 1,000,000, unit prices at 2,147,483,647 cents and orders at 500 lines; nothing is written', async () => {
    await setWholesale(true);
    const count = await orderCount();
    const tooMany = createInput([{ variantId: variantIds[0], quantity: 1_000_001 }]);
    expect(refusal(await run(server, CREATE, tooMany, admin.token))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'lines[0].quantity' });
    const tooDear = createInput([
      { variantId: variantIds[0], quantity: 1 },
      { variantId: variantIds[1], quantity: 1, unitPriceCents: 2_147_483_648 },
    ]);
    expect(refusal(await run(server, CREATE, tooDear, admin.token))).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'lines[1].unitPriceCents',
    });
    const long = createInput(Array.from({ length: 501 }, (_, i) => ({ variantId: `variant-${i}`, quantity: 1 })));
    expect(refusal(await run(server, CREATE, long, admin.token))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'lines' });
    expect(await orderCount()).toBe(count);

    const most = createInput([{ variantId: variantIds[0], quantity: 1_000_000, unitPriceCents: 2_147_483_647 }]);
    const { createWholesaleOrder } = await ok(server, CREATE, most, admin.token);
    expect(createWholesaleOrder.lines).toEqual([
      { variant: { sku: 'WH-A' }, quantity: 1_000_000, unitPriceCents: 2_147_483_647, totalCents: 2_147_483_647_000_000 },
    ]);
  });

  it("answers a line with another account's variant as NOT_FOUND, and nothing is written", async () => {
    await setWholesale(true);
    const other = await signUp(server, 'Elsewhere Co', 'Eve Else');
    const { createProduct } = await ok(
      server,
      graphql(`
        mutation WholesaleCreateProduct2 {
          createProduct(
            input: { name: "Theirs", category: "Shirts", variants: [{ sku: "WH-A", title: "A", costCents: 1, priceCents: 2 }] }
          ) {
            variants {
              id
            }
          }
        }
      `),
      {},
      other.token,
    );
    const count = await orderCount();
    const input = createInput([
      { variantId: variantIds[0], quantity: 1 },
      { variantId: createProduct.variants[0]!.id, quantity: 1 },
    ]);
    expect(codes(await run(server, CREATE, input, admin.token))).toEqual(['NOT_FOUND']);
    expect(await orderCount()).toBe(count);
  });

  it('names every short SKU when confirming, and takes nothing', async () => {
    await setWholesale(true);
    await setStock(variantIds[0], 1);
    await setStock(variantIds[1], 0);
    const { createWholesaleOrder: order } = await ok(
      server,
      CREATE,
      createInput([
        { variantId: variantIds[0], quantity: 3 },
        { variantId: variantIds[1], quantity: 2 },
      ]),
      admin.token,
    );
    const short = await run(server, CONFIRM, { id: order.id }, admin.token);
    expect(refusal(short)).toEqual({ code: 'CONFLICT', rule: 'INSUFFICIENT_STOCK' });
    expect(short.errors![0]!.message).toContain('WH-A (3 to take, 1 on hand)');
    expect(short.errors![0]!.message).toContain('WH-B (2 to take, 0 on hand)');
    expect([await onHand(variantIds[0]), await onHand(variantIds[1])]).toEqual([1, 0]);
  });

  it('creates and confirms an order of 30 lines in as many statements as one of 1 line', async () => {
    await setWholesale(true);
    const variants = Array.from({ length: 30 }, (_, i) => ({ sku: `WM-${i}`, title: `${i}`, costCents: 100, priceCents: 250 + i }));
    const { createProduct } = await ok(
      server,
      graphql(`
        mutation WholesaleCreateProduct($input: CreateProductInput!) {
          createProduct(input: $input) {
            variants {
              id
            }
          }
        }
      `),
      { input: { name: 'Many', category: 'Shirts', variants } },
      admin.token,
    );
    const ids: string[] = createProduct.variants.map((variant: { id: string }) => variant.id);
    for (const id of ids) await setStock(id, 100);
    const lines = ids.map((variantId, i) => ({ variantId, quantity: i + 1 }));
    const created: string[] = [];
    const create = (orderLines: typeof lines) =>
      statementsOf(async () =>
        created.push(
          (
            await ok(
              server,
              graphql(`
                mutation WholesaleCreateWholesaleOrder($input: CreateWholesaleOrderInput!) {
                  createWholesaleOrder(input: $input) {
                    id
                  }
                }
              `),
              createInput(orderLines),
              admin.token,
            )
          ).createWholesaleOrder.id,
        ),
      );
    const confirm = (id: string) =>
      statementsOf(() =>
        ok(
          server,
          graphql(`
            mutation WholesaleConfirmWholesaleOrder($id: ID!) {
              confirmWholesaleOrder(id: $id) {
                id
              }
            }
          `),
          { id },
          admin.token,
        ),
      );
    expect(await create(lines)).toBe(await create(lines.slice(0, 1)));
    const [thirty, one] = created;
    expect(await confirm(thirty!)).toBe(await confirm(one!));
    const { variant } = await ok(
      server,
      graphql(`
        query WholesaleVariant($id: ID!) {
          variant(id: $id) {
            stock {
              onHand
            }
          }
        }
      `),
      { id: ids[29]! },
      admin.token,
    );
    expect(variant!.stock![0]!.onHand).toBe(70);
    expect(await onHand(ids[0]!)).toBe(100 - 1 - 1);
  });
});
