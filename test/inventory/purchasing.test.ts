import { and, eq } from 'drizzle-orm';
import type { GraphQLObjectType } from 'graphql';
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { print } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { stockLevels } from '../../src/modules/products/tables.js';
import { declaredRule } from '../../src/modules/permissions/guards.js';
import { schema } from '../../src/graphql/schema.js';
import { type GraphQLResponse, type SignedUp, type TestServer, addMember, codes, signUp, startServer } from '../harness.js';
import { graphql, ok, run } from '../kit/index.js';

let server: TestServer;
let admin: SignedUp;
let catalog: Catalog;
beforeAll(async () => {
  server = await startServer();
  admin = await signUp(server);
  catalog = await createCatalog(admin, 'PO');
});
afterAll(() => server.close());

interface Catalog {
  warehouseId: string;
  vendorId: string;
  /** Two variants: SKUs `<prefix>-A` (cost 1200) and `<prefix>-B` (cost 800). */
  variantIds: [string, string];
}

async function createCatalog(owner: SignedUp, prefix: string): Promise<Catalog> {
  const { createWarehouse } = await ok(
    server,
    graphql(`
      mutation PurchasingCreateWarehouse {
        createWarehouse(name: "Main") {
          id
        }
      }
    `),
    {},
    owner.token,
  );
  const { createVendor } = await ok(
    server,
    graphql(`
      mutation PurchasingCreateVendor($input: CreateVendorInput!) {
        createVendor(input: $input) {
          id
        }
      }
    `),
    { input: { name: 'Loomworks', leadTimeDays: 30 } },
    owner.token,
  );
  const variants = [
    { sku: `${prefix}-A`, title: 'A', costCents: 1200, priceCents: 3000 },
    { sku: `${prefix}-B`, title: 'B', costCents: 800, priceCents: 2000 },
  ];
  const { createProduct } = await ok(
    server,
    graphql(`
      mutation PurchasingCreateProduct($input: CreateProductInput!) {
        createProduct(input: $input) {
          variants {
            id
          }
        }
      }
    `),
    { input: { name: 'Linen shirt', category: 'Shirts', vendorId: createVendor.id, variants } },
    owner.token,
  );
  return {
    warehouseId: createWarehouse.id,
    vendorId: createVendor.id,
    variantIds: createProduct.variants.map((v: { id: string }) => v.id) as [string, string],
  };
}

// What every stock order document reads, as a fragment the documents below spread.
graphql(`
  fragment PurchasingOrder on StockOrder {
    id
    status
    expectedMonth
    totalCents
    placedAt
    receivedAt
    emailedAt
    vendor {
      id
    }
    warehouse {
      id
    }
    createdBy {
      id
    }
    lines {
      variant {
        id
        sku
      }
      quantity
      unitCostCents
      totalCents
    }
  }
`);

const CREATE = graphql(`
  mutation PurchasingCreate($input: CreateStockOrderInput!) {
    createStockOrder(input: $input) {
      ...PurchasingOrder
    }
  }
`);
const SET_LINE = graphql(`
  mutation PurchasingSetLine($input: SetStockOrderLineInput!) {
    setStockOrderLine(input: $input) {
      ...PurchasingOrder
    }
  }
`);
const PLACE = graphql(`
  mutation PurchasingPlace($id: ID!) {
    placeStockOrder(id: $id) {
      ...PurchasingOrder
    }
  }
`);
const RECEIVE = graphql(`
  mutation PurchasingReceive($id: ID!) {
    receiveStockOrder(id: $id) {
      ...PurchasingOrder
    }
  }
`);
const SEND = graphql(`
  mutation PurchasingSend($id: ID!) {
    sendStockOrder(id: $id) {
      ...PurchasingOrder
    }
  }
`);
const SET_EMAIL = graphql(`
  mutation PurchasingSetEmail($input: SetVendorEmailInput!) {
    setVendorEmail(input: $input) {
      id
      email
    }
  }
`);
const IMPORT = graphql(`
  mutation PurchasingImport($csv: String!) {
    importStockOrders(csv: $csv) {
      stockOrders {
        ...PurchasingOrder
      }
      stockOrderCount
      errors {
        row
        column
        message
      }
    }
  }
`);
const ORDER_BY_ID = graphql(`
  query PurchasingOrderById($id: ID!) {
    stockOrder(id: $id) {
      ...PurchasingOrder
    }
  }
`);
const COUNT = graphql(`
  query PurchasingCount {
    stockOrders {
      totalCount
    }
  }
`);

