import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { schema } from '../../src/schema.js';
import { type GraphQLResponse, type SignedUp, type TestServer, addMember, codes, signUp, startServer } from '../harness.js';

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
  const { createWarehouse } = await server.ok(`mutation { createWarehouse(name: "Main") { id } }`, {}, owner.token);
  const { createVendor } = await server.ok(
    `mutation ($input: CreateVendorInput!) { createVendor(input: $input) { id } }`,
    { input: { name: 'Loomworks', leadTimeDays: 30 } },
    owner.token,
  );
  const variants = [
    { sku: `${prefix}-A`, title: 'A', costCents: 1200, priceCents: 3000 },
    { sku: `${prefix}-B`, title: 'B', costCents: 800, priceCents: 2000 },
  ];
  const { createProduct } = await server.ok(
    `mutation ($input: CreateProductInput!) { createProduct(input: $input) { variants { id } } }`,
    { input: { name: 'Linen shirt', category: 'Shirts', vendorId: createVendor.id, variants } },
    owner.token,
  );
  return { warehouseId: createWarehouse.id, vendorId: createVendor.id, variantIds: createProduct.variants.map((v: { id: string }) => v.id) };
}

const ORDER = `id status expectedMonth totalCents placedAt receivedAt emailedAt
  vendor { id } warehouse { id } createdBy { id }
  lines { variant { id sku } quantity unitCostCents totalCents }`;

const CREATE = `mutation ($input: CreateStockOrderInput!) { createStockOrder(input: $input) { ${ORDER} } }`;
const SET_LINE = `mutation ($input: SetStockOrderLineInput!) { setStockOrderLine(input: $input) { ${ORDER} } }`;
const PLACE = `mutation ($id: ID!) { placeStockOrder(id: $id) { ${ORDER} } }`;
const RECEIVE = `mutation ($id: ID!) { receiveStockOrder(id: $id) { ${ORDER} } }`;
const SEND = `mutation ($id: ID!) { sendStockOrder(id: $id) { ${ORDER} } }`;
const SET_EMAIL = `mutation ($input: SetVendorEmailInput!) { setVendorEmail(input: $input) { id email } }`;
const IMPORT = `mutation ($csv: String!) {
  importStockOrders(csv: $csv) { stockOrders { ${ORDER} } errors { row column message } }
}`;
const ORDER_BY_ID = `query ($id: ID!) { stockOrder(id: $id) { ${ORDER} } }`;
const COUNT = `{ stockOrders { totalCount } }`;

const createOrder = async (token = admin.token) =>
  (await server.ok(CREATE, { input: { vendorId: catalog.vendorId, warehouseId: catalog.warehouseId, expectedMonth: '2030-04' } }, token))
    .createStockOrder;

const setLine = (stockOrderId: string, variantId: string, quantity: number, unitCostCents?: number, token = admin.token) =>
  server.gql(SET_LINE, { input: { stockOrderId, variantId, quantity, unitCostCents } }, token);

/** A PLACED order of 10 × variant A. */
async function placedOrder() {
  const order = await createOrder();
  await setLine(order.id, catalog.variantIds[0], 10);
  return (await server.ok(PLACE, { id: order.id }, admin.token)).placeStockOrder;
}

const readOrder = async (id: string) => (await server.ok(ORDER_BY_ID, { id }, admin.token)).stockOrder;
const orderCount = async () => (await server.ok(COUNT, {}, admin.token)).stockOrders.totalCount as number;

async function onHand(variantId: string) {
  const { variant } = await server.ok(`query ($id: ID!) { variant(id: $id) { stock { warehouse { id } onHand } } }`, { id: variantId }, admin.token);
  return variant.stock.find((level: { warehouse: { id: string } }) => level.warehouse.id === catalog.warehouseId)?.onHand ?? 0;
}

async function auditActions(subjectId: string) {
  const { auditLog } = await server.ok(
    `query ($id: ID!) { auditLog(subjectId: $id) { nodes { action after } } }`,
    { id: subjectId },
    admin.token,
  );
  return auditLog.nodes.map((entry: { action: string }) => entry.action).reverse();
}

