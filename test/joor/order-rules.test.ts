import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { connections } from '../../src/modules/connections/tables.js';
import { type SignedUp, type TestServer, addMember, signUp, startServer } from '../harness.js';
import {
  CANCEL_STYLE,
  LINESHEET_START,
  MERGE,
  PRESET_DATES,
  type Retail,
  SET_DATES,
  SET_DISCOUNT,
  SET_PO,
  expectRestricted,
  ordersApi,
  seedRetail,
  setInventory,
} from './order-fixtures.js';
import { graphql, ok, run } from '../kit/index.js';

// Each "Restrict …" toggle of JOOR orders, with data just on each side of its line: what it refuses
// (FORBIDDEN naming the capability and the toggle, nothing written) and what stays allowed.

let server: TestServer;
let admin: SignedUp;
let plain: SignedUp;
let api: ReturnType<typeof ordersApi>;
let retail: Retail;
beforeAll(async () => {
  server = await startServer();
  admin = await signUp(server, 'Rules Co');
  plain = await addMember(server, admin, [], 'Pia Plain');
  api = ordersApi(server);
  retail = await seedRetail(server, admin);
});
afterAll(() => server.close());

const restricted = (entry: string) => addMember(server, admin, [entry], `Rex ${entry.toLowerCase().replaceAll('_', ' ')}`);

/** A DRAFT order of `retail` with the lines given ([styleId, quantity], size M, colour Red), written by the admin. */
async function draft(lines: Array<[string, number]> = [], of: Retail = retail) {
  const order = await api.create(admin, of);
  for (const [styleId, quantity] of lines) expect((await api.setLine(admin, order.id, styleId, quantity)).errors).toBeUndefined();
  return order.id as string;
}

/** The order as it is now: what a refusal must have left alone. */
const readBack = (id: string) => api.read(admin, id);