const createOrder = async (token = admin.token) =>
  (await ok(server, CREATE, { input: { vendorId: catalog.vendorId, warehouseId: catalog.warehouseId, expectedMonth: '2030-04' } }, token))
    .createStockOrder;

const setLine = (stockOrderId: string, variantId: string, quantity: number, unitCostCents?: number, token = admin.token) =>
  run(server, SET_LINE, { input: { stockOrderId, variantId, quantity, unitCostCents } }, token);

/** A PLACED order of 10 × variant A. */
async function placedOrder() {
  const order = await createOrder();
  await setLine(order.id, catalog.variantIds[0], 10);
  return (await ok(server, PLACE, { id: order.id }, admin.token)).placeStockOrder;
}

const readOrder = async (id: string) => (await ok(server, ORDER_BY_ID, { id }, admin.token)).stockOrder;
const orderCount = async () => (await ok(server, COUNT, {}, admin.token)).stockOrders.totalCount as number;

async function onHand(variantId: string) {
  const { variant } = await ok(
    server,
    graphql(`
      query PurchasingVariant($id: ID!) {
        variant(id: $id) {
          stock {
            warehouse {
              id
            }
            onHand
          }
        }
      }
    `),
    { id: variantId },
    admin.token,
  );
  return variant!.stock!.find((level: { warehouse: { id: string } }) => level.warehouse.id === catalog.warehouseId)?.onHand ?? 0;
}

async function auditActions(subjectId: string) {
  const { auditLog } = await ok(
    server,
    graphql(`
      query PurchasingAuditLog($id: ID!) {
        auditLog(subjectId: $id) {
          nodes {
            action
            after
          }
        }
      }
    `),
    { id: subjectId },
    admin.token,
  );
  return auditLog.nodes.map((entry: { action: string }) => entry.action).reverse();
}

const refusal = (response: GraphQLResponse) => response.errors?.[0]?.extensions;

/** The SQL statements `run` makes the server execute. */
async function statementsOf(run: () => Promise<unknown>) {
  const before = server.roster.app.db.statements.count;
  await run();
  return server.roster.app.db.statements.count - before;
}

/** Sets a stock level straight in the database (beyond what setStockLevel accepts). */
const forceOnHand = (variantId: string, onHand: number) =>
  server.roster.app.db.transaction(async (tx) => {
    await tx.db
      .update(stockLevels)
      .set({ onHand })
      .where(and(eq(stockLevels.variantId, variantId), eq(stockLevels.warehouseId, catalog.warehouseId)));
  });

const setStock = (variantId: string, onHand: number) =>
  ok(
    server,
    graphql(`
      mutation PurchasingSetStockLevel($input: SetStockLevelInput!) {
        setStockLevel(input: $input) {
          id
        }
      }
    `),
    { input: { variantId, warehouseId: catalog.warehouseId, onHand } },
    admin.token,
  );