const refusal = (response: GraphQLResponse) => response.errors?.[0]?.extensions;

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
    const placed = (await server.ok(PLACE, { id: order.id }, admin.token)).placeStockOrder;
    expect(placed).toMatchObject({ status: 'PLACED', totalCents: 12000 });
    expect(placed.placedAt).toBeTruthy();
    expect(await onHand(a)).toBe(before);

    const received = (await server.ok(RECEIVE, { id: order.id }, admin.token)).receiveStockOrder;
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
    const { stockOrders } = await server.ok(`{ stockOrders(status: DRAFT) { totalCount nodes { id status } } }`, {}, admin.token);
    expect(stockOrders.nodes[0]).toEqual({ id: draft.id, status: 'DRAFT' });
    expect(stockOrders.nodes.every((node: { status: string }) => node.status === 'DRAFT')).toBe(true);
  });

  it('refuses changes in the wrong status (CONFLICT, WRONG_STATUS) and leaves the order as it was', async () => {
    const empty = await createOrder();
    expect(codes(await server.gql(PLACE, { id: empty.id }, admin.token))).toEqual(['CONFLICT']);
    expect((await readOrder(empty.id)).status).toBe('DRAFT');
    expect(refusal(await server.gql(RECEIVE, { id: empty.id }, admin.token))).toMatchObject({ code: 'CONFLICT', rule: 'WRONG_STATUS' });

    const placed = await placedOrder();
    const edit = await setLine(placed.id, catalog.variantIds[1], 3);
    expect(refusal(edit)).toMatchObject({ code: 'CONFLICT', rule: 'WRONG_STATUS' });
    expect(refusal(await server.gql(PLACE, { id: placed.id }, admin.token))).toMatchObject({ rule: 'WRONG_STATUS' });
    expect((await readOrder(placed.id)).lines).toHaveLength(1);

    await server.ok(RECEIVE, { id: placed.id }, admin.token);
    const stock = await onHand(catalog.variantIds[0]);
    expect(refusal(await server.gql(RECEIVE, { id: placed.id }, admin.token))).toMatchObject({ rule: 'WRONG_STATUS' });
    expect(await onHand(catalog.variantIds[0])).toBe(stock);
  });

  it('checks its input', async () => {
    const bad = await server.gql(CREATE, { input: { vendorId: catalog.vendorId, warehouseId: catalog.warehouseId, expectedMonth: '2030-13' } }, admin.token);
    expect(refusal(bad)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'expectedMonth' });
    const order = await createOrder();
    expect(refusal(await setLine(order.id, catalog.variantIds[0], -1))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'quantity' });
  });

  it('is refused without the capability (FORBIDDEN, STOCK_ORDERS), and nothing is written', async () => {
    const planner = await addMember(server, admin, ['REPLENISHMENT'], 'Rita Planner');
    const order = await createOrder();
    const count = await orderCount();

    const created = await server.gql(CREATE, { input: { vendorId: catalog.vendorId, warehouseId: catalog.warehouseId, expectedMonth: '2030-04' } }, planner.token);
    expect(refusal(created)).toMatchObject({ code: 'FORBIDDEN', capability: 'STOCK_ORDERS', grantedBy: expect.arrayContaining(['PURCHASE_ORDERS']) });
    expect(await orderCount()).toBe(count);

    expect(refusal(await setLine(order.id, catalog.variantIds[0], 4, undefined, planner.token))).toMatchObject({ capability: 'STOCK_ORDERS' });
    expect(refusal(await server.gql(PLACE, { id: order.id }, planner.token))).toMatchObject({ capability: 'STOCK_ORDERS' });
    expect(await readOrder(order.id)).toMatchObject({ status: 'DRAFT', lines: [] });

    expect(refusal(await server.gql(ORDER_BY_ID, { id: order.id }, planner.token))).toMatchObject({ capability: 'STOCK_ORDERS' });
    expect(refusal(await server.gql(COUNT, {}, planner.token))).toMatchObject({ capability: 'STOCK_ORDERS' });
  });

  it('is open to a member holding PURCHASE_ORDERS', async () => {
    const buyer = await addMember(server, admin, ['PURCHASE_ORDERS'], 'Bea Buyer');
    const order = await createOrder(buyer.token);
    expect(order.createdBy.id).toBe(buyer.userId);
  });

  it("answers another account's order as NOT_FOUND", async () => {
    const order = await createOrder();
    const other = await signUp(server, 'Other Co', 'Olga Other');
    expect(codes(await server.gql(ORDER_BY_ID, { id: order.id }, other.token))).toEqual(['NOT_FOUND']);
    expect(codes(await setLine(order.id, catalog.variantIds[0], 1, undefined, other.token))).toEqual(['NOT_FOUND']);
    expect(codes(await server.gql(PLACE, { id: order.id }, other.token))).toEqual(['NOT_FOUND']);
    expect((await readOrder(order.id)).lines).toEqual([]);
  });
});