describe('Restrict overselling by brand account user', () => {
  it('refuses units above those available (none without an inventory row); equal is fine, and so is shrinking', async () => {
    const rex = await restricted('RESTRICT_OVERSELLING');
    await setInventory(server, admin, retail.dress, 'M', 'Red', 5);
    const id = await draft();
    expect((await api.setLine(rex, id, retail.dress, 5)).errors).toBeUndefined();
    expectRestricted(await api.setLine(rex, id, retail.dress, 6), 'OVERSELL', 'RESTRICT_OVERSELLING');
    expectRestricted(await api.setLine(rex, id, retail.dress, 1, { size: 'L' }), 'OVERSELL', 'RESTRICT_OVERSELLING');
    expect((await readBack(id)).lines.map((l: { size: string; quantity: number }) => [l.size, l.quantity])).toEqual([['M', 5]]);

    // Someone allowed oversells; the restricted member may still take units off, not add them.
    expect((await api.setLine(plain, id, retail.dress, 8)).errors).toBeUndefined();
    expect((await api.setLine(rex, id, retail.dress, 7)).errors).toBeUndefined();
    expectRestricted(await api.setLine(rex, id, retail.dress, 8), 'OVERSELL', 'RESTRICT_OVERSELLING');
    expect((await readBack(id)).lines[0]!.quantity).toBe(7);
    // A SKU discount on an oversold line adds no units.
    expect((await api.setLine(rex, id, retail.dress, 7, { discountPercent: 5 })).errors).toBeUndefined();
  });

  it('applies to the replacement of a cancelled style', async () => {
    const rex = await addMember(server, admin, ['RESTRICT_OVERSELLING'], 'Rex Replacer');
    await setInventory(server, admin, retail.scarf, 'M', 'Red', 3);
    const id = await draft([[retail.dress, 3]]);
    const response = await run(
      server,
      CANCEL_STYLE,
      { input: { orderId: id, styleId: retail.dress, replacementStyleId: retail.coat } },
      rex.token,
    );
    expectRestricted(response, 'OVERSELL', 'RESTRICT_OVERSELLING');
    expect((await readBack(id)).lines.map((l: { style: { name: string }; cancelled: boolean }) => [l.style.name, l.cancelled])).toEqual([
      ['Dress', false],
    ]);
    const allowed = await run(
      server,
      CANCEL_STYLE,
      { input: { orderId: id, styleId: retail.dress, replacementStyleId: retail.scarf } },
      rex.token,
    );
    expect(allowed.errors).toBeUndefined();
  });

  it("counts the units of the account's other placed orders (SUBMITTED, APPROVED, SHIPPED): not drafts, not cancelled lines, not the order's own", async () => {
    const rex = await addMember(server, admin, ['RESTRICT_OVERSELLING'], 'Rex Rivalling');
    const stock = await seedRetail(server, admin);
    await setInventory(server, admin, stock.dress, 'M', 'Red', 5);
    const placed = await draft([[stock.dress, 3]], stock);
    await api.run(admin, 'submitOrder', placed);
    await draft([[stock.dress, 4]], stock); // a draft holds nothing back
    const id = await draft([], stock);
    expectRestricted(await api.setLine(rex, id, stock.dress, 3), 'OVERSELL', 'RESTRICT_OVERSELLING');
    expect((await readBack(id)).lines).toEqual([]);
    expect((await api.setLine(rex, id, stock.dress, 2)).errors).toBeUndefined();
    for (const move of ['approveOrder', 'shipOrder']) await api.run(admin, move, placed);
    expectRestricted(await api.setLine(rex, id, stock.dress, 3), 'OVERSELL', 'RESTRICT_OVERSELLING');
    expect((await readBack(id)).lines[0]!.quantity).toBe(2);
    // The shipped order's own units are not held against it (the draft's 2 are not placed).
    expect((await api.setLine(rex, placed, stock.dress, 5)).errors).toBeUndefined();
    await ok(server, CANCEL_STYLE, { input: { orderId: placed, styleId: stock.dress } }, admin.token);
    expect((await api.setLine(rex, id, stock.dress, 5)).errors).toBeUndefined();
  });

  it('full access oversells whatever its toggles', async () => {
    const boss = await addMember(server, admin, ['FULL_ACCESS', 'RESTRICT_OVERSELLING'], 'Fay Full');
    const id = await draft();
    expect((await api.setLine(boss, id, retail.coat, 1000)).errors).toBeUndefined();
  });
});

