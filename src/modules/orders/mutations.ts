import type { AuthScopes } from '../../graphql/scopes.js';
import { builder } from '../../graphql/builder.js';
import { MEMBER } from '../../graphql/scopes.js';
import { type WriteContext, inTransaction } from '../../request/transaction.js';
import type { Capability } from '../permissions/capabilities.js';
import { ADD_CLIENTS, ConnectionRef, GEOGRAPHICALLY_SCOPED } from '../connections/types.js';
import { cancelOrderStyle, mergeOrders, setOrderLine } from './lines.js';
import { OrderRef } from './order-types.js';
import {
  addClient,
  assignOrderToNewRetailer,
  createOrder,
  markOrderExport,
  moveOrder,
  setOrderDates,
  setOrderDiscount,
  setOrderPoNumber,
  setRetailerOrderRestrictions,
} from './service.js';
import type { OrderRow } from './tables.js';

const CreateOrderInput = builder.inputType('CreateOrderInput', {
  fields: (t) => ({
    connectionId: t.id({ required: true, description: 'The retailer the order is for' }),
    linesheetId: t.id({ required: true, description: 'The linesheet its styles, start ship and delivery dates come from' }),
  }),
});

const SetOrderLineInput = builder.inputType('SetOrderLineInput', {
  fields: (t) => ({
    orderId: t.id({ required: true }),
    styleId: t.id({ required: true, description: "A style on the order's linesheet" }),
    size: t.string({ required: true }),
    colour: t.string({ required: true }),
    quantity: t.int({ required: true, description: 'Units, up to 1,000,000; 0 removes the line' }),
    discountPercent: t.int({
      required: false,
      description: 'The SKU-level discount, 0 to 100 (0 for a new line, unchanged for a line held, when left out)',
    }),
  }),
});

const SetOrderDatesInput = builder.inputType('SetOrderDatesInput', {
  fields: (t) => ({
    orderId: t.id({ required: true }),
    startShip: t.string({ required: false, description: 'YYYY-MM-DD; unchanged when left out' }),
    deliveryDate: t.string({ required: false, description: 'YYYY-MM-DD; unchanged when left out' }),
  }),
});

const CancelOrderStyleInput = builder.inputType('CancelOrderStyleInput', {
  fields: (t) => ({
    orderId: t.id({ required: true }),
    styleId: t.id({ required: true, description: 'The style whose lines are cancelled' }),
    replacementStyleId: t.id({
      required: false,
      description: "A style of the order's linesheet that gets the same sizes, colours and quantities",
    }),
  }),
});

const SetRetailerOrderRestrictionsInput = builder.inputType('SetRetailerOrderRestrictionsInput', {
  fields: (t) => ({
    connectionId: t.id({ required: true }),
    minimumOrderCents: t.field({
      type: 'Cents',
      required: false,
      description: 'The smallest order; null removes the minimum; unchanged when left out',
    }),
    retailerMayEditOrders: t.boolean({
      required: false,
      description: 'Whether the retailer may edit order details; unchanged when left out',
    }),
  }),
});

/** Said of every path that adds styles to an order: the division settings. */
const DIVISION_RULE =
  'Unless the division settings allow several divisions per order, a style of a second division answers CONFLICT (rule ONE_DIVISION_PER_ORDER).';

/** Mutations of one order by id that differ only by what they do and the capability they need. */
const BY_ID: Record<
  string,
  {
    description: string;
    authScopes: Partial<AuthScopes>;
    decides?: Capability[];
    run: (ctx: WriteContext, id: string) => Promise<OrderRow>;
  }
> = {
  submitOrder: {
    description:
      'Submits a DRAFT order that has a line not cancelled: it becomes SUBMITTED, with its retailer’s discount as it is now. The order is ' +
      'judged whole, whoever wrote the draft: a removed retailer or an archived linesheet takes no order (CONFLICT, rule WRONG_STATUS), a ' +
      'style deleted or off the linesheet is no longer ordered (CONFLICT, rule STYLE_NOT_ORDERABLE), units beyond those available now ' +
      'need OVERSELL, a start ship before the linesheet’s SET_START_SHIP_BEFORE_LINESHEET_START_SHIP, a delivery date off its presets ' +
      'CHANGE_DELIVERY_DATES, and a total below the retailer’s minimum PLACE_ORDERS_UNDER_MINIMUM (equal to the minimum is enough). ' +
      DIVISION_RULE,
    authScopes: MEMBER,
    decides: ['oversell', 'setStartShipBeforeLinesheetStartShip', 'changeDeliveryDates', 'placeOrdersUnderMinimum'],
    run: (ctx, id) => moveOrder(ctx, id, 'SUBMITTED'),
  },
  approveOrder: {
    description: 'Approves a SUBMITTED order: it becomes APPROVED',
    authScopes: { approveOrders: true },
    run: (ctx, id) => moveOrder(ctx, id, 'APPROVED'),
  },
  shipOrder: {
    description: 'Ships an APPROVED order: it becomes SHIPPED',
    authScopes: { approveOrders: true },
    run: (ctx, id) => moveOrder(ctx, id, 'SHIPPED'),
  },
  forceExportOrder: {
    description: '"Set to Re-Export": asks the integration to export a SUBMITTED, APPROVED or SHIPPED order again (sets exportRequestedAt)',
    authScopes: { forceExportOrders: true },
    run: (ctx, id) => markOrderExport(ctx, id, 'exportRequestedAt'),
  },
  markOrderExported: {
    description: 'Marks a SUBMITTED, APPROVED or SHIPPED order as exported by hand (sets exportedAt)',
    authScopes: { markOrdersExported: true },
    run: (ctx, id) => markOrderExport(ctx, id, 'exportedAt'),
  },
};