describe('vendor email addresses and sending stock orders', () => {
  it('sets, validates and clears a vendor email; refused without SEND_EMAILS', async () => {
    const planner = await addMember(server, admin, ['REPLENISHMENT'], 'Pete Planner');
    const { createVendor } = await server.ok(
      `mutation { createVendor(input: { name: "Threadco", leadTimeDays: 10 }) { id } }`,
      {},
      admin.token,
    );
    const vendorId = createVendor.id;
    const set = await server.ok(SET_EMAIL, { input: { vendorId, email: ' Orders@Threadco.example ' } }, admin.token);
    expect(set.setVendorEmail).toEqual({ id: vendorId, email: 'orders@threadco.example' });
    expect(refusal(await server.gql(SET_EMAIL, { input: { vendorId, email: 'nope' } }, admin.token))).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'email',
    });

    const refused = await server.gql(SET_EMAIL, { input: { vendorId, email: 'evil@example.com' } }, planner.token);
    expect(refusal(refused)).toMatchObject({ code: 'FORBIDDEN', capability: 'SEND_EMAILS', grantedBy: ['FULL_ACCESS', 'PURCHASE_ORDERS'] });
    const { vendors } = await server.ok(`{ vendors { id email } }`, {}, admin.token);
    expect(vendors.find((vendor: { id: string }) => vendor.id === vendorId).email).toBe('orders@threadco.example');

    const cleared = await server.ok(SET_EMAIL, { input: { vendorId, email: null } }, admin.token);
    expect(cleared.setVendorEmail.email).toBeNull();
    expect(await auditActions(vendorId)).toEqual(['VENDOR_CREATED', 'VENDOR_EMAIL_CHANGED', 'VENDOR_EMAIL_CHANGED']);
  });

  it('emails a placed order to its vendor with SKUs, quantities, unit costs, total and warehouse', async () => {
    await server.ok(SET_EMAIL, { input: { vendorId: catalog.vendorId, email: null } }, admin.token);
    const draft = await createOrder();
    expect(refusal(await server.gql(SEND, { id: draft.id }, admin.token))).toMatchObject({ code: 'CONFLICT', rule: 'WRONG_STATUS' });

    const order = await placedOrder();
    const sentBefore = (await server.emails()).length;
    expect(refusal(await server.gql(SEND, { id: order.id }, admin.token))).toMatchObject({ code: 'CONFLICT', rule: 'NO_VENDOR_EMAIL' });
    expect((await readOrder(order.id)).emailedAt).toBeNull();

    await server.ok(SET_EMAIL, { input: { vendorId: catalog.vendorId, email: 'sales@loomworks.example' } }, admin.token);
    const sent = (await server.ok(SEND, { id: order.id }, admin.token)).sendStockOrder;
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
    const refused = await server.gql(SEND, { id: order.id }, planner.token);
    expect(refusal(refused)).toMatchObject({ code: 'FORBIDDEN', capability: 'STOCK_ORDERS' });
    expect(await server.emails()).toHaveLength(sentBefore);
    expect((await readOrder(order.id)).emailedAt).toBeNull();
  });
});