describe('placing a draft (submitOrder) judges the whole order, whoever wrote it', () => {
  it('overselling: two drafts that each fit cannot both be placed', async () => {
    const rex = await addMember(server, admin, ['RESTRICT_OVERSELLING'], 'Rex Two Drafts');
    const stock = await seedRetail(server, admin);
    await setInventory(server, admin, stock.dress, 'M', 'Red', 10);
    const placed = await draft([[stock.dress, 4]], stock);
    await api.run(admin, 'submitOrder', placed);
    // Drafts hold nothing back: each of Rex's drafts fits the 6 units left when it is written.
    const first = await draft([], stock);
    const second = await draft([], stock);
    for (const id of [first, second]) expect((await api.setLine(rex, id, stock.dress, 6)).errors).toBeUndefined();
    expect((await api.run(rex, 'submitOrder', first)).data.submitOrder.status).toBe('SUBMITTED');
    expectRestricted(await api.run(rex, 'submitOrder', second), 'OVERSELL', 'RESTRICT_OVERSELLING');
    expect(await readBack(second)).toMatchObject({ status: 'DRAFT', submittedAt: null });
    // Inventory that drops under a draft is judged at submit too; someone allowed places it.
    await setInventory(server, admin, stock.coat, 'M', 'Red', 2);
    const shrunk = await draft([[stock.coat, 2]], stock);
    await setInventory(server, admin, stock.coat, 'M', 'Red', 1);
    expectRestricted(await api.run(rex, 'submitOrder', shrunk), 'OVERSELL', 'RESTRICT_OVERSELLING');
    expect((await api.run(plain, 'submitOrder', second)).data.submitOrder.status).toBe('SUBMITTED');
  });

  it("a start ship before the linesheet's, or a delivery date off its presets, needs the capability of whoever places it", async () => {
    const early = await draft([[retail.dress, 1]]);
    await ok(server, SET_DATES, { input: { orderId: early, startShip: '2030-02-28' } }, admin.token);
    const rexEarly = await addMember(server, admin, ['RESTRICT_START_SHIP_BEFORE_LINESHEET_START_SHIP'], 'Rex Early Submitter');
    const entry = 'RESTRICT_START_SHIP_BEFORE_LINESHEET_START_SHIP';
    expectRestricted(await api.run(rexEarly, 'submitOrder', early), 'SET_START_SHIP_BEFORE_LINESHEET_START_SHIP', entry);
    expect((await readBack(early)).status).toBe('DRAFT');

    const custom = await draft([[retail.dress, 1]]);
    await ok(server, SET_DATES, { input: { orderId: custom, deliveryDate: '2030-04-16' } }, admin.token);
    const rexDates = await addMember(server, admin, ['RESTRICT_CHANGE_DELIVERY_DATES'], 'Rex Date Submitter');
    expectRestricted(await api.run(rexDates, 'submitOrder', custom), 'CHANGE_DELIVERY_DATES', 'RESTRICT_CHANGE_DELIVERY_DATES');
    expect((await readBack(custom)).status).toBe('DRAFT');
    // Each restriction judges only its own date; the linesheet's own dates need nothing.
    expect((await api.run(rexDates, 'submitOrder', early)).data.submitOrder.status).toBe('SUBMITTED');
    expect((await api.run(rexEarly, 'submitOrder', custom)).data.submitOrder.status).toBe('SUBMITTED');
  });
});

describe('Restrict Add Styles to Order if Order Start Ship is Before Linesheet Start Ship', () => {
  it('refuses a new style while the order starts shipping before the linesheet; more of a held style, or an order on the linesheet’s date, is fine', async () => {
    const rex = await restricted('RESTRICT_ADD_STYLES_BEFORE_LINESHEET_START_SHIP');
    const early = await draft([[retail.dress, 1]]);
    await ok(server, SET_DATES, { input: { orderId: early, startShip: '2030-02-28' } }, admin.token);
    const entry = 'RESTRICT_ADD_STYLES_BEFORE_LINESHEET_START_SHIP';
    expectRestricted(await api.setLine(rex, early, retail.coat, 1), 'ADD_STYLES_BEFORE_LINESHEET_START_SHIP', entry);
    expect((await api.setLine(rex, early, retail.dress, 2)).errors).toBeUndefined();
    expect((await api.setLine(rex, early, retail.dress, 1, { size: 'S' })).errors).toBeUndefined();
    expect((await readBack(early)).lines.map((l: { style: { name: string } }) => l.style.name)).toEqual(['Dress', 'Dress']);
    const onTime = await draft();
    expect((await readBack(onTime)).startShip).toBe(LINESHEET_START);
    expect((await api.setLine(rex, onTime, retail.coat, 1)).errors).toBeUndefined();
    expect((await api.setLine(plain, early, retail.coat, 1)).errors).toBeUndefined();
  });
});

describe('several rules crossed at once', () => {
  it('the refusal names the first capability missing, and nothing is written', async () => {
    const rex = await addMember(server, admin, ['RESTRICT_OVERSELLING', 'RESTRICT_ADD_STYLES_BEFORE_LINESHEET_START_SHIP'], 'Rex Twice');
    const early = await draft();
    await ok(server, SET_DATES, { input: { orderId: early, startShip: '2030-02-28' } }, admin.token);
    expectRestricted(await api.setLine(rex, early, retail.coat, 1, { colour: 'Teal' }), 'OVERSELL', 'RESTRICT_OVERSELLING');
    await setInventory(server, admin, retail.coat, 'M', 'Teal', 1);
    const entry = 'RESTRICT_ADD_STYLES_BEFORE_LINESHEET_START_SHIP';
    expectRestricted(await api.setLine(rex, early, retail.coat, 1, { colour: 'Teal' }), 'ADD_STYLES_BEFORE_LINESHEET_START_SHIP', entry);
    expect((await readBack(early)).lines).toEqual([]);
  });
});