/** Said of every edit: the rule of approved and shipped orders. */
const EDIT_RULE = 'An APPROVED or SHIPPED order needs EDIT_APPROVED_SHIPPED_ORDERS; a MERGED one is not edited.';
/** Said of the edits that change a total. */
const MINIMUM_RULE =
  'A SUBMITTED, APPROVED or SHIPPED order left below the retailer’s minimum needs PLACE_ORDERS_UNDER_MINIMUM ' +
  '("Restrict User from Placing Orders Under Minimum"; equal to the minimum is enough).';

/**
 * What a field reaching orders declares besides its scopes: orders are reached through their
 * connection (geographic scope), and the capabilities it decides inside because they depend on the
 * data (src/modules/orders/rules.ts).
 */
const reaching = (...decides: Capability[]) => ({ ...GEOGRAPHICALLY_SCOPED, ...(decides.length ? { decides } : {}) });
/**
 * Lines changed: the oversell and start-ship rules of units added, the rule of approved and shipped
 * orders, and the minimum of a placed order.
 */
const CHANGING_LINES: Capability[] = [
  'oversell',
  'addStylesBeforeLinesheetStartShip',
  'editApprovedShippedOrders',
  'placeOrdersUnderMinimum',
];

builder.mutationFields((t) => ({
  ...Object.fromEntries(
    Object.entries(BY_ID).map(([name, { description, authScopes, decides = [], run }]) => [
      name,
      t.field({
        type: OrderRef,
        description,
        authScopes,
        extensions: reaching(...decides),
        args: { id: t.arg.id({ required: true }) },
        resolve: (_root, { id }, ctx) => run(inTransaction(ctx), id),
      }),
    ]),
  ),
  createOrder: t.field({
    type: OrderRef,
    description:
      "Drafts an order for a retailer from a linesheet, with the next generated PO number and the linesheet's start ship and first delivery date",
    authScopes: MEMBER,
    extensions: reaching(),
    args: { input: t.arg({ type: CreateOrderInput, required: true }) },
    resolve: (_root, { input }, ctx) => createOrder(inTransaction(ctx), input),
  }),
  setOrderLine: t.field({
    type: OrderRef,
    description:
      'Adds, changes or (quantity 0) removes the units of a style in a size and colour, with an optional SKU-level discount. ' +
      'Units beyond those available need OVERSELL: available is the inventory of the style, size and colour less its units on the ' +
      'account’s other SUBMITTED, APPROVED or SHIPPED orders (lines not cancelled; drafts hold nothing back). A style new to an order ' +
      `whose start ship is before the linesheet’s needs ADD_STYLES_BEFORE_LINESHEET_START_SHIP. ${DIVISION_RULE} ${MINIMUM_RULE} ${EDIT_RULE}`,
    authScopes: MEMBER,
    extensions: reaching(...CHANGING_LINES),
    args: { input: t.arg({ type: SetOrderLineInput, required: true }) },
    resolve: (_root, { input }, ctx) => setOrderLine(inTransaction(ctx), input),
  }),
  setOrderDates: t.field({
    type: OrderRef,
    description:
      'Changes the start ship and delivery date. The delivery date is never before the start ship (BAD_USER_INPUT on deliveryDate, ' +
      'also when only the start ship moves past it). A start ship before the linesheet’s needs SET_START_SHIP_BEFORE_LINESHEET_START_SHIP; ' +
      `a delivery date that is not one of the linesheet’s presets needs CHANGE_DELIVERY_DATES. ${EDIT_RULE}`,
    authScopes: MEMBER,
    extensions: reaching('setStartShipBeforeLinesheetStartShip', 'changeDeliveryDates', 'editApprovedShippedOrders'),
    args: { input: t.arg({ type: SetOrderDatesInput, required: true }) },
    resolve: (_root, { input }, ctx) => setOrderDates(inTransaction(ctx), input),
  }),
  setOrderDiscount: t.field({
    type: OrderRef,
    description:
      'Sets the order-level discount: a percent, or one of the account’s discount options (exactly one). SKU-level discounts are set with ' +
      `setOrderLine, the retailer’s with editConnectionDiscount. ${MINIMUM_RULE} ${EDIT_RULE}`,
    authScopes: { editOrderDiscounts: true },
    extensions: reaching('editApprovedShippedOrders', 'placeOrdersUnderMinimum'),
    args: {
      orderId: t.arg.id({ required: true }),
      percent: t.arg.int({ required: false, description: '0 to 100' }),
      discountOptionId: t.arg.id({
        required: false,
        description:
          'One of the account’s discount options: the order takes its percent as it is now (editing the option later changes no order)',
      }),
    },
    resolve: (_root, args, ctx) => setOrderDiscount(inTransaction(ctx), args),
  }),
  setOrderPoNumber: t.field({
    type: OrderRef,
    description: `Replaces the PO number with a custom one, or sets the generated one back. ${EDIT_RULE}`,
    authScopes: { editPoNumbers: true },
    extensions: reaching('editApprovedShippedOrders'),
    args: { orderId: t.arg.id({ required: true }), poNumber: t.arg.string({ required: true, description: 'Up to 64 characters' }) },
    resolve: (_root, { orderId, poNumber }, ctx) => setOrderPoNumber(inTransaction(ctx), orderId, poNumber),
  }),
  cancelOrderStyle: t.field({
    type: OrderRef,
    description:
      'The cancel/replace styles tool: cancels the lines of a style and, with a replacement, orders the same sizes, colours and quantities of it ' +
      `(those units follow the rules of setOrderLine). ${DIVISION_RULE} ${MINIMUM_RULE} ${EDIT_RULE}`,
    authScopes: { cancelStyles: true },
    extensions: reaching(...CHANGING_LINES),
    args: { input: t.arg({ type: CancelOrderStyleInput, required: true }) },
    resolve: (_root, { input }, ctx) => cancelOrderStyle(inTransaction(ctx), input),
  }),
  mergeOrders: t.field({
    type: OrderRef,
    description:
      'Moves the lines of one order into another of the same retailer and linesheet (both DRAFT or SUBMITTED), adding up equal style, ' +
      'size and colour; the source becomes MERGED. Orders from different linesheets answer CONFLICT. The units the target gains follow ' +
      'the oversell and start-ship rules of setOrderLine (the source’s own units are not held against them); a style deleted or off the ' +
      `linesheet answers CONFLICT (rule STYLE_NOT_ORDERABLE). ${DIVISION_RULE} Answers the target.`,
    authScopes: { mergeOrders: true },
    extensions: reaching('oversell', 'addStylesBeforeLinesheetStartShip'),
    args: {
      targetOrderId: t.arg.id({ required: true, description: 'The order that keeps the lines' }),
      sourceOrderId: t.arg.id({ required: true, description: 'The order that becomes MERGED' }),
    },
    resolve: (_root, { targetOrderId, sourceOrderId }, ctx) => mergeOrders(inTransaction(ctx), targetOrderId, sourceOrderId),
  }),
  setRetailerOrderRestrictions: t.field({
    type: ConnectionRef,
    description: "Sets a retailer's order restrictions: its minimum order and whether it may edit order details",
    authScopes: { editRetailerOrderRestrictions: true },
    extensions: reaching(),
    args: { input: t.arg({ type: SetRetailerOrderRestrictionsInput, required: true }) },
    resolve: (_root, { input }, ctx) => setRetailerOrderRestrictions(inTransaction(ctx), input),
  }),
  addClient: t.field({
    type: ConnectionRef,
    description:
      'Adds a new client (on the iPad): a PENDING connection. A member with geographic permissions adds it in one of their regions.',
    authScopes: ADD_CLIENTS,
    extensions: reaching(),
    args: {
      retailerName: t.arg.string({ required: true }),
      regionId: t.arg.id({
        required: false,
        description: 'Its region (required, and one of theirs, for a member with geographic permissions)',
      }),
    },
    resolve: (_root, { retailerName, regionId }, ctx) => addClient(inTransaction(ctx), retailerName, regionId),
  }),
}));

builder.mutationFields((t) => ({
  assignOrderToNewRetailer: t.field({
    extensions: GEOGRAPHICALLY_SCOPED,
    type: ConnectionRef,
    description:
      '"Assign a retailer": moves an order to a retailer not connected yet, which becomes a PENDING connection. ' +
      'That adds a client, so it also needs ADD_CLIENTS ("Restrict Add Client" wins over the Allow toggle).',
    authScopes: { $all: { assignOrdersToNewConnections: true, ...ADD_CLIENTS } },
    args: { orderId: t.arg.id({ required: true }), retailerName: t.arg.string({ required: true }) },
    resolve: (_root, { orderId, retailerName }, ctx) => assignOrderToNewRetailer(inTransaction(ctx), orderId, retailerName),
  }),
}));
