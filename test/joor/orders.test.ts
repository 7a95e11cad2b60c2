import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { linesheets } from '../../src/modules/linesheets/tables.js';
import { orderLines, orders } from '../../src/modules/orders/tables.js';
import { type SignedUp, type TestServer, addMember, codes, signUp, startServer } from '../harness.js';
import {
  CANCEL_STYLE,
  LINESHEET_START,
  MERGE,
  PRESET_DATES,
  SET_DATES,
  SET_DISCOUNT,
  SET_PO,
  expectNotGranted,
  ordersApi,
  regionFor,
  seedLinesheet,
  seedRetail,
  seedStyle,
} from './order-fixtures.js';
import { graphql, ok, run } from '../kit/index.js';

let server: TestServer;
let admin: SignedUp;
let api: ReturnType<typeof ordersApi>;
beforeAll(async () => {
  server = await startServer();
  admin = await signUp(server, 'Maison', 'Ada Admin');
  api = ordersApi(server);
});
afterAll(() => server.close());

const AUDIT = graphql(`
  query OrdersAudit($id: ID!) {
    auditLog(subjectId: $id) {
      nodes {
        action
        before
        after
      }
    }
  }
`);
const actions = async (subjectId: string) =>
  (await ok(server, AUDIT, { id: subjectId }, admin.token)).auditLog.nodes.map((n: { action: string }) => n.action);