describe('merging orders', () => {
  it("the units added to the target follow the oversell rule; a placed source's units move, they are not another order's", async () => {
    const rex = await addMember(server, admin, ['RESTRICT_OVERSELLING'], 'Rex Merger');
    const stock = await seedRetail(server, admin);
    await setInventory(server, admin, stock.dress, 'M', 'Red', 3);
    const target = await draft([[stock.dress, 2]], stock);
    const over = await draft([[stock.dress, 2]], stock);
    expectRestricted(await run(server, MERGE, { target, source: over }, rex.token), 'OVERSELL', 'RESTRICT_OVERSELLING');
    const moved = await draft([[stock.coat, 1]], stock); // moved whole: no coat is available
    expectRestricted(await run(server, MERGE, { target, source: moved }, rex.token), 'OVERSELL', 'RESTRICT_OVERSELLING');
    expect(await readBack(over)).toMatchObject({ status: 'DRAFT', lines: [{ quantity: 2 }] });
    expect(await readBack(moved)).toMatchObject({ status: 'DRAFT', lines: [{ quantity: 1 }] });
    expect((await readBack(target)).lines.map((l: { quantity: number }) => l.quantity)).toEqual([2]);
    const fits = await draft([[stock.dress, 1]], stock);
    await api.run(admin, 'submitOrder', fits);
    expect((await run(server, MERGE, { target, source: fits }, rex.token)).data!.mergeOrders.lines).toMatchObject([{ quantity: 3 }]);
  });

  it('a style new to a target that starts shipping before the linesheet needs ADD_STYLES_BEFORE_LINESHEET_START_SHIP', async () => {
    const entry = 'RESTRICT_ADD_STYLES_BEFORE_LINESHEET_START_SHIP';
    const rex = await addMember(server, admin, [entry], 'Rex Early Merger');
    const target = await draft([[retail.dress, 1]]);
    await ok(server, SET_DATES, { input: { orderId: target, startShip: '2030-02-28' } }, admin.token);
    const coat = await draft([[retail.coat, 1]]);
    expectRestricted(await run(server, MERGE, { target, source: coat }, rex.token), 'ADD_STYLES_BEFORE_LINESHEET_START_SHIP', entry);
    expect((await readBack(coat)).status).toBe('DRAFT');
    const dress = await draft([[retail.dress, 1]]);
    expect((await run(server, MERGE, { target, source: dress }, rex.token)).data!.mergeOrders.lines).toMatchObject([{ quantity: 2 }]);
  });
});