describe('stock orders', () => {
  it('goes from DRAFT through PLACED to RECEIVED, adding the stock, and each step is audited', async () => {
    const order = await createOrder();
    expect(order).toMatchObject({ status: 'DRAFT', totalCents: 0, lines: [], createdBy: { id: admin.userId }, placedAt: null });

    const [a, b] = catalog.variantIds;
    expect((await setLine(order.id, a, 10)).errors).toBeUndefined();
    expect((await setLine(order.id, b, 5, 900)).errors).toBeUndefined();
    let lines = (await readOrder(order.id)).lines;
    expect(lines).toEqual([
      { variant: { id: a, sku: 'PO-A' }, quantity: 10, unitCostCents: 1200, totalCents: 12000 },
      { variant: { id: b, sku: 'PO-B' }, quantity: 5, unitCostCents: 900, totalCents: 4500 },
    ]);
    expect((await setLine(order.id, b, 0)).errors).toBeUndefined();
    lines = (await readOrder(order.id)).lines;
    expect(lines.map((line: { variant: { id: string } }) => line.variant.id)).toEqual([a]);

    const before = await onHand(a);
    const placed = (await ok(server, PLACE, { id: order.id }, admin.token)).placeStockOrder;
    expect(placed).toMatchObject({ status: 'PLACED', totalCents: 12000 });
    expect(placed.placedAt).toBeTruthy();
    expect(await onHand(a)).toBe(before);

    const received = (await ok(server, RECEIVE, { id: order.id }, admin.token)).receiveStockOrder;
    expect(received.status).toBe('RECEIVED');
    expect(received.receivedAt).toBeTruthy();
    expect(await onHand(a)).toBe(before + 10);

    expect(await auditActions(order.id)).toEqual([
      'STOCK_ORDER_CREATED',
      'STOCK_ORDER_LINE_SET',
      'STOCK_ORDER_LINE_SET',
      'STOCK_ORDER_LINE_SET',
      'STOCK_ORDER_PLACED',
      'STOCK_ORDER_RECEIVED',
    ]);
  });

  it('lists orders newest first, filtered by status', async () => {
    const draft = await createOrder();
    const { stockOrders } = await ok(
      server,
      graphql(`
        query PurchasingStockOrders {
          stockOrders(status: DRAFT) {
            totalCount
            nodes {
              id
              status
            }
          }
        }
      `),
      {},
      admin.token,
    );
    expect(stockOrders.nodes[0]).toEqual({ id: draft.id, status: 'DRAFT' });
    expect(stockOrders.nodes.every((node: { status: string }) => node.status === 'DRAFT')).toBe(true);
  });

  it('refuses changes in the wrong status (CONFLICT, WRONG_STATUS) and leaves the order as it was', async () => {
    const empty = await createOrder();
    expect(codes(await run(server, PLACE, { id: empty.id }, admin.token))).toEqual(['CONFLICT']);
    expect((await readOrder(empty.id)).status).toBe('DRAFT');
    expect(refusal(await run(server, RECEIVE, { id: empty.id }, admin.token))).toMatchObject({ code: 'CONFLICT', rule: 'WRONG_STATUS' });

    const placed = await placedOrder();
    const edit = await setLine(placed.id, catalog.variantIds[1], 3);
    expect(refusal(edit)).toMatchObject({ code: 'CONFLICT', rule: 'WRONG_STATUS' });
    expect(refusal(await run(server, PLACE, { id: placed.id }, admin.token))).toMatchObject({ rule: 'WRONG_STATUS' });
    expect((await readOrder(placed.id)).lines).toHaveLength(1);

    await ok(server, RECEIVE, { id: placed.id }, admin.token);
    const stock = await onHand(catalog.variantIds[0]);
    expect(refusal(await run(server, RECEIVE, { id: placed.id }, admin.token))).toMatchObject({ rule: 'WRONG_STATUS' });
    expect(await onHand(catalog.variantIds[0])).toBe(stock);
  });

  it('checks its input', async () => {
    const bad = await run(
      server,
      CREATE,
      { input: { vendorId: catalog.vendorId, warehouseId: catalog.warehouseId, expectedMonth: '2030-13' } },
      admin.token,
    );
    expect(refusal(bad)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'expectedMonth' });
    const order = await createOrder();
    expect(refusal(await setLine(order.id, catalog.variantIds[0], -1))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'quantity' });
    expect(refusal(await setLine(order.id, catalog.variantIds[0], 1_000_001))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'quantity' });
    expect(refusal(await setLine(order.id, catalog.variantIds[0], 1, 2_147_483_648))).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'unitCostCents',
    });
    expect((await readOrder(order.id)).lines).toEqual([]);
    expect((await setLine(order.id, catalog.variantIds[0], 1_000_000)).errors).toBeUndefined();
    expect((await readOrder(order.id)).lines).toMatchObject([{ quantity: 1_000_000 }]);
  });

  it('removing a line the order does not have changes nothing and is not audited', async () => {
    const order = await createOrder();
    await setLine(order.id, catalog.variantIds[0], 3);
    const removed = await setLine(order.id, catalog.variantIds[1], 0);
    expect(removed.errors).toBeUndefined();
    expect(removed.data!.setStockOrderLine).toMatchObject({
      id: order.id,
      status: 'DRAFT',
      lines: [{ variant: { id: catalog.variantIds[0] }, quantity: 3 }],
    });
    expect(await auditActions(order.id)).toEqual(['STOCK_ORDER_CREATED', 'STOCK_ORDER_LINE_SET']);
  });

  it('places, receives and sends an order of 40 lines in as many statements as one of 1 line', async () => {
    const variants = Array.from({ length: 40 }, (_, i) => ({ sku: `MANY-${i}`, title: `${i}`, costCents: 100 + i, priceCents: 500 }));
    const { createProduct } = await ok(
      server,
      graphql(`
        mutation PurchasingCreateProduct($input: CreateProductInput!) {
          createProduct(input: $input) {
            variants {
              id
            }
          }
        }
      `),
      { input: { name: 'Many', category: 'Shirts', vendorId: catalog.vendorId, variants } },
      admin.token,
    );
    const ids: string[] = createProduct.variants.map((variant: { id: string }) => variant.id);
    await setStock(ids[0]!, 7);
    await ok(server, SET_EMAIL, { input: { vendorId: catalog.vendorId, email: 'sales@loomworks.example' } }, admin.token);
    const importOne = async (rows: string[]) => {
      const csv = ['vendor,warehouse,expected_month,sku,quantity,unit_cost_cents', ...rows].join('\n');
      const { importStockOrders } = await ok(
        server,
        graphql(`
          mutation PurchasingImportStockOrders($csv: String!) {
            importStockOrders(csv: $csv) {
              stockOrders {
                id
              }
              errors {
                row
              }
            }
          }
        `),
        { csv },
        admin.token,
      );
      expect(importStockOrders.errors).toEqual([]);
      return importStockOrders.stockOrders[0]!.id as string;
    };
    const single = await importOne(['Loomworks,Main,2040-01,MANY-0,1,']);
    const large = await importOne(variants.map((variant, i) => `Loomworks,Main,2040-02,${variant.sku},${i + 1},`));
    // Each step reading only the order's id.
    const PLACE_ID = graphql(`
      mutation PurchasingPlaceId($id: ID!) {
        placeStockOrder(id: $id) {
          id
        }
      }
    `);
    const RECEIVE_ID = graphql(`
      mutation PurchasingReceiveId($id: ID!) {
        receiveStockOrder(id: $id) {
          id
        }
      }
    `);
    const SEND_ID = graphql(`
      mutation PurchasingSendId($id: ID!) {
        sendStockOrder(id: $id) {
          id
        }
      }
    `);
    const step = (document: typeof PLACE_ID | typeof RECEIVE_ID | typeof SEND_ID, id: string) =>
      statementsOf(() => ok(server, document as TypedDocumentNode<unknown, { id: string }>, { id }, admin.token));
    for (const document of [PLACE_ID, RECEIVE_ID, SEND_ID]) {
      const [one, forty] = [await step(document, single), await step(document, large)];
      expect(forty, print(document)).toBe(one);
    }
    expect(await onHand(ids[0]!)).toBe(7 + 1 + 1);
    expect(await onHand(ids[39]!)).toBe(40);
    expect((await server.emails()).at(-1)!.text).toContain('MANY-39, 40, 1.39, 55.60');
  });

  it('refuses a receipt that would take a level past 2,147,483,647 units (CONFLICT), adding nothing', async () => {
    const [a, b] = catalog.variantIds;
    const order = await createOrder();
    await setLine(order.id, a, 1000);
    await setLine(order.id, b, 1000);
    await ok(server, PLACE, { id: order.id }, admin.token);
    await setStock(a, 1);
    await setStock(b, 1);
    await forceOnHand(a, 2_147_483_000);
    const refused = await run(server, RECEIVE, { id: order.id }, admin.token);
    expect(refusal(refused)).toEqual({ code: 'CONFLICT' });
    expect(refused.errors![0]!.message).toContain('more than 2,147,483,647 units of PO-A');
    expect(refused.errors![0]!.message).not.toContain('PO-B');
    expect([await onHand(a), await onHand(b)]).toEqual([2_147_483_000, 1]);
    expect((await readOrder(order.id)).status).toBe('PLACED');

    await forceOnHand(a, 2_147_482_647);
    expect((await ok(server, RECEIVE, { id: order.id }, admin.token)).receiveStockOrder.status).toBe('RECEIVED');
    expect([await onHand(a), await onHand(b)]).toEqual([2_147_483_647, 1001]);
    await setStock(a, 0);
  });

  it('is refused without the capability (FORBIDDEN, STOCK_ORDERS), and nothing is written', async () => {
    const planner = await addMember(server, admin, ['REPLENISHMENT'], 'Rita Planner');
    const order = await createOrder();
    const count = await orderCount();

    const created = await run(
      server,
      CREATE,
      { input: { vendorId: catalog.vendorId, warehouseId: catalog.warehouseId, expectedMonth: '2030-04' } },
      planner.token,
    );
    expect(refusal(created)).toMatchObject({
      code: 'FORBIDDEN',
      capability: 'STOCK_ORDERS',
      grantedBy: expect.arrayContaining(['PURCHASE_ORDERS']),
    });
    expect(await orderCount()).toBe(count);

    expect(refusal(await setLine(order.id, catalog.variantIds[0], 4, undefined, planner.token))).toMatchObject({
      capability: 'STOCK_ORDERS',
    });
    expect(refusal(await run(server, PLACE, { id: order.id }, planner.token))).toMatchObject({ capability: 'STOCK_ORDERS' });
    expect(await readOrder(order.id)).toMatchObject({ status: 'DRAFT', lines: [] });

    expect(refusal(await run(server, ORDER_BY_ID, { id: order.id }, planner.token))).toMatchObject({ capability: 'STOCK_ORDERS' });
    expect(refusal(await run(server, COUNT, {}, planner.token))).toMatchObject({ capability: 'STOCK_ORDERS' });
  });

  it('is open to a member holding PURCHASE_ORDERS', async () => {
    const buyer = await addMember(server, admin, ['PURCHASE_ORDERS'], 'Bea Buyer');
    const order = await createOrder(buyer.token);
    expect(order.createdBy.id).toBe(buyer.userId);
  });

  it("answers another account's order as NOT_FOUND", async () => {
    const order = await createOrder();
    const other = await signUp(server, 'Other Co', 'Olga Other');
    expect(codes(await run(server, ORDER_BY_ID, { id: order.id }, other.token))).toEqual(['NOT_FOUND']);
    expect(codes(await setLine(order.id, catalog.variantIds[0], 1, undefined, other.token))).toEqual(['NOT_FOUND']);
    expect(codes(await run(server, PLACE, { id: order.id }, other.token))).toEqual(['NOT_FOUND']);
    expect((await readOrder(order.id)).lines).toEqual([]);
  });
});