describe('orders', () => {
  it('drafts an order with the next PO number and the linesheet’s dates, prices lines and totals them', async () => {
    const retail = await seedRetail(server, admin, { retailerName: 'Chez Nous' });
    const order = await api.create(admin, retail);
    expect(order).toMatchObject({
      status: 'DRAFT',
      poNumber: 'PO-00001',
      generatedPoNumber: 'PO-00001',
      startShip: LINESHEET_START,
      deliveryDate: PRESET_DATES[0],
      discountPercent: 0,
      subtotalCents: 0,
      totalCents: 0,
      submittedAt: null,
      connection: { id: retail.connectionId, retailerName: 'Chez Nous' },
      linesheet: { id: retail.linesheetId },
      createdBy: { id: admin.userId, name: 'Ada Admin' },
      lines: [],
    });
    expect((await api.create(admin, retail)).poNumber).toBe('PO-00002');

    // 3 × 1000 less 10% = 2700; 1 × 333 less 50% = 166.5 → 167.
    expect((await api.setLine(admin, order.id, retail.dress, 3, { discountPercent: 10 })).errors).toBeUndefined();
    expect(
      (await api.setLine(admin, order.id, retail.scarf, 1, { size: 'OS', colour: 'Blue', discountPercent: 50 })).errors,
    ).toBeUndefined();
    expect((await api.setLine(admin, order.id, retail.coat, 2)).errors).toBeUndefined();
    const removed = await api.setLine(admin, order.id, retail.coat, 0);
    expect(removed.data!.setOrderLine.lines.map((l: { style: { name: string } }) => l.style.name)).toEqual(['Dress', 'Scarf']);
    // Changing a line keeps its discount unless told.
    await api.setLine(admin, order.id, retail.dress, 4);
    await api.setLine(admin, order.id, retail.dress, 3);
    const discounted = await ok(server, SET_DISCOUNT, { orderId: order.id, percent: 15 }, admin.token);
    expect(discounted.setOrderDiscount).toMatchObject({
      discountPercent: 15,
      subtotalCents: 2867,
      totalCents: 2437, // 2867 × 0.85 = 2436.95
      lines: [
        { size: 'M', colour: 'Red', quantity: 3, unitPriceCents: 1000, discountPercent: 10, totalCents: 2700, cancelled: false },
        { size: 'OS', colour: 'Blue', quantity: 1, unitPriceCents: 333, discountPercent: 50, totalCents: 167, cancelled: false },
      ],
    });
    expect(await actions(order.id)).toEqual([
      'ORDER_UPDATED', // discount
      'ORDER_UPDATED',
      'ORDER_UPDATED',
      'ORDER_UPDATED', // coat removed
      'ORDER_UPDATED',
      'ORDER_UPDATED',
      'ORDER_UPDATED',
      'ORDER_CREATED',
    ]);
  });

  it('checks its input: the style on the linesheet, quantities, discounts, dates, PO numbers', async () => {
    const retail = await seedRetail(server, admin);
    const order = await api.create(admin, retail);
    const refused = async (response: Promise<{ errors?: Array<{ extensions?: Record<string, unknown> }> }>) =>
      (await response).errors?.[0]?.extensions;
    expect(await refused(api.setLine(admin, order.id, retail.offSheet, 1))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'styleId' });
    expect(await refused(api.setLine(admin, order.id, retail.dress, -1))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'quantity' });
    expect(await refused(api.setLine(admin, order.id, retail.dress, 1_000_001))).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'quantity',
    });
    expect(await refused(api.setLine(admin, order.id, retail.dress, 1, { discountPercent: 101 }))).toMatchObject({
      field: 'discountPercent',
    });
    expect(await refused(api.setLine(admin, order.id, retail.dress, 1, { size: ' ' }))).toMatchObject({ field: 'size' });
    expect(await refused(run(server, SET_DISCOUNT, { orderId: order.id, percent: 101 }, admin.token))).toMatchObject({ field: 'percent' });
    expect(await refused(run(server, SET_PO, { orderId: order.id, poNumber: '' }, admin.token))).toMatchObject({ field: 'poNumber' });
    const dates = graphql(`
      mutation OrdersDates($input: SetOrderDatesInput!) {
        setOrderDates(input: $input) {
          id
        }
      }
    `);
    expect(await refused(run(server, dates, { input: { orderId: order.id, startShip: '2030-02-30' } }, admin.token))).toMatchObject({
      field: 'startShip',
    });
    // Removing a line the order does not have changes nothing.
    expect((await api.setLine(admin, order.id, retail.dress, 0)).errors).toBeUndefined();
    expect(await actions(order.id)).toEqual(['ORDER_CREATED']);
  });

  it('refuses a delivery date before the start ship, also when only the start ship moves past it', async () => {
    const retail = await seedRetail(server, admin);
    const order = await api.create(admin, retail);
    const setDates = (input: Record<string, string>) => run(server, SET_DATES, { input: { orderId: order.id, ...input } }, admin.token);
    expect((await setDates({ deliveryDate: '2030-02-28' })).errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'deliveryDate',
    });
    expect((await setDates({ startShip: '2030-03-16' })).errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'deliveryDate',
    });
    expect((await setDates({ startShip: '2030-04-16', deliveryDate: '2030-04-15' })).errors?.[0]?.extensions).toMatchObject({
      field: 'deliveryDate',
    });
    expect(await api.read(admin, order.id)).toMatchObject({ startShip: LINESHEET_START, deliveryDate: PRESET_DATES[0] });
    expect(await actions(order.id)).toEqual(['ORDER_CREATED']);
    // Both moved together, or the delivery date on the start ship itself, is fine.
    expect((await setDates({ startShip: '2030-04-15', deliveryDate: '2030-04-15' })).data!.setOrderDates).toMatchObject({
      startShip: '2030-04-15',
      deliveryDate: '2030-04-15',
    });
  });

  it('totals exactly past 2^53: the subtotal is summed in BigInt before the order discount', async () => {
    const retail = await seedRetail(server, admin);
    // Five lines of 838,863 × 2,147,483,647 = 1,801,444,574,573,361 each: 9,007,222,872,866,805 in all, odd and past 2^53.
    const dear = await seedStyle(server, admin, retail.linesheetId, 2_147_483_647);
    const order = await api.create(admin, retail);
    // Only the line totals: the subtotal itself is past 2^53, which Cents refuses to answer rounded.
    const LINE = graphql(`
      mutation OrdersLine($input: SetOrderLineInput!) {
        setOrderLine(input: $input) {
          lines {
            totalCents
          }
        }
      }
    `);
    for (const size of ['XS', 'S', 'M', 'L', 'XL']) {
      await ok(server, LINE, { input: { orderId: order.id, styleId: dear, size, colour: 'Gold', quantity: 838_863 } }, admin.token);
    }
    const TOTAL = graphql(`
      mutation OrdersTotal($orderId: ID!) {
        setOrderDiscount(orderId: $orderId, percent: 50) {
          totalCents
          lines {
            totalCents
          }
        }
      }
    `);
    const halved = (await ok(server, TOTAL, { orderId: order.id }, admin.token)).setOrderDiscount;
    expect(halved.lines).toEqual(Array(5).fill({ totalCents: 1_801_444_574_573_361 }));
    expect(halved.totalCents).toBe(4_503_611_436_433_403); // half of the exact subtotal, rounded half up
  });

  it('moves DRAFT → SUBMITTED → APPROVED → SHIPPED, one status at a time', async () => {
    const retail = await seedRetail(server, admin);
    const order = await api.create(admin, retail);
    const empty = await api.run(admin, 'submitOrder', order.id);
    expect(codes(empty)).toEqual(['CONFLICT']);
    await api.setLine(admin, order.id, retail.coat, 1);
    expect(codes(await api.run(admin, 'approveOrder', order.id))).toEqual(['CONFLICT']);
    expect((await api.run(admin, 'approveOrder', order.id)).errors?.[0]?.extensions).toMatchObject({ rule: 'WRONG_STATUS' });
    const submitted = (await api.run(admin, 'submitOrder', order.id)).data.submitOrder;
    expect(submitted.status).toBe('SUBMITTED');
    expect(submitted.submittedAt).not.toBeNull();
    expect(codes(await api.run(admin, 'submitOrder', order.id))).toEqual(['CONFLICT']);
    expect(codes(await api.run(admin, 'shipOrder', order.id))).toEqual(['CONFLICT']);
    expect((await api.run(admin, 'approveOrder', order.id)).data.approveOrder.status).toBe('APPROVED');
    expect((await api.run(admin, 'shipOrder', order.id)).data.shipOrder.status).toBe('SHIPPED');
    const audit = (await ok(server, AUDIT, { id: order.id }, admin.token)).auditLog.nodes;
    expect(audit.filter((n: { action: string }) => n.action === 'ORDER_STATUS_CHANGED').map((n) => n.after.status)).toEqual([
      'SHIPPED',
      'APPROVED',
      'SUBMITTED',
    ]);
    expect(audit[2]).toMatchObject({ before: { status: 'DRAFT' }, after: { status: 'SUBMITTED', totalCents: 2500 } });

    const list = graphql(`
      query OrdersList($status: OrderStatus) {
        orders(first: 100, status: $status) {
          totalCount
          nodes {
            id
            status
          }
        }
      }
    `);
    const shipped = (await ok(server, list, { status: 'SHIPPED' }, admin.token)).orders;
    expect(shipped.nodes.map((o: { id: string }) => o.id)).toEqual([order.id]);
    const all = (await ok(server, list, {}, admin.token)).orders.nodes;
    expect(all[0]!.id).toBe(order.id); // newest first
  });

  it('merges orders of a retailer: units of equal style, size and colour add up, the source becomes MERGED', async () => {
    const retail = await seedRetail(server, admin);
    const target = await api.create(admin, retail);
    const source = await api.create(admin, retail);
    await api.setLine(admin, target.id, retail.dress, 2);
    await api.setLine(admin, source.id, retail.dress, 3);
    await api.setLine(admin, source.id, retail.coat, 1, { size: 'L', colour: 'Black' });
    await api.setLine(admin, source.id, retail.scarf, 1);
    await ok(server, CANCEL_STYLE, { input: { orderId: source.id, styleId: retail.scarf } }, admin.token);

    const elsewhere = await api.create(admin, await seedRetail(server, admin));
    expect(codes(await run(server, MERGE, { target: target.id, source: elsewhere.id }, admin.token))).toEqual(['CONFLICT']);
    // The same retailer from another linesheet: its styles are not the target's.
    const otherSheet = { connectionId: retail.connectionId, linesheetId: await seedLinesheet(server, admin, [retail.offSheet]) };
    const fromOtherSheet = await api.create(admin, otherSheet);
    await api.setLine(admin, fromOtherSheet.id, retail.offSheet, 1);
    const mixed = await run(server, MERGE, { target: target.id, source: fromOtherSheet.id }, admin.token);
    expect(mixed.errors?.[0]?.extensions).toEqual({ code: 'CONFLICT', field: 'sourceOrderId' });
    expect(await api.read(admin, fromOtherSheet.id)).toMatchObject({ status: 'DRAFT', lines: [{ quantity: 1 }] });
    expect((await api.read(admin, target.id)).lines).toHaveLength(1);
    expect(codes(await run(server, MERGE, { target: target.id, source: target.id }, admin.token))).toEqual(['BAD_USER_INPUT']);

    const merged = (await ok(server, MERGE, { target: target.id, source: source.id }, admin.token)).mergeOrders;
    expect(merged.id).toBe(target.id);
    expect(
      merged.lines.map((l: { style: { name: string }; size: string; quantity: number; cancelled: boolean }) => [
        l.style.name,
        l.size,
        l.quantity,
        l.cancelled,
      ]),
    ).toEqual([
      ['Dress', 'M', 5, false],
      ['Coat', 'L', 1, false],
      ['Scarf', 'M', 1, true],
    ]);
    expect(merged.totalCents).toBe(7500);
    expect(await api.read(admin, source.id)).toMatchObject({ status: 'MERGED', mergedIntoId: target.id, lines: [] });
    expect(await actions(target.id)).toContain('ORDERS_MERGED');
    // A merged order is no longer edited, merged or submitted.
    expect((await api.setLine(admin, source.id, retail.dress, 1)).errors?.[0]?.extensions).toMatchObject({
      code: 'CONFLICT',
      rule: 'WRONG_STATUS',
    });
    expect(codes(await run(server, MERGE, { target: target.id, source: source.id }, admin.token))).toEqual(['CONFLICT']);
    expect(codes(await api.run(admin, 'submitOrder', source.id))).toEqual(['CONFLICT']);
  });

  it('cancels a style, and replaces it with the same sizes, colours and quantities of another', async () => {
    const retail = await seedRetail(server, admin);
    const order = await api.create(admin, retail);
    await api.setLine(admin, order.id, retail.dress, 2, { size: 'S', discountPercent: 20 });
    await api.setLine(admin, order.id, retail.dress, 1, { size: 'M' });
    await api.setLine(admin, order.id, retail.coat, 1, { size: 'M' });
    const offSheet = await run(
      server,
      CANCEL_STYLE,
      { input: { orderId: order.id, styleId: retail.dress, replacementStyleId: retail.offSheet } },
      admin.token,
    );
    expect(offSheet.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'replacementStyleId' });
    expect(codes(await run(server, CANCEL_STYLE, { input: { orderId: order.id, styleId: retail.scarf } }, admin.token))).toEqual([
      'CONFLICT',
    ]);

    const replaced = (
      await ok(server, CANCEL_STYLE, { input: { orderId: order.id, styleId: retail.dress, replacementStyleId: retail.coat } }, admin.token)
    ).cancelOrderStyle;
    const summary = replaced.lines.map(
      (l: { style: { name: string }; size: string; quantity: number; discountPercent: number; cancelled: boolean }) => [
        l.style.name,
        l.size,
        l.quantity,
        l.discountPercent,
        l.cancelled,
      ],
    );
    expect(summary).toEqual([
      ['Dress', 'S', 2, 20, true],
      ['Dress', 'M', 1, 0, true],
      ['Coat', 'M', 2, 0, false], // 1 held + 1 replacing
      ['Coat', 'S', 2, 20, false], // new, with the cancelled line's SKU discount
    ]);
    expect(replaced.totalCents).toBe(2 * 2500 + 4000);
    expect(await actions(order.id)).toContain('ORDER_STYLES_CANCELLED');

    const cancelled = (await ok(server, CANCEL_STYLE, { input: { orderId: order.id, styleId: retail.coat } }, admin.token))
      .cancelOrderStyle;
    expect(cancelled.lines.every((l: { cancelled: boolean }) => l.cancelled)).toBe(true);
    expect(cancelled.totalCents).toBe(0);
  });

  it('re-export and mark exported: ALLOW entries, on orders that were submitted', async () => {
    const retail = await seedRetail(server, admin);
    const order = await api.create(admin, retail);
    await api.setLine(admin, order.id, retail.dress, 1);
    expect(codes(await api.run(admin, 'forceExportOrder', order.id))).toEqual(['CONFLICT']);
    await api.run(admin, 'submitOrder', order.id);

    const plain = await addMember(server, admin, [], 'Pam Plain');
    expectNotGranted(await api.run(plain, 'forceExportOrder', order.id), 'FORCE_EXPORT_ORDERS');
    expectNotGranted(await api.run(plain, 'markOrderExported', order.id), 'MARK_ORDERS_EXPORTED');
    expect((await api.read(admin, order.id)).exportRequestedAt).toBeNull();

    const exporter = await addMember(server, admin, ['ALLOW_FORCE_EXPORT_ORDERS', 'ALLOW_MARK_ORDERS_EXPORTED'], 'Ed Exporter');
    const requested = (await api.run(exporter, 'forceExportOrder', order.id)).data.forceExportOrder;
    expect(requested.exportRequestedAt).not.toBeNull();
    expect(requested.exportedAt).toBeNull();
    expect((await api.run(exporter, 'markOrderExported', order.id)).data.markOrderExported.exportedAt).not.toBeNull();
    expect((await actions(order.id)).filter((a: string) => a === 'ORDER_EXPORT_CHANGED')).toHaveLength(2);
  });

  it('retailer order restrictions: ALLOW_EDIT_RETAILER_ORDER_RESTRICTIONS writes the minimum and the edit flag', async () => {
    const retail = await seedRetail(server, admin);
    const SET = graphql(`
      mutation OrdersSet($input: SetRetailerOrderRestrictionsInput!) {
        setRetailerOrderRestrictions(input: $input) {
          id
          minimumOrderCents
          retailerMayEditOrders
        }
      }
    `);
    const plain = await addMember(server, admin, [], 'Pat Plain');
    expectNotGranted(
      await run(server, SET, { input: { connectionId: retail.connectionId, minimumOrderCents: 1 } }, plain.token),
      'EDIT_RETAILER_ORDER_RESTRICTIONS',
    );

    const editor = await addMember(server, admin, ['ALLOW_EDIT_RETAILER_ORDER_RESTRICTIONS'], 'Rita Restrictions');
    const set = await ok(
      server,
      SET,
      { input: { connectionId: retail.connectionId, minimumOrderCents: 5000, retailerMayEditOrders: true } },
      editor.token,
    );
    expect(set.setRetailerOrderRestrictions).toEqual({ id: retail.connectionId, minimumOrderCents: 5000, retailerMayEditOrders: true });
    // Left out: unchanged; null: no minimum.
    const cleared = await ok(server, SET, { input: { connectionId: retail.connectionId, minimumOrderCents: null } }, editor.token);
    expect(cleared.setRetailerOrderRestrictions).toEqual({ id: retail.connectionId, minimumOrderCents: null, retailerMayEditOrders: true });
    const audit = (await ok(server, AUDIT, { id: retail.connectionId }, admin.token)).auditLog.nodes;
    expect(audit.map((n: { action: string }) => n.action)).toEqual([
      'RETAILER_ORDER_RESTRICTIONS_CHANGED',
      'RETAILER_ORDER_RESTRICTIONS_CHANGED',
    ]);
    expect(audit[0]).toMatchObject({ before: { minimumOrderCents: 5000 }, after: { minimumOrderCents: null } });
    expect(codes(await run(server, SET, { input: { connectionId: retail.connectionId, minimumOrderCents: -1 } }, editor.token))).toEqual([
      'BAD_USER_INPUT',
    ]);
  });

  it('adds a client on the iPad as a PENDING connection', async () => {
    const ADD = graphql(`
      mutation OrdersAdd($name: String!) {
        addClient(retailerName: $name) {
          id
          retailerName
          status
        }
      }
    `);
    const plain = await addMember(server, admin, [], 'Ike Ipad');
    const added = (await ok(server, ADD, { name: 'Corner Shop' }, plain.token)).addClient;
    expect(added).toMatchObject({ retailerName: 'Corner Shop', status: 'PENDING' });
    expect(await actions(added.id)).toEqual(['CONNECTION_CREATED']);
  });
});

