import type { Kit } from '../kit/index.js';
import * as account from '../kit/operations/account.js';
import * as op from '../kit/operations/orders.js';
import * as styleOps from '../kit/operations/styles.js';
import type { Area, Exercise, TestId } from './exercise.js';

// JOOR orders, invoices and events. The rules that depend on the data (units beyond inventory, a
// start ship before the linesheet's, an approved order, a total under the minimum) are proven by
// test/joor/order-rules.test.ts and, on every path into an order, test/joor/order-paths.test.ts:
// one request with the toggle on cannot tell them from the data.

let kit: Kit;
let unique = 0;
const next = () => `${process.pid}-${++unique}`;
const fixtures = { connectionId: '', linesheetId: '', styleId: '', submittedOrderId: '' };

/** A new order with a line, moved on through `moves` (submitOrder, approveOrder) by the admin. */
async function order(...moves: Array<'SubmitOrder' | 'ApproveOrder'>) {
  const id = (await kit.ok(op.CreateOrder, { connectionId: fixtures.connectionId, linesheetId: fixtures.linesheetId })).createOrder
    .id as string;
  await kit.ok(op.SetOrderLine, { orderId: id, styleId: fixtures.styleId });
  for (const move of moves) {
    if (move === 'SubmitOrder') await kit.ok(op.SubmitOrder, { id });
    else await kit.ok(op.ApproveOrder, { id });
  }
  return id;
}

/** Decided inside, from the data: each toggle with data on each side of its line, on every path. */
const DECIDED_INSIDE: TestId[] = [
  {
    file: 'test/joor/order-paths.test.ts',
    test: 'the capabilities a path judges are exactly those its field declares it decides inside (extensions.decides)',
  },
  { file: 'test/joor/order-paths.test.ts', test: 'every path settles every rule once: judged, or inert with a reason' },
  { file: 'test/joor/order-rules.test.ts', test: 'the refusal names the first capability missing, and nothing is written' },
];

const exercises: Exercise[] = [
  { covers: ['Query.invoices', 'Invoice'], document: op.Invoices },
  {
    covers: ['Mutation.invoiceOrder'],
    document: op.InvoiceOrder,
    variables: async () => ({ id: await order('SubmitOrder', 'ApproveOrder') }),
  },
  {
    covers: ['Mutation.setRetailerOrderRestrictions'],
    document: op.SetRetailerOrderRestrictions,
    variables: () => ({ id: fixtures.connectionId, minimum: ++unique }),
  },
  { covers: ['Mutation.forceExportOrder'], document: op.ForceExportOrder, variables: () => ({ id: fixtures.submittedOrderId }) },
  { covers: ['Mutation.markOrderExported'], document: op.MarkOrderExported, variables: () => ({ id: fixtures.submittedOrderId }) },
  { covers: ['Mutation.addClient'], document: op.AddClient, variables: () => ({ name: `Client ${next()}` }) },
  { covers: ['Mutation.saveEvent'], document: op.SaveEvent, variables: () => ({ name: `Show ${next()}` }) },
  { covers: ['Mutation.approveOrder'], document: op.ApproveOrder, variables: async () => ({ id: await order('SubmitOrder') }) },
  { covers: ['Mutation.shipOrder'], document: op.ShipOrder, variables: async () => ({ id: await order('SubmitOrder', 'ApproveOrder') }) },
  { covers: ['Mutation.mergeOrders'], document: op.MergeOrders, variables: async () => ({ target: await order(), source: await order() }) },
  {
    covers: ['Mutation.assignOrderToNewRetailer'],
    document: op.AssignOrderToNewRetailer,
    variables: async () => ({ id: await order(), name: `Newcomer ${next()}` }),
  },
  { covers: ['Mutation.setOrderDiscount'], document: op.SetOrderDiscount, variables: async () => ({ id: await order(), percent: 10 }) },
  {
    covers: ['Mutation.setOrderPoNumber'],
    document: op.SetOrderPoNumber,
    variables: async () => ({ id: await order(), po: `CUSTOM-${next()}` }),
  },
  { covers: ['Query.orders'], document: op.Orders },
  { covers: ['Query.order'], document: op.Order, variables: async () => ({ id: await order() }) },
  {
    covers: ['Mutation.createOrder'],
    document: op.CreateOrder,
    variables: () => ({ connectionId: fixtures.connectionId, linesheetId: fixtures.linesheetId }),
  },
  {
    covers: ['Mutation.setOrderLine'],
    document: op.SetOrderLine,
    variables: async () => ({ orderId: await order(), styleId: fixtures.styleId }),
  },
  { covers: ['Mutation.setOrderDates'], document: op.SetOrderDates, variables: async () => ({ id: await order() }) },
  { covers: ['Mutation.submitOrder'], document: op.SubmitOrder, variables: async () => ({ id: await order() }) },
  {
    covers: ['Mutation.cancelOrderStyle'],
    document: op.CancelOrderStyle,
    variables: async () => ({ id: await order(), styleId: fixtures.styleId }),
  },
  {
    covers: [
      'Mutation.setOrderLine',
      'Mutation.setOrderDates',
      'Mutation.setOrderDiscount',
      'Mutation.setOrderPoNumber',
      'Mutation.cancelOrderStyle',
      'Mutation.submitOrder',
      'Mutation.mergeOrders',
    ],
    provenBy: DECIDED_INSIDE,
  },
];

export const orders: Area = {
  async setUp(areaKit) {
    kit = areaKit;
    fixtures.connectionId = (await kit.ok(account.ConnectRetailer, { name: `Matrix Boutique ${next()}` })).connectRetailer.id;
    fixtures.styleId = (await kit.ok(styleOps.AddStyle, { number: `O-${next()}` })).addStyle.id;
    fixtures.linesheetId = (await kit.ok(styleOps.CreateLinesheet, { kind: 'ADMIN', styleIds: [fixtures.styleId] })).createLinesheet.id;
    fixtures.submittedOrderId = await order('SubmitOrder');
    // An invoice to list, so that the Invoice type itself is reached.
    await kit.ok(op.InvoiceOrder, { id: await order('SubmitOrder', 'ApproveOrder') });
  },
  exercises,
};