describe('Restrict Edit Approved/Shipped Orders', () => {
  it('refuses every edit of an APPROVED or SHIPPED order; SUBMITTED ones stay editable', async () => {
    const rex = await restricted('RESTRICT_EDIT_APPROVED_SHIPPED_ORDERS');
    const id = await draft([[retail.dress, 1]]);
    await api.run(admin, 'submitOrder', id);
    expect((await api.setLine(rex, id, retail.dress, 2)).errors).toBeUndefined();
    await api.run(admin, 'approveOrder', id);
    const [capability, entry] = ['EDIT_APPROVED_SHIPPED_ORDERS', 'RESTRICT_EDIT_APPROVED_SHIPPED_ORDERS'];
    expectRestricted(await api.setLine(rex, id, retail.dress, 3), capability, entry);
    expectRestricted(await run(server, SET_DATES, { input: { orderId: id, deliveryDate: PRESET_DATES[1] } }, rex.token), capability, entry);
    expectRestricted(await run(server, SET_DISCOUNT, { orderId: id, percent: 5 }, rex.token), capability, entry);
    expectRestricted(await run(server, SET_PO, { orderId: id, poNumber: 'MINE-1' }, rex.token), capability, entry);
    expectRestricted(await run(server, CANCEL_STYLE, { input: { orderId: id, styleId: retail.dress } }, rex.token), capability, entry);
    await api.run(admin, 'shipOrder', id);
    expectRestricted(await api.setLine(rex, id, retail.dress, 3), capability, entry);
    const shipped = await readBack(id);
    expect(shipped.poNumber).toBe(shipped.generatedPoNumber);
    expect(shipped).toMatchObject({
      status: 'SHIPPED',
      deliveryDate: PRESET_DATES[0],
      discountPercent: 0,
      lines: [{ quantity: 2, cancelled: false }],
    });
    expect((await api.setLine(plain, id, retail.dress, 3)).errors).toBeUndefined();
  });
});

describe('Restrict Change Order Start Ship Before Linesheet Start Ship', () => {
  it('refuses a start ship before the linesheet’s; the same day or later is fine', async () => {
    const rex = await restricted('RESTRICT_START_SHIP_BEFORE_LINESHEET_START_SHIP');
    const id = await draft();
    const setStart = (by: SignedUp, startShip: string) => run(server, SET_DATES, { input: { orderId: id, startShip } }, by.token);
    expectRestricted(
      await setStart(rex, '2030-02-28'),
      'SET_START_SHIP_BEFORE_LINESHEET_START_SHIP',
      'RESTRICT_START_SHIP_BEFORE_LINESHEET_START_SHIP',
    );
    expect((await readBack(id)).startShip).toBe(LINESHEET_START);
    expect((await setStart(rex, '2030-03-02')).errors).toBeUndefined();
    expect((await setStart(rex, LINESHEET_START)).errors).toBeUndefined();
    expect((await setStart(plain, '2030-02-28')).errors).toBeUndefined();
    // The date it already has is no change, so a restricted member may change the delivery date alone.
    expect(
      (await run(server, SET_DATES, { input: { orderId: id, startShip: '2030-02-28', deliveryDate: PRESET_DATES[1] } }, rex.token)).errors,
    ).toBeUndefined();
  });
});

describe('Restrict Change Delivery Dates', () => {
  it("refuses a delivery date other than the linesheet's presets; a preset is fine", async () => {
    const rex = await restricted('RESTRICT_CHANGE_DELIVERY_DATES');
    const id = await draft();
    const setDelivery = (by: SignedUp, deliveryDate: string) => run(server, SET_DATES, { input: { orderId: id, deliveryDate } }, by.token);
    expectRestricted(await setDelivery(rex, '2030-04-16'), 'CHANGE_DELIVERY_DATES', 'RESTRICT_CHANGE_DELIVERY_DATES');
    expect((await readBack(id)).deliveryDate).toBe(PRESET_DATES[0]);
    expect((await setDelivery(rex, PRESET_DATES[1]!)).data!.setOrderDates.deliveryDate).toBe(PRESET_DATES[1]);
    expect((await setDelivery(plain, '2030-04-16')).errors).toBeUndefined();
  });
});

describe('Restrict Edit Discounts (orders)', () => {
  it('refuses order-level discounts; SKU-level discounts stay allowed', async () => {
    const rex = await restricted('RESTRICT_EDIT_ORDER_DISCOUNTS');
    const id = await draft([[retail.dress, 2]]);
    expectRestricted(
      await run(server, SET_DISCOUNT, { orderId: id, percent: 10 }, rex.token),
      'EDIT_ORDER_DISCOUNTS',
      'RESTRICT_EDIT_ORDER_DISCOUNTS',
    );
    expect((await readBack(id)).discountPercent).toBe(0);
    const sku = await api.setLine(rex, id, retail.dress, 2, { discountPercent: 20 });
    expect(sku.data!.setOrderLine).toMatchObject({ discountPercent: 0, totalCents: 1600, lines: [{ discountPercent: 20 }] });
    expect((await run(server, SET_DISCOUNT, { orderId: id, percent: 10 }, plain.token)).data!.setOrderDiscount.totalCents).toBe(1440);
  });
});