describe('invoices', () => {
  const INVOICE = graphql(`
    mutation OrdersInvoice($orderId: ID!) {
      invoiceOrder(orderId: $orderId) {
        id
        number
        amountCents
        order {
          id
        }
        connection {
          id
        }
        issuedBy {
          id
        }
      }
    }
  `);
  const INVOICES = graphql(`
    query OrdersInvoices {
      invoices(first: 100) {
        totalCount
        nodes {
          id
          number
          amountCents
          order {
            id
          }
        }
      }
    }
  `);

  it('ALLOW_INVOICE_RETAILERS invoices an approved or shipped order once, for its total', async () => {
    const retail = await seedRetail(server, admin);
    const order = await api.create(admin, retail);
    await api.setLine(admin, order.id, retail.coat, 3);
    await ok(server, SET_DISCOUNT, { orderId: order.id, percent: 10 }, admin.token);
    await api.run(admin, 'submitOrder', order.id);
    const invoicer = await addMember(server, admin, ['ALLOW_INVOICE_RETAILERS'], 'Ivy Invoicer');
    expect((await run(server, INVOICE, { orderId: order.id }, invoicer.token)).errors?.[0]?.extensions).toMatchObject({
      code: 'CONFLICT',
      rule: 'WRONG_STATUS',
    });
    await api.run(admin, 'approveOrder', order.id);

    const plain = await addMember(server, admin, [], 'Nat Noinvoice');
    expectNotGranted(await run(server, INVOICE, { orderId: order.id }, plain.token), 'INVOICE_RETAILERS');
    expectNotGranted(await run(server, INVOICES, {}, plain.token), 'INVOICE_RETAILERS');

    const invoice = (await ok(server, INVOICE, { orderId: order.id }, invoicer.token)).invoiceOrder;
    expect(invoice).toMatchObject({
      number: 'INV-00001',
      amountCents: 6750,
      order: { id: order.id },
      connection: { id: retail.connectionId },
      issuedBy: { id: invoicer.userId },
    });
    expect(codes(await run(server, INVOICE, { orderId: order.id }, invoicer.token))).toEqual(['CONFLICT']);
    await api.run(admin, 'shipOrder', order.id);
    expect(codes(await run(server, INVOICE, { orderId: order.id }, invoicer.token))).toEqual(['CONFLICT']);
    const listed = (await ok(server, INVOICES, {}, invoicer.token)).invoices;
    expect(listed.nodes).toEqual([{ id: invoice.id, number: 'INV-00001', amountCents: 6750, order: { id: order.id } }]);
    expect(await actions(invoice.id)).toEqual(['INVOICE_ISSUED']);

    const shipped = await api.create(admin, retail);
    await api.setLine(admin, shipped.id, retail.scarf, 1);
    for (const move of ['submitOrder', 'approveOrder', 'shipOrder']) await api.run(admin, move, shipped.id);
    expect((await ok(server, INVOICE, { orderId: shipped.id }, invoicer.token)).invoiceOrder).toMatchObject({
      number: 'INV-00002',
      amountCents: 333,
    });
  });
});