describe('importing stock orders', () => {
  const HEADER = 'vendor,warehouse,expected_month,sku,quantity,unit_cost_cents';

  it('creates one DRAFT order per vendor, warehouse and month', async () => {
    const csv = [HEADER, 'Loomworks,Main,2030-05,PO-A,4,', 'Loomworks,Main,2030-05,PO-B,2,750', '"Loomworks",Main,2030-06,PO-A,1,1000', ''].join('\r\n');
    const { importStockOrders } = await server.ok(IMPORT, { csv }, admin.token);
    expect(importStockOrders.errors).toEqual([]);
    expect(importStockOrders.stockOrders.map((order: { expectedMonth: string; status: string; totalCents: number }) => [order.expectedMonth, order.status, order.totalCents])).toEqual([
      ['2030-05', 'DRAFT', 4 * 1200 + 2 * 750],
      ['2030-06', 'DRAFT', 1000],
    ]);
    expect(importStockOrders.stockOrders[0].lines.map((line: { variant: { sku: string } }) => line.variant.sku)).toEqual(['PO-A', 'PO-B']);
    const [entry] = (
      await server.ok(`query ($id: ID!) { auditLog(subjectId: $id, first: 1) { nodes { action after } } }`, { id: admin.accountId }, admin.token)
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
    const { importStockOrders } = await server.ok(IMPORT, { csv }, admin.token);
    expect(importStockOrders.stockOrders).toEqual([]);
    expect(importStockOrders.errors.map((error: { row: number; column: string | null }) => [error.row, error.column])).toEqual([
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

  it('answers a malformed header as one error on row 0', async () => {
    const { importStockOrders } = await server.ok(IMPORT, { csv: 'vendor,store,sku\nLoomworks,Main,PO-A' }, admin.token);
    expect(importStockOrders.errors).toHaveLength(1);
    expect(importStockOrders.errors[0]).toMatchObject({ row: 0, column: null });
    expect(importStockOrders.errors[0].message).toContain('missing warehouse, expected_month, quantity');
  });

  it('takes 5,000 rows in one import', async () => {
    const count = await orderCount();
    const month = (i: number) => `${2100 + Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, '0')}`;
    const rows = Array.from({ length: 2500 }, (_, i) => [`Loomworks,Main,${month(i)},PO-A,1,`, `Loomworks,Main,${month(i)},PO-B,2,`]).flat();
    const { importStockOrders } = await server.ok(
      `mutation ($csv: String!) { importStockOrders(csv: $csv) { stockOrders { id } errors { row } } }`,
      { csv: [HEADER, ...rows].join('\n') },
      admin.token,
    );
    expect(importStockOrders).toMatchObject({ errors: [] });
    expect(importStockOrders.stockOrders).toHaveLength(2500);
    expect(await orderCount()).toBe(count + 2500);
  });

  it('refuses more than 5,000 rows or 1 MB', async () => {
    const rows = Array.from({ length: 5001 }, () => 'Loomworks,Main,2030-05,PO-A,1,');
    expect(refusal(await server.gql(IMPORT, { csv: [HEADER, ...rows].join('\n') }, admin.token))).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'csv',
    });
    const big = `${HEADER}\n${'x'.repeat(1024 * 1024)}`;
    expect(refusal(await server.gql(IMPORT, { csv: big }, admin.token))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'csv' });
  });

  it('is refused without IMPORTS, and nothing is written', async () => {
    const planner = await addMember(server, admin, ['REPLENISHMENT'], 'Ivan Planner');
    const count = await orderCount();
    const refused = await server.gql(IMPORT, { csv: `${HEADER}\nLoomworks,Main,2030-05,PO-A,1,` }, planner.token);
    expect(refusal(refused)).toMatchObject({ code: 'FORBIDDEN', capability: 'IMPORTS' });
    expect(await orderCount()).toBe(count);
  });
});