describe('Restrict User from Creating Custom PO', () => {
  it('refuses changing the PO number; others set a custom one and the generated one back', async () => {
    const rex = await restricted('RESTRICT_CUSTOM_PO');
    const id = await draft();
    const generated = (await readBack(id)).generatedPoNumber;
    expectRestricted(await run(server, SET_PO, { orderId: id, poNumber: 'CUSTOM-7' }, rex.token), 'EDIT_PO_NUMBERS', 'RESTRICT_CUSTOM_PO');
    expect((await readBack(id)).poNumber).toBe(generated);
    expect((await run(server, SET_PO, { orderId: id, poNumber: 'CUSTOM-7' }, plain.token)).data!.setOrderPoNumber).toMatchObject({
      poNumber: 'CUSTOM-7',
      generatedPoNumber: generated,
    });
    expectRestricted(await run(server, SET_PO, { orderId: id, poNumber: generated }, rex.token), 'EDIT_PO_NUMBERS', 'RESTRICT_CUSTOM_PO');
    expect((await run(server, SET_PO, { orderId: id, poNumber: generated }, plain.token)).data!.setOrderPoNumber.poNumber).toBe(generated);
  });
});

describe('Restrict User from Placing Orders Under Minimum', () => {
  it("refuses submitting below the retailer's minimum; exactly the minimum, or no minimum, is fine", async () => {
    const rex = await restricted('RESTRICT_ORDERS_UNDER_MINIMUM');
    const strict = await seedRetail(server, admin, { minimumOrderCents: 3000 });
    const under = await draft(
      [
        [strict.dress, 2],
        [strict.scarf, 3],
      ],
      strict,
    ); // 2000 + 999
    expect((await readBack(under)).totalCents).toBe(2999);
    expectRestricted(await api.run(rex, 'submitOrder', under), 'PLACE_ORDERS_UNDER_MINIMUM', 'RESTRICT_ORDERS_UNDER_MINIMUM');
    expect(await readBack(under)).toMatchObject({ status: 'DRAFT', submittedAt: null });
    const exact = await draft([[strict.dress, 3]], strict);
    expect((await api.run(rex, 'submitOrder', exact)).data.submitOrder.status).toBe('SUBMITTED');
    expect((await api.run(rex, 'submitOrder', await draft([[retail.scarf, 1]]))).errors).toBeUndefined();
    expect((await api.run(plain, 'submitOrder', under)).data.submitOrder.status).toBe('SUBMITTED');
  });

  it('refuses cutting a placed order below the minimum with a line, a discount or a cancelled style; a DRAFT is cut freely', async () => {
    const rex = await addMember(server, admin, ['RESTRICT_ORDERS_UNDER_MINIMUM'], 'Rex Cutter');
    const strict = await seedRetail(server, admin, { minimumOrderCents: 3000 });
    const id = await draft(
      [
        [strict.dress, 3],
        [strict.scarf, 1],
      ],
      strict,
    ); // 3000 + 333
    expect((await api.setLine(rex, id, strict.dress, 2)).errors).toBeUndefined();
    await api.setLine(admin, id, strict.dress, 3);
    await api.run(admin, 'submitOrder', id);
    const [capability, entry] = ['PLACE_ORDERS_UNDER_MINIMUM', 'RESTRICT_ORDERS_UNDER_MINIMUM'];
    expectRestricted(await api.setLine(rex, id, strict.dress, 2), capability, entry);
    expectRestricted(await run(server, SET_DISCOUNT, { orderId: id, percent: 11 }, rex.token), capability, entry); // 2966
    expect((await run(server, SET_DISCOUNT, { orderId: id, percent: 10 }, rex.token)).data!.setOrderDiscount.totalCents).toBe(3000);
    expectRestricted(await run(server, CANCEL_STYLE, { input: { orderId: id, styleId: strict.scarf } }, rex.token), capability, entry);
    expect(await readBack(id)).toMatchObject({
      totalCents: 3000,
      lines: [
        { quantity: 3, cancelled: false },
        { quantity: 1, cancelled: false },
      ],
    });
    await api.run(admin, 'approveOrder', id);
    expectRestricted(await api.setLine(rex, id, strict.scarf, 0), capability, entry);
    expect((await api.setLine(rex, id, strict.scarf, 2)).errors).toBeUndefined();
    expect((await api.setLine(plain, id, strict.dress, 1)).data!.setOrderLine.totalCents).toBe(1499); // (1000 + 666) less 10%, by someone allowed
  });

  it('judges the total after discounts', async () => {
    const rex = await addMember(server, admin, ['RESTRICT_ORDERS_UNDER_MINIMUM'], 'Rex Discounted');
    const strict = await seedRetail(server, admin, { minimumOrderCents: 3000 });
    const id = await draft([[strict.dress, 3]], strict);
    await ok(server, SET_DISCOUNT, { orderId: id, percent: 1 }, admin.token);
    expectRestricted(await api.run(rex, 'submitOrder', id), 'PLACE_ORDERS_UNDER_MINIMUM', 'RESTRICT_ORDERS_UNDER_MINIMUM');
  });
});