describe('events', () => {
  const SAVE = graphql(`
    mutation OrdersSave($input: SaveEventInput!) {
      saveEvent(input: $input) {
        id
        name
        startsOn
        endsOn
        location
      }
    }
  `);
  it('creates and edits events; lists them soonest first', async () => {
    const plain = await addMember(server, admin, [], 'Eve Events');
    const later = (
      await ok(
        server,
        SAVE,
        { input: { name: 'Paris Market', startsOn: '2030-09-01', endsOn: '2030-09-04', location: 'Paris' } },
        plain.token,
      )
    ).saveEvent;
    const sooner = (await ok(server, SAVE, { input: { name: 'Coterie', startsOn: '2030-02-10', endsOn: '2030-02-10' } }, plain.token))
      .saveEvent;
    const edited = (
      await ok(
        server,
        SAVE,
        { input: { id: later.id, name: 'Paris Fashion Market', startsOn: '2030-09-01', endsOn: '2030-09-05' } },
        plain.token,
      )
    ).saveEvent;
    expect(edited).toEqual({ id: later.id, name: 'Paris Fashion Market', startsOn: '2030-09-01', endsOn: '2030-09-05', location: null });
    const events = (
      await ok(
        server,
        graphql(`
          query OrdersEvents {
            events {
              id
              name
            }
          }
        `),
        {},
        plain.token,
      )
    ).events;
    expect(events.map((e: { id: string }) => e.id)).toEqual([sooner.id, later.id]);
    expect(await actions(later.id)).toEqual(['EVENT_SAVED', 'EVENT_SAVED']);
    const backwards = await run(server, SAVE, { input: { name: 'X', startsOn: '2030-02-10', endsOn: '2030-02-09' } }, plain.token);
    expect(backwards.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'endsOn' });
  });
});