describe('vendor email addresses and sending stock orders', () => {
  it('sets, validates and clears a vendor email; refused without SEND_EMAILS', async () => {
    const planner = await addMember(server, admin, ['REPLENISHMENT'], 'Pete Planner');
    const { createVendor } = await ok(
      server,
      graphql(`
        mutation PurchasingCreateVendor2 {
          createVendor(input: { name: "Threadco", leadTimeDays: 10 }) {
            id
          }
        }
      `),
      {},
      admin.token,
    );
    const vendorId = createVendor.id;
    const set = await ok(server, SET_EMAIL, { input: { vendorId, email: ' Orders@Threadco.example ' } }, admin.token);
    expect(set.setVendorEmail).toEqual({ id: vendorId, email: 'orders@threadco.example' });
    expect(refusal(await run(server, SET_EMAIL, { input: { vendorId, email: 'nope' } }, admin.token))).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'email',
    });

    const refused = await run(server, SET_EMAIL, { input: { vendorId, email: 'evil@example.com' } }, planner.token);
    expect(refusal(refused)).toMatchObject({ code: 'FORBIDDEN', capability: 'SEND_EMAILS', grantedBy: ['FULL_ACCESS', 'PURCHASE_ORDERS'] });
    const { vendors } = await ok(
      server,
      graphql(`
        query PurchasingVendors {
          vendors {
            id
            email
          }
        }
      `),
      {},
      admin.token,
    );
    expect(vendors.find((vendor: { id: string }) => vendor.id === vendorId)!.email).toBe('orders@threadco.example');

    const cleared = await ok(server, SET_EMAIL, { input: { vendorId, email: null } }, admin.token);
    expect(cleared.setVendorEmail.email).toBeNull();
    expect(await auditActions(vendorId)).toEqual(['VENDOR_CREATED', 'VENDOR_EMAIL_CHANGED', 'VENDOR_EMAIL_CHANGED']);
  });

  it('emails a placed order to its vendor with SKUs, quantities, unit costs, total and warehouse', async () => {
    await ok(server, SET_EMAIL, { input: { vendorId: catalog.vendorId, email: null } }, admin.token);
    const draft = await createOrder();
    expect(refusal(await run(server, SEND, { id: draft.id }, admin.token))).toMatchObject({ code: 'CONFLICT', rule: 'WRONG_STATUS' });

    const order = await placedOrder();
    const sentBefore = (await server.emails()).length;
    expect(refusal(await run(server, SEND, { id: order.id }, admin.token))).toMatchObject({ code: 'CONFLICT', rule: 'NO_VENDOR_EMAIL' });
    expect((await readOrder(order.id)).emailedAt).toBeNull();

    await ok(server, SET_EMAIL, { input: { vendorId: catalog.vendorId, email: 'sales@loomworks.example' } }, admin.token);
    const sent = (await ok(server, SEND, { id: order.id }, admin.token)).sendStockOrder;
    expect(sent.emailedAt).toBeTruthy();
    const emails = await server.emails();
    expect(emails).toHaveLength(sentBefore + 1);
    const email = emails.at(-1)!;
    expect(email.recipient).toBe('sales@loomworks.example');
    expect(email.text).toContain('Deliver to: Main');
    expect(email.text).toContain('PO-A, 10, 12.00, 120.00');
    expect(email.text).toContain('Total: 120.00');
    expect(await auditActions(order.id)).toContain('STOCK_ORDER_EMAILED');
  });

  it('needs both stock orders and sending emails', async () => {
    const field = schema.getMutationType()!.getFields().sendStockOrder!;
    expect((field.extensions.pothosOptions as { authScopes: unknown }).authScopes).toEqual({
      $all: { stockOrders: true, sendEmails: true },
    });
    const order = await placedOrder();
    const planner = await addMember(server, admin, ['REPLENISHMENT'], 'Sam Planner');
    const sentBefore = (await server.emails()).length;
    const refused = await run(server, SEND, { id: order.id }, planner.token);
    expect(refusal(refused)).toMatchObject({ code: 'FORBIDDEN', capability: 'STOCK_ORDERS' });
    expect(await server.emails()).toHaveLength(sentBefore);
    expect((await readOrder(order.id)).emailedAt).toBeNull();
  });
});