describe('Restrict User from Approving Orders', () => {
  it('refuses moving orders to APPROVED or SHIPPED', async () => {
    const rex = await restricted('RESTRICT_APPROVE_ORDERS');
    const id = await draft([[retail.dress, 1]]);
    expect((await api.run(rex, 'submitOrder', id)).errors).toBeUndefined();
    expectRestricted(await api.run(rex, 'approveOrder', id), 'APPROVE_ORDERS', 'RESTRICT_APPROVE_ORDERS');
    expect((await readBack(id)).status).toBe('SUBMITTED');
    await api.run(plain, 'approveOrder', id);
    expectRestricted(await api.run(rex, 'shipOrder', id), 'APPROVE_ORDERS', 'RESTRICT_APPROVE_ORDERS');
    expect((await readBack(id)).status).toBe('APPROVED');
  });
});

describe('Restrict Cancel Styles', () => {
  it('refuses the cancel/replace styles tool', async () => {
    const rex = await restricted('RESTRICT_CANCEL_STYLES');
    const id = await draft([[retail.dress, 1]]);
    expectRestricted(
      await run(server, CANCEL_STYLE, { input: { orderId: id, styleId: retail.dress } }, rex.token),
      'CANCEL_STYLES',
      'RESTRICT_CANCEL_STYLES',
    );
    expect((await readBack(id)).lines[0]!.cancelled).toBe(false);
    expect((await run(server, CANCEL_STYLE, { input: { orderId: id, styleId: retail.dress } }, plain.token)).errors).toBeUndefined();
  });
});

describe('Restrict Move Products', () => {
  it('refuses merging orders', async () => {
    const rex = await restricted('RESTRICT_MOVE_PRODUCTS');
    const target = await draft([[retail.dress, 1]]);
    const source = await draft([[retail.dress, 2]]);
    expectRestricted(await run(server, MERGE, { target, source }, rex.token), 'MERGE_ORDERS', 'RESTRICT_MOVE_PRODUCTS');
    expect((await readBack(source)).status).toBe('DRAFT');
    expect((await readBack(target)).lines[0]!.quantity).toBe(1);
    expect((await run(server, MERGE, { target, source }, plain.token)).data!.mergeOrders.lines[0]!.quantity).toBe(3);
  });
});