describe('other accounts and geographic scope', () => {
  it("another account's orders, connections, linesheets and styles answer NOT_FOUND", async () => {
    const retail = await seedRetail(server, admin);
    const order = await api.create(admin, retail);
    await api.setLine(admin, order.id, retail.dress, 1);
    const other = await signUp(server, 'Rival', 'Rex Rival');
    const theirs = await seedRetail(server, other);
    const theirOrder = await api.create(other, theirs);

    expect(
      codes(
        await run(
          server,
          graphql(`
            query OrdersOrder($id: ID!) {
              order(id: $id) {
                id
              }
            }
          `),
          { id: order.id },
          other.token,
        ),
      ),
    ).toEqual(['NOT_FOUND']);
    expect(codes(await api.setLine(other, order.id, theirs.dress, 1))).toEqual(['NOT_FOUND']);
    expect(codes(await api.setLine(admin, order.id, theirs.dress, 1))).toEqual(['NOT_FOUND']);
    for (const mutation of ['submitOrder', 'forceExportOrder'])
      expect(codes(await api.run(other, mutation, order.id))).toEqual(['NOT_FOUND']);
    expect(codes(await run(server, SET_DISCOUNT, { orderId: order.id, percent: 5 }, other.token))).toEqual(['NOT_FOUND']);
    expect(codes(await run(server, MERGE, { target: theirOrder.id, source: order.id }, other.token))).toEqual(['NOT_FOUND']);
    expect(
      codes(
        await run(
          server,
          graphql(`
            mutation OrdersInvoiceOrder($id: ID!) {
              invoiceOrder(orderId: $id) {
                id
              }
            }
          `),
          { id: order.id },
          other.token,
        ),
      ),
    ).toEqual(['NOT_FOUND']);
    const create = graphql(`
      mutation OrdersCreate($input: CreateOrderInput!) {
        createOrder(input: $input) {
          id
        }
      }
    `);
    expect(
      codes(await run(server, create, { input: { connectionId: retail.connectionId, linesheetId: theirs.linesheetId } }, other.token)),
    ).toEqual(['NOT_FOUND']);
    expect(
      codes(await run(server, create, { input: { connectionId: theirs.connectionId, linesheetId: retail.linesheetId } }, other.token)),
    ).toEqual(['NOT_FOUND']);
    const listed = (
      await ok(
        server,
        graphql(`
          query OrdersOrders {
            orders(first: 100) {
              nodes {
                id
              }
            }
          }
        `),
        {},
        other.token,
      )
    ).orders.nodes;
    expect(listed).toEqual([{ id: theirOrder.id }]);
    expect((await api.read(admin, order.id)).lines).toHaveLength(1);
  });

  it("another member's CUSTOM linesheet is not found; an ADMIN one or one's own CUSTOM one takes orders", async () => {
    const retail = await seedRetail(server, admin);
    const seller = await addMember(server, admin, [], 'Sam Seller');
    const db = server.roster.app.db.read;
    const custom = async (ownerId: string) =>
      (
        await db
          .insert(linesheets)
          .values({
            accountId: admin.accountId,
            kind: 'CUSTOM',
            name: 'For a buyer',
            ownerId,
            startShip: LINESHEET_START,
            deliveryDates: PRESET_DATES,
          })
          .returning()
      )[0]!.id;
    const create = graphql(`
      mutation OrdersCreate2($input: CreateOrderInput!) {
        createOrder(input: $input) {
          id
          linesheet {
            name
          }
        }
      }
    `);
    const theirs = await custom(admin.userId);
    expect(codes(await run(server, create, { input: { connectionId: retail.connectionId, linesheetId: theirs } }, seller.token))).toEqual([
      'NOT_FOUND',
    ]);
    expect(
      (await run(server, create, { input: { connectionId: retail.connectionId, linesheetId: await custom(seller.userId) } }, seller.token))
        .errors,
    ).toBeUndefined();
    expect(
      (await run(server, create, { input: { connectionId: retail.connectionId, linesheetId: retail.linesheetId } }, seller.token)).errors,
    ).toBeUndefined();
  });

  it('with geographic permissions on, a member reaches only the orders and invoices of connections in their regions', async () => {
    const scoped = await addMember(server, admin, ['ENABLE_GEOGRAPHIC_PERMISSIONS', 'ALLOW_INVOICE_RETAILERS'], 'Gina Geo');
    const west = await regionFor(server, admin, 'West', [scoped.userId]);
    const east = await regionFor(server, admin, 'East', []);
    const near = await seedRetail(server, admin, { regionId: west });
    const far = await seedRetail(server, admin, { regionId: east });
    const ids: string[] = [];
    for (const retail of [near, far]) {
      const order = await api.create(admin, retail);
      await api.setLine(admin, order.id, retail.dress, 1);
      for (const move of ['submitOrder', 'approveOrder']) await api.run(admin, move, order.id);
      await ok(
        server,
        graphql(`
          mutation OrdersInvoiceOrder($id: ID!) {
            invoiceOrder(orderId: $id) {
              id
            }
          }
        `),
        { id: order.id },
        admin.token,
      );
      ids.push(order.id);
    }
    const [mine, notMine] = ids as [string, string];
    const listed = await ok(
      server,
      graphql(`
        query OrdersOrders2 {
          orders(first: 100) {
            nodes {
              id
            }
          }
          invoices(first: 100) {
            nodes {
              order {
                id
              }
            }
          }
        }
      `),
      {},
      scoped.token,
    );
    expect(listed.orders.nodes).toEqual([{ id: mine }]);
    expect(listed.invoices.nodes).toEqual([{ order: { id: mine } }]);
    expect((await api.read(scoped, mine)).id).toBe(mine);
    expect(
      codes(
        await run(
          server,
          graphql(`
            query OrdersOrder($id: ID!) {
              order(id: $id) {
                id
              }
            }
          `),
          { id: notMine },
          scoped.token,
        ),
      ),
    ).toEqual(['NOT_FOUND']);
    expect(codes(await api.setLine(scoped, notMine, far.dress, 2))).toEqual(['NOT_FOUND']);
    expect(codes(await api.run(scoped, 'shipOrder', notMine))).toEqual(['NOT_FOUND']);
    const create = graphql(`
      mutation OrdersCreate($input: CreateOrderInput!) {
        createOrder(input: $input) {
          id
        }
      }
    `);
    expect(
      codes(await run(server, create, { input: { connectionId: far.connectionId, linesheetId: far.linesheetId } }, scoped.token)),
    ).toEqual(['NOT_FOUND']);
    expect((await api.read(admin, notMine)).lines[0]!.quantity).toBe(1);
  });
});

