import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type SignedUp, type TestServer, addMember, codes, signUp, startServer } from '../harness.js';
import { type Retail, expectRestricted, ordersApi, seedRetail, seedStyle } from './order-fixtures.js';
import { graphql, ok, run } from '../kit/index.js';

// Discounts change an order's total and its invoice: SKU discounts per line, then the retailer's
// discount (customer-specific data), then the order-level one (a percent, or one of the account's
// discount options), each rounded half up to the cent, exactly (docs/joor.md, "The money of an order").

let server: TestServer;
let admin: SignedUp;
let api: ReturnType<typeof ordersApi>;
beforeAll(async () => {
  server = await startServer();
  admin = await signUp(server, 'Discount Co');
  api = ordersApi(server);
});
afterAll(() => server.close());

// The money of an order, as a fragment the documents below spread.
graphql(`
  fragment OrderDiscountsMoney on Order {
    status
    subtotalCents
    retailerDiscountPercent
    retailerDiscountCents
    discountPercent
    orderDiscountCents
    totalCents
  }
`);
const READ = graphql(`
  query OrderDiscountsRead($id: ID!) {
    order(id: $id) {
      ...OrderDiscountsMoney
    }
  }
`);
const RETAILER_DISCOUNT = graphql(`
  mutation OrderDiscountsRetailerDiscount($id: ID!, $percent: Int) {
    editConnectionDiscount(connectionId: $id, discountPercent: $percent) {
      discountPercent
    }
  }
`);
const ORDER_DISCOUNT = graphql(`
  mutation OrderDiscountsSetDiscount($orderId: ID!, $percent: Int, $optionId: ID) {
    setOrderDiscount(orderId: $orderId, percent: $percent, discountOptionId: $optionId) {
      ...OrderDiscountsMoney
    }
  }
`);
const OPTION = graphql(`
  mutation OrderDiscountsOption($input: SaveDiscountOptionInput!) {
    saveDiscountOption(input: $input) {
      id
      percent
    }
  }
`);
const INVOICE = graphql(`
  mutation OrderDiscountsInvoice($orderId: ID!) {
    invoiceOrder(orderId: $orderId) {
      amountCents
    }
  }
`);

const money = async (id: string) => (await ok(server, READ, { id }, admin.token)).order;
const retailerDiscount = (retail: Retail, percent: number | null) =>
  ok(server, RETAILER_DISCOUNT, { id: retail.connectionId, percent }, admin.token);

/** A DRAFT of `retail`: 3 dresses (3000) and a scarf at a 50% SKU discount (333 → 167): subtotal 3167. */
async function draft(retail: Retail) {
  const order = await api.create(admin, retail);
  expect((await api.setLine(admin, order.id, retail.dress, 3)).errors).toBeUndefined();
  expect((await api.setLine(admin, order.id, retail.scarf, 1, { discountPercent: 50 })).errors).toBeUndefined();
  return order.id as string;
}

describe('the money of an order', () => {
  it('takes the SKU discounts, then the retailer’s, then the order’s, each rounded half up; the invoice is for that total', async () => {
    const retail = await seedRetail(server, admin);
    await retailerDiscount(retail, 10);
    const id = await draft(retail);
    // 3167 less 10% = 2850.3 → 2850; less 15% = 2422.5 → 2423.
    expect((await ok(server, ORDER_DISCOUNT, { orderId: id, percent: 15 }, admin.token)).setOrderDiscount).toEqual({
      status: 'DRAFT',
      subtotalCents: 3167,
      retailerDiscountPercent: 10,
      retailerDiscountCents: 317,
      discountPercent: 15,
      orderDiscountCents: 427,
      totalCents: 2423,
    });
    for (const move of ['submitOrder', 'approveOrder']) expect((await api.run(admin, move, id)).data[move].totalCents).toBe(2423);
    expect((await ok(server, INVOICE, { orderId: id }, admin.token)).invoiceOrder.amountCents).toBe(2423);
  });

  it('a draft follows its retailer’s discount; a submitted order keeps the one it was submitted with', async () => {
    const retail = await seedRetail(server, admin);
    const placed = await draft(retail);
    const open = await draft(retail);
    await retailerDiscount(retail, 20);
    expect(await money(open)).toMatchObject({ retailerDiscountPercent: 20, totalCents: 2534 }); // 3167 × 0.8 = 2533.6
    expect((await api.run(admin, 'submitOrder', placed)).data.submitOrder).toMatchObject({ retailerDiscountPercent: 20, totalCents: 2534 });
    const AUDIT = graphql(`
      query OrderDiscountsAudit($id: ID!) {
        auditLog(subjectId: $id) {
          nodes {
            action
            after
          }
        }
      }
    `);
    expect((await ok(server, AUDIT, { id: placed }, admin.token)).auditLog.nodes[0]).toEqual({
      action: 'ORDER_STATUS_CHANGED',
      after: { status: 'SUBMITTED', totalCents: 2534, retailerDiscountPercent: 20 },
    });
    await retailerDiscount(retail, 50);
    expect(await money(placed)).toMatchObject({ retailerDiscountPercent: 20, totalCents: 2534 });
    expect(await money(open)).toMatchObject({ retailerDiscountPercent: 50, totalCents: 1584 }); // 1583.5 → 1584
    await retailerDiscount(retail, null);
    expect(await money(open)).toMatchObject({ retailerDiscountPercent: 0, retailerDiscountCents: 0, totalCents: 3167 });
  });

  it('never goes below zero: 100% off at every level is a total of 0', async () => {
    const retail = await seedRetail(server, admin);
    await retailerDiscount(retail, 100);
    const id = await draft(retail);
    expect((await ok(server, ORDER_DISCOUNT, { orderId: id, percent: 100 }, admin.token)).setOrderDiscount).toMatchObject({
      subtotalCents: 3167,
      retailerDiscountCents: 3167,
      orderDiscountCents: 0,
      totalCents: 0,
    });
  });

  it('is exact past 2^53: the subtotal and each discount are computed in whole cents without rounding', async () => {
    const retail = await seedRetail(server, admin);
    await retailerDiscount(retail, 50);
    const dear = await seedStyle(server, admin, retail.linesheetId, 2_147_483_647);
    const order = await api.create(admin, retail);
    const LINE = graphql(`
      mutation OrderDiscountsLine($input: SetOrderLineInput!) {
        setOrderLine(input: $input) {
          id
        }
      }
    `);
    for (const size of ['XS', 'S', 'M', 'L', 'XL']) {
      await ok(server, LINE, { input: { orderId: order.id, styleId: dear, size, colour: 'Gold', quantity: 838_863 } }, admin.token);
    }
    // Subtotal 9,007,222,872,866,805 (past 2^53, not answered); less 50% = …402.5 → …403; less 50% = …701.5 → …702.
    const TOTALS = graphql(`
      mutation OrderDiscountsTotals($orderId: ID!) {
        setOrderDiscount(orderId: $orderId, percent: 50) {
          retailerDiscountCents
          orderDiscountCents
          totalCents
        }
      }
    `);
    expect((await ok(server, TOTALS, { orderId: order.id }, admin.token)).setOrderDiscount).toEqual({
      retailerDiscountCents: 4_503_611_436_433_402,
      orderDiscountCents: 2_251_805_718_216_701,
      totalCents: 2_251_805_718_216_702,
    });
  });
});