describe('importing stock orders', () => {
  const HEADER = 'vendor,warehouse,expected_month,sku,quantity,unit_cost_cents';

  it('creates one DRAFT order per vendor, warehouse and month', async () => {
    const csv = [
      HEADER,
      'Loomworks,Main,2030-05,PO-A,4,',
      'Loomworks,Main,2030-05,PO-B,2,750',
      '"Loomworks",Main,2030-06,PO-A,1,1000',
      '',
    ].join('\r\n');
    const { importStockOrders } = await ok(server, IMPORT, { csv }, admin.token);
    expect(importStockOrders.errors).toEqual([]);
    expect(
      importStockOrders.stockOrders.map((order: { expectedMonth: string; status: string; totalCents: number }) => [
        order.expectedMonth,
        order.status,
        order.totalCents,
      ]),
    ).toEqual([
      ['2030-05', 'DRAFT', 4 * 1200 + 2 * 750],
      ['2030-06', 'DRAFT', 1000],
    ]);
    expect(importStockOrders.stockOrderCount).toBe(2);
    expect(importStockOrders.stockOrders[0]!.lines.map((line: { variant: { sku: string } }) => line.variant.sku)).toEqual(['PO-A', 'PO-B']);
    for (const order of importStockOrders.stockOrders) {
      const { auditLog } = await ok(
        server,
        graphql(`
          query PurchasingAuditLog2($id: ID!) {
            auditLog(subjectId: $id) {
              nodes {
                action
                subjectType
                after
              }
            }
          }
        `),
        { id: order.id },
        admin.token,
      );
      expect(auditLog.nodes).toEqual([
        {
          action: 'STOCK_ORDER_CREATED',
          subjectType: 'StockOrder',
          after: {
            vendorId: catalog.vendorId,
            warehouseId: catalog.warehouseId,
            expectedMonth: order.expectedMonth,
            lines: order.lines.length,
            imported: true,
          },
        },
      ]);
    }
    const [entry] = (
      await ok(
        server,
        graphql(`
          query PurchasingAuditLog3($id: ID!) {
            auditLog(subjectId: $id, first: 1) {
              nodes {
                action
                after
              }
            }
          }
        `),
        { id: admin.accountId },
        admin.token,
      )
    ).auditLog.nodes;
    expect(entry).toEqual({ action: 'STOCK_ORDERS_IMPORTED', after: { rows: 3, stockOrders: 2 } });
  });

  it('writes nothing when any row is wrong, and lists every row error', async () => {
    const count = await orderCount();
    const csv = [
      HEADER,
      'Loomworks,Main,2030-05,PO-A,4,',
      'Nobody,Main,2030-5,PO-A,4,',
      'Loomworks,Main,2030-05,NOPE,0,x',
      'Loomworks,Main,2030-05,PO-A,1,',
      'Loomworks,Main',
    ].join('\n');
    const { importStockOrders } = await ok(server, IMPORT, { csv }, admin.token);
    expect(importStockOrders.stockOrders).toEqual([]);
    expect(importStockOrders.stockOrderCount).toBe(0);
    expect(importStockOrders.errors.map((error) => [error.row, error.column])).toEqual([
      [2, 'vendor'],
      [2, 'expected_month'],
      [3, 'sku'],
      [3, 'quantity'],
      [3, 'unit_cost_cents'],
      [4, 'sku'],
      [5, null],
    ]);
    expect(await orderCount()).toBe(count);
  });

  it('caps quantities at 1,000,000 and unit costs at 2,147,483,647 cents', async () => {
    const count = await orderCount();
    const csv = [
      HEADER,
      'Loomworks,Main,2030-05,PO-A,1000001,',
      'Loomworks,Main,2030-05,PO-B,1000000,2147483648',
      'Loomworks,Main,2030-06,PO-B,1000000,2147483647',
    ];
    const { importStockOrders } = await ok(server, IMPORT, { csv: csv.join('\n') }, admin.token);
    expect(importStockOrders.errors.map((error) => [error.row, error.column])).toEqual([
      [1, 'quantity'],
      [2, 'unit_cost_cents'],
    ]);
    expect(importStockOrders.errors[0]!.message).toContain('1000000');
    expect(await orderCount()).toBe(count);
  });

  it('answers a malformed header as one error on row 0', async () => {
    const { importStockOrders } = await ok(server, IMPORT, { csv: 'vendor,store,sku\nLoomworks,Main,PO-A' }, admin.token);
    expect(importStockOrders.errors).toHaveLength(1);
    expect(importStockOrders.errors[0]).toMatchObject({ row: 0, column: null });
    expect(importStockOrders.errors[0]!.message).toContain('missing warehouse, expected_month, quantity');
  });

  it('takes 5,000 rows in one import', async () => {
    const count = await orderCount();
    const month = (i: number) => `${2100 + Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, '0')}`;
    const rows = Array.from({ length: 2500 }, (_, i) => [
      `Loomworks,Main,${month(i)},PO-A,1,`,
      `Loomworks,Main,${month(i)},PO-B,2,`,
    ]).flat();
    const { importStockOrders } = await ok(
      server,
      graphql(`
        mutation PurchasingImportStockOrders($csv: String!) {
          importStockOrders(csv: $csv) {
            stockOrders {
              id
            }
            errors {
              row
            }
          }
        }
      `),
      { csv: [HEADER, ...rows].join('\n') },
      admin.token,
    );
    expect(importStockOrders).toMatchObject({ errors: [] });
    expect(importStockOrders.stockOrders).toHaveLength(2500);
    expect(await orderCount()).toBe(count + 2500);
  });

  it('imports 300 orders in as many statements as 1, and audits each', async () => {
    const importing = (months: number) => {
      const rows = Array.from(
        { length: months },
        (_, i) => `Loomworks,Main,${2300 + Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, '0')},PO-A,1,`,
      );
      return ok(
        server,
        graphql(`
          mutation PurchasingImportStockOrders2($csv: String!) {
            importStockOrders(csv: $csv) {
              stockOrderCount
              errors {
                row
              }
            }
          }
        `),
        { csv: [HEADER, ...rows].join('\n') },
        admin.token,
      );
    };
    const audited = async () =>
      (
        await ok(
          server,
          graphql(`
            query PurchasingAuditLog4 {
              auditLog(subjectType: StockOrder, first: 100) {
                totalCount
                nodes {
                  action
                }
              }
            }
          `),
          {},
          admin.token,
        )
      ).auditLog;
    const one = await statementsOf(() => importing(1));
    const [count, entries] = [await orderCount(), (await audited()).totalCount];
    const many = await statementsOf(async () =>
      expect((await importing(300)).importStockOrders).toEqual({ stockOrderCount: 300, errors: [] }),
    );
    expect(many).toBe(one);
    expect(await orderCount()).toBe(count + 300);
    const after = await audited();
    expect(after.totalCount).toBe(entries + 300);
    expect(new Set(after.nodes.map((entry: { action: string }) => entry.action))).toEqual(new Set(['STOCK_ORDER_CREATED']));
  });

  it('the orders created need STOCK_ORDERS (their type says so); their count needs only IMPORTS', () => {
    const result = schema.getType('ImportStockOrdersResult') as GraphQLObjectType;
    const { stockOrderCount, errors } = result.getFields();
    expect(declaredRule(result)).toMatchObject({ capabilities: ['imports'] });
    expect(declaredRule(schema.getType('StockOrder') as GraphQLObjectType)).toMatchObject({ capabilities: ['stockOrders'] });
    expect(String(stockOrderCount!.type)).toBe('Int!');
    expect(declaredRule(stockOrderCount!)).toBeNull();
    expect(declaredRule(errors!)).toBeNull();
  });

  it('refuses more than 5,000 rows or 1 MB', async () => {
    const rows = Array.from({ length: 5001 }, () => 'Loomworks,Main,2030-05,PO-A,1,');
    expect(refusal(await run(server, IMPORT, { csv: [HEADER, ...rows].join('\n') }, admin.token))).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'csv',
    });
    const big = `${HEADER}\n${'x'.repeat(1024 * 1024)}`;
    expect(refusal(await run(server, IMPORT, { csv: big }, admin.token))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'csv' });
  });

  it('is refused without IMPORTS, and nothing is written', async () => {
    const planner = await addMember(server, admin, ['REPLENISHMENT'], 'Ivan Planner');
    const count = await orderCount();
    const refused = await run(server, IMPORT, { csv: `${HEADER}\nLoomworks,Main,2030-05,PO-A,1,` }, planner.token);
    expect(refusal(refused)).toMatchObject({ code: 'FORBIDDEN', capability: 'IMPORTS' });
    expect(await orderCount()).toBe(count);
  });
});