describe('Restrict Add Client', () => {
  it('refuses adding a client', async () => {
    const rex = await restricted('RESTRICT_ADD_CLIENT');
    const ADD = graphql(`
      mutation OrderRulesAdd($name: String!) {
        addClient(retailerName: $name) {
          id
          status
        }
      }
    `);
    expectRestricted(await run(server, ADD, { name: 'Nope Boutique' }, rex.token), 'ADD_CLIENTS', 'RESTRICT_ADD_CLIENT');
    const db = server.roster.app.db.read;
    expect(await db.select().from(connections).where(eq(connections.retailerName, 'Nope Boutique'))).toEqual([]);
    expect((await run(server, ADD, { name: 'Nope Boutique' }, plain.token)).data!.addClient.status).toBe('PENDING');
  });

  it('holds on every path that adds a client: connecting a retailer, assigning an order to a new one', async () => {
    const rex = await addMember(server, admin, ['RESTRICT_ADD_CLIENT', 'ALLOW_ASSIGN_ORDERS_TO_NEW_CONNECTIONS'], 'Rex Every Path');
    const CONNECT = graphql(`
      mutation OrderRulesConnect($name: String!) {
        connectRetailer(retailerName: $name) {
          id
          status
        }
      }
    `);
    const ASSIGN = graphql(`
      mutation OrderRulesAssign($id: ID!, $name: String!) {
        assignOrderToNewRetailer(orderId: $id, retailerName: $name) {
          id
          status
        }
      }
    `);
    const id = await draft([[retail.dress, 1]]);
    expectRestricted(await run(server, CONNECT, { name: 'Side Door Boutique' }, rex.token), 'ADD_CLIENTS', 'RESTRICT_ADD_CLIENT');
    expectRestricted(await run(server, ASSIGN, { id, name: 'Back Door Boutique' }, rex.token), 'ADD_CLIENTS', 'RESTRICT_ADD_CLIENT');
    const db = server.roster.app.db.read;
    for (const name of ['Side Door Boutique', 'Back Door Boutique']) {
      expect(await db.select().from(connections).where(eq(connections.retailerName, name))).toEqual([]);
    }
    expect((await readBack(id)).connection.id).toBe(retail.connectionId);
    // Without the restriction both add the client.
    const assigner = await addMember(server, admin, ['ALLOW_ASSIGN_ORDERS_TO_NEW_CONNECTIONS'], 'Asa Assigner');
    expect((await run(server, CONNECT, { name: 'Side Door Boutique' }, plain.token)).data!.connectRetailer.status).toBe('ACTIVE');
    expect((await run(server, ASSIGN, { id, name: 'Back Door Boutique' }, assigner.token)).data!.assignOrderToNewRetailer.status).toBe(
      'PENDING',
    );
  });
});

describe('Restrict Add/Edit Events', () => {
  it('refuses creating and editing events; reading them stays allowed', async () => {
    const rex = await restricted('RESTRICT_EDIT_EVENTS');
    const SAVE = graphql(`
      mutation OrderRulesSave($input: SaveEventInput!) {
        saveEvent(input: $input) {
          id
          name
        }
      }
    `);
    const input = { name: 'Trade Show', startsOn: '2030-05-01', endsOn: '2030-05-03' };
    expectRestricted(await run(server, SAVE, { input }, rex.token), 'EDIT_EVENTS', 'RESTRICT_EDIT_EVENTS');
    const event = (await ok(server, SAVE, { input }, plain.token)).saveEvent;
    expectRestricted(
      await run(server, SAVE, { input: { ...input, id: event.id, name: 'Renamed' } }, rex.token),
      'EDIT_EVENTS',
      'RESTRICT_EDIT_EVENTS',
    );
    expect(
      (
        await ok(
          server,
          graphql(`
            query OrderRulesEvents {
              events {
                id
                name
              }
            }
          `),
          {},
          rex.token,
        )
      ).events,
    ).toEqual([{ id: event.id, name: 'Trade Show' }]);
  });
});