describe('discount options (account level)', () => {
  it('an order-level discount is a percent or one of the account’s options, copied when chosen', async () => {
    const retail = await seedRetail(server, admin);
    const option = (await ok(server, OPTION, { input: { name: 'Early bird', percent: 12 } }, admin.token)).saveDiscountOption;
    const id = await draft(retail);
    expect((await ok(server, ORDER_DISCOUNT, { orderId: id, optionId: option.id }, admin.token)).setOrderDiscount).toMatchObject({
      discountPercent: 12,
      totalCents: 2787, // 3167 × 0.88 = 2786.96
    });
    // Editing the option later changes no order: the order took its percent when it was chosen.
    await ok(server, OPTION, { input: { id: option.id, name: 'Early bird', percent: 30 } }, admin.token);
    expect(await money(id)).toMatchObject({ discountPercent: 12, totalCents: 2787 });
    // Exactly one of the two, and an option of one's own account.
    for (const variables of [{ orderId: id }, { orderId: id, percent: 5, optionId: option.id }]) {
      expect((await run(server, ORDER_DISCOUNT, variables, admin.token)).errors?.[0]?.extensions).toMatchObject({
        code: 'BAD_USER_INPUT',
        field: 'percent',
      });
    }
    const other = await signUp(server, 'Other Discounts');
    const theirs = (await ok(server, OPTION, { input: { name: 'Theirs', percent: 50 } }, other.token)).saveDiscountOption;
    expect(codes(await run(server, ORDER_DISCOUNT, { orderId: id, optionId: theirs.id }, admin.token))).toEqual(['NOT_FOUND']);
    expect(await money(id)).toMatchObject({ discountPercent: 12 });
  });

  it('"Restrict Edit Discounts" (orders) refuses options too; SKU and retailer discounts still apply to what that member writes', async () => {
    const retail = await seedRetail(server, admin);
    await retailerDiscount(retail, 10);
    const option = (await ok(server, OPTION, { input: { name: 'Trade show', percent: 5 } }, admin.token)).saveDiscountOption;
    const rex = await addMember(server, admin, ['RESTRICT_EDIT_ORDER_DISCOUNTS'], 'Rex No Order Discounts');
    const order = await api.create(rex, retail);
    expect((await api.setLine(rex, order.id, retail.dress, 2, { discountPercent: 25 })).data!.setOrderLine).toMatchObject({
      subtotalCents: 1500,
      retailerDiscountCents: 150,
      totalCents: 1350,
    });
    expectRestricted(
      await run(server, ORDER_DISCOUNT, { orderId: order.id, optionId: option.id }, rex.token),
      'EDIT_ORDER_DISCOUNTS',
      'RESTRICT_EDIT_ORDER_DISCOUNTS',
    );
    expect(await money(order.id)).toMatchObject({ discountPercent: 0, totalCents: 1350 });
  });
});

describe('the minimum is judged on the total after every discount', () => {
  it('a retailer discount that takes a draft below the minimum needs PLACE_ORDERS_UNDER_MINIMUM to submit', async () => {
    const retail = await seedRetail(server, admin, { minimumOrderCents: 3000 });
    const rex = await addMember(server, admin, ['RESTRICT_ORDERS_UNDER_MINIMUM'], 'Rex Retailer Minimum');
    const id = await draft(retail); // 3167
    await retailerDiscount(retail, 5); // 3008.65 → 3009
    expect((await api.run(rex, 'submitOrder', id)).data.submitOrder.totalCents).toBe(3009);
    const under = await draft(retail);
    await retailerDiscount(retail, 6); // 2976.98 → 2977
    expectRestricted(await api.run(rex, 'submitOrder', under), 'PLACE_ORDERS_UNDER_MINIMUM', 'RESTRICT_ORDERS_UNDER_MINIMUM');
    // The retailer's discount moving later does not take the placed order below its minimum.
    expect(await money(id)).toMatchObject({ status: 'SUBMITTED', retailerDiscountPercent: 5, totalCents: 3009 });
  });
});