describe('SQL statements of placing and merging', () => {
  it('submitOrder and mergeOrders judge 40 lines of 40 styles in as many statements as 2 lines of 2 styles', async () => {
    const owner = await signUp(server, 'Wide Brand', 'Wes Wide');
    const retail = await seedRetail(server, owner, { minimumOrderCents: 100 });
    const many = [retail.dress];
    for (let i = 1; i < 40; i++) many.push(await seedStyle(server, owner, retail.linesheetId, 100 + i));
    const db = server.roster.app.db.read;
    const draftOf = async (styleIds: string[]) => {
      const order = await api.create(owner, retail);
      const line = { accountId: owner.accountId, orderId: order.id, size: 'M', colour: 'Red', quantity: 2, unitPriceCents: 500 };
      await db.insert(orderLines).values(styleIds.map((styleId) => ({ ...line, styleId })));
      return order.id as string;
    };
    const statementsOf = async (query: TypedDocumentNode<any, any>, variables: Record<string, unknown>) => {
      await ok(
        server,
        graphql(`
          query OrdersTypename {
            __typename
          }
        `),
        {},
        owner.token,
      ); // the lines were written behind the server's back
      const before = server.roster.app.db.statements.count;
      await ok(server, query, variables, owner.token);
      return server.roster.app.db.statements.count - before;
    };
    const SUBMIT = graphql(`
      mutation OrdersSubmitId($id: ID!) {
        submitOrder(id: $id) {
          id
        }
      }
    `);
    const MERGE_ID = graphql(`
      mutation OrdersMergeId($target: ID!, $source: ID!) {
        mergeOrders(targetOrderId: $target, sourceOrderId: $source) {
          id
        }
      }
    `);
    const submitted = [
      await statementsOf(SUBMIT, { id: await draftOf([retail.dress, retail.coat]) }),
      await statementsOf(SUBMIT, { id: await draftOf(many) }),
    ];
    const target = await draftOf([retail.coat]);
    const merged = [
      await statementsOf(MERGE_ID, { target: await draftOf([retail.coat]), source: await draftOf([retail.dress]) }),
      await statementsOf(MERGE_ID, { target, source: await draftOf(many) }),
    ];
    expect((await api.read(owner, target)).lines).toHaveLength(41);
    console.log(`submitOrder: ${submitted.join(' and ')} statements for 2 and 40 lines; mergeOrders: ${merged.join(' and ')}`);
    expect(submitted[1]).toBe(submitted[0]);
    expect(merged[1]).toBe(merged[0]);
  });
});

describe('SQL statements of the orders list', () => {
  it('orders(first: 100) with lines, styles, connection and linesheet: as many statements for 100 orders as for 5', async () => {
    const owner = await signUp(server, 'Busy Brand', 'Bea Busy');
    const retails = [await seedRetail(server, owner), await seedRetail(server, owner)];
    const db = server.roster.app.db.read;
    const base = Date.now();
    const made = await db
      .insert(orders)
      .values(
        Array.from({ length: 100 }, (_, i) => {
          const retail = retails[i % 2]!;
          const po = `PO-${String(i + 1).padStart(5, '0')}`;
          return {
            accountId: owner.accountId,
            connectionId: retail.connectionId,
            linesheetId: retail.linesheetId,
            status: 'DRAFT' as const,
            generatedPoNumber: po,
            poNumber: po,
            startShip: LINESHEET_START,
            deliveryDate: PRESET_DATES[0]!,
            createdById: owner.userId,
            createdAt: new Date(base + i),
          };
        }),
      )
      .returning();
    await db.insert(orderLines).values(
      made.flatMap((order, i) => {
        const retail = retails[i % 2]!;
        return [retail.dress, retail.coat].map((styleId) => ({
          accountId: owner.accountId,
          orderId: order.id,
          styleId,
          size: 'M',
          colour: 'Red',
          quantity: 2,
          unitPriceCents: 1000,
        }));
      }),
    );
    // The money of a draft reads its retailer's discount: through the same loader as `connection`.
    const LIST = graphql(`
      query OrdersList2($first: Int) {
        orders(first: $first) {
          nodes {
            id
            status
            poNumber
            subtotalCents
            retailerDiscountPercent
            retailerDiscountCents
            orderDiscountCents
            totalCents
            createdBy {
              name
            }
            connection {
              id
              retailerName
            }
            linesheet {
              id
              name
            }
            lines {
              id
              quantity
              totalCents
              style {
                id
                styleNumber
                name
              }
            }
          }
        }
      }
    `);
    const statementsFor = async (first: number) => {
      const before = server.roster.app.db.statements.count;
      const data = await ok(server, LIST, { first }, owner.token);
      return { count: server.roster.app.db.statements.count - before, orders: data.orders.nodes };
    };
    // The rows above were written behind the server's back: a first request sees the change.
    await ok(
      server,
      graphql(`
        query OrdersTypename {
          __typename
        }
      `),
      {},
      owner.token,
    );
    const five = await statementsFor(5);
    const hundred = await statementsFor(100);
    expect(five.orders).toHaveLength(5);
    expect(hundred.orders).toHaveLength(100);
    expect(hundred.orders[0]).toMatchObject({ subtotalCents: 4000, retailerDiscountPercent: 0, totalCents: 4000 });
    console.log(`orders: ${five.count} statements for 5 orders, ${hundred.count} for 100`);
    expect(hundred.count).toBe(five.count);
    // viewer, page, members, people, connections, linesheets, lines, styles
    expect(hundred.count).toBeLessThanOrEqual(8);
  });
});
