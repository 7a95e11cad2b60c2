import { and, eq } from 'drizzle-orm';
import { expect } from 'vitest';
import { connections } from '../../src/modules/connections/tables.js';
import { linesheetStyles } from '../../src/modules/linesheets/tables.js';
import { capabilityName, type Capability } from '../../src/modules/permissions/capabilities.js';
import { catalog } from '../../src/modules/permissions/catalog.js';
import { invoices, orderLines, orders } from '../../src/modules/orders/tables.js';
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { type GraphQLResponse, type SignedUp, type TestServer, addMember } from '../harness.js';
import { graphql, run } from '../kit/index.js';
import {
  CANCEL_STYLE,
  CREATE_ORDER,
  MERGE,
  type Retail,
  SET_DATES,
  SET_DISCOUNT,
  SET_PO,
  expectRestricted,
  ordersApi,
  seedRetail,
  setDivision,
  setInventory,
} from './order-fixtures.js';

/**
 * The rules decided from the data of JOOR orders (src/modules/orders), and what the path
 * enumeration (order-paths.test.ts) needs to cross each of them: a caller the rule refuses, data on
 * either side of its line, and what the refusal looks like.
 */

export type Caller = { token: string };
export type Side = 'across' | 'within';
/** Builds data on one side of a rule's line; answers the path run on it by a caller. */
export type Attempt = (caller: Caller) => Promise<GraphQLResponse>;

export interface Rule {
  /** The capability it decides, for a rule of a "Restrict …" toggle. */
  capability?: Capability;
  /** A caller the rule refuses (the account's state set so). */
  restricted(): Promise<Caller>;
  /** A caller it lets through with the same data (none when the data alone decides), and what sets the account back. */
  lifted?(): Promise<Caller>;
  restore?(): Promise<unknown>;
  expectRefused(response: GraphQLResponse): void;
}

/** Every rule decided from the data of an order; order-paths.test.ts checks each on every path. */
export const RULE_KEYS = [
  'OVERSELL',
  'PLACE_ORDERS_UNDER_MINIMUM',
  'SET_START_SHIP_BEFORE_LINESHEET_START_SHIP',
  'CHANGE_DELIVERY_DATES',
  'ADD_STYLES_BEFORE_LINESHEET_START_SHIP',
  'EDIT_APPROVED_SHIPPED_ORDERS',
  'ONE_DIVISION_PER_ORDER',
  'STYLE_NOT_ORDERABLE',
  'TAKES_ORDERS',
] as const;
export type RuleKey = (typeof RULE_KEYS)[number];

export const LINESHEET_EARLY = '2030-02-28';
export const OFF_PRESET = '2030-04-16';

export function orderPaths(server: TestServer, admin: SignedUp, plain: SignedUp) {
  const api = ordersApi(server);
  const gql = (query: TypedDocumentNode<any, any>, variables: Record<string, unknown>, caller: Caller = admin) =>
    run(server, query, variables, caller.token);
  const ok = async (response: Promise<GraphQLResponse>) => {
    const answered = await response;
    expect(answered.errors, JSON.stringify(answered.errors)).toBeUndefined();
    return answered.data;
  };
  const allowSeveralDivisions = (on: boolean) =>
    ok(
      gql(
        graphql(`
          mutation OrderPathsDivisionSettings($on: Boolean!) {
            updateDivisionSettings(multipleDivisionsPerOrder: $on) {
              multipleDivisionsPerOrder
            }
          }
        `),
        { on },
      ),
    );

  /** A retailer, its linesheet and styles, with plenty of each style in stock (M, Red): only the rule under test says no. */
  async function world(options: { minimumOrderCents?: number } = {}) {
    const w = await seedRetail(server, admin, options);
    for (const style of [w.dress, w.coat, w.scarf]) await stock(style, 1000);
    return w;
  }
  /** A DRAFT of `w` written by the admin, with the lines given ([styleId, quantity], size M, colour Red). */
  async function draft(w: Retail, lines: Array<[string, number]>) {
    const id = (await api.create(admin, w)).id as string;
    for (const [styleId, quantity] of lines) await ok(api.setLine(admin, id, styleId, quantity));
    return id;
  }
  /** Moves an order on, as the admin. */
  async function move(id: string, ...moves: Array<'submitOrder' | 'approveOrder' | 'shipOrder'>) {
    for (const mutation of moves) await ok(api.run(admin, mutation, id));
    return id;
  }
  /** Units available of a style in size M, colour Red. */
  const stock = (styleId: string, available: number) => setInventory(server, admin, styleId, 'M', 'Red', available);
  const setDates = (id: string, dates: { startShip?: string; deliveryDate?: string }) =>
    ok(gql(SET_DATES, { input: { orderId: id, ...dates } }));
  const deleteStyle = (id: string) =>
    ok(
      gql(
        graphql(`
          mutation OrderPathsDeleteStyle($id: ID!) {
            deleteStyle(id: $id) {
              id
            }
          }
        `),
        { id },
      ),
    );
  const divide = async (w: Retail) => {
    await setDivision(server, admin, w.dress, 'Women');
    await setDivision(server, admin, w.coat, 'Outerwear');
  };

  /** The "Restrict …" toggle that takes `capability` away. */
  const toggleOf = (capability: Capability) => catalog.find((entry) => entry.kind === 'RESTRICT' && entry.removes.includes(capability))!;
  const capabilityRule = (capability: Capability): Rule => {
    const toggle = toggleOf(capability);
    return {
      capability,
      restricted: () => addMember(server, admin, [toggle.key], `Rex ${toggle.key.toLowerCase().replaceAll('_', ' ')}`),
      lifted: async () => plain,
      expectRefused: (response) => expectRestricted(response, capabilityName(capability), toggle.key),
    };
  };

  const RULES: Record<RuleKey, Rule> = {
    OVERSELL: capabilityRule('oversell'),
    PLACE_ORDERS_UNDER_MINIMUM: capabilityRule('placeOrdersUnderMinimum'),
    SET_START_SHIP_BEFORE_LINESHEET_START_SHIP: capabilityRule('setStartShipBeforeLinesheetStartShip'),
    CHANGE_DELIVERY_DATES: capabilityRule('changeDeliveryDates'),
    ADD_STYLES_BEFORE_LINESHEET_START_SHIP: capabilityRule('addStylesBeforeLinesheetStartShip'),
    EDIT_APPROVED_SHIPPED_ORDERS: capabilityRule('editApprovedShippedOrders'),
    ONE_DIVISION_PER_ORDER: {
      restricted: async () => {
        await allowSeveralDivisions(false);
        return plain;
      },
      lifted: async () => {
        await allowSeveralDivisions(true);
        return plain;
      },
      restore: () => allowSeveralDivisions(false),
      expectRefused: (response) => {
        expect(response.data).toBeNull();
        expect(response.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', rule: 'ONE_DIVISION_PER_ORDER' });
      },
    },
    STYLE_NOT_ORDERABLE: {
      restricted: async () => admin,
      expectRefused: (response) => {
        expect(response.data).toBeNull();
        expect([
          { code: 'BAD_USER_INPUT', field: 'styleId' },
          { code: 'BAD_USER_INPUT', field: 'replacementStyleId' },
          { code: 'CONFLICT', rule: 'STYLE_NOT_ORDERABLE' },
        ]).toContainEqual(response.errors?.[0]?.extensions);
      },
    },
    TAKES_ORDERS: {
      restricted: async () => admin,
      expectRefused: (response) => {
        expect(response.data).toBeNull();
        expect(response.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', rule: 'WRONG_STATUS' });
      },
    },
  };

  /**
   * An order written by the admin across the lines of `rules` (units beyond the inventory, a total
   * under the minimum, a start ship before the linesheet's, a delivery date off its presets, two
   * divisions) and moved on through `moves`; then, for the rules judged on the data as it stands,
   * its coat deleted (a style no longer ordered) and its retailer removed and linesheet archived.
   * `companion` is another DRAFT of the same retailer (a scarf), drafted before those changes.
   */
  async function loaded(rules: readonly RuleKey[], ...moves: Array<'submitOrder' | 'approveOrder'>) {
    const across = new Set(rules);
    const w = await world(across.has('PLACE_ORDERS_UNDER_MINIMUM') ? { minimumOrderCents: 1_000_000 } : {});
    if (across.has('OVERSELL')) await stock(w.dress, 0);
    if (across.has('ONE_DIVISION_PER_ORDER')) {
      await divide(w);
      await allowSeveralDivisions(true);
    }
    const id = await draft(w, [
      [w.dress, 2],
      [w.coat, 1],
    ]);
    const early = across.has('SET_START_SHIP_BEFORE_LINESHEET_START_SHIP') || across.has('ADD_STYLES_BEFORE_LINESHEET_START_SHIP');
    await setDates(id, {
      ...(early ? { startShip: LINESHEET_EARLY } : {}),
      ...(across.has('CHANGE_DELIVERY_DATES') ? { deliveryDate: OFF_PRESET } : {}),
    });
    await move(id, ...moves);
    await allowSeveralDivisions(false);
    const companion = await draft(w, [[w.scarf, 1]]);
    if (across.has('STYLE_NOT_ORDERABLE')) await deleteStyle(w.coat);
    if (across.has('TAKES_ORDERS')) {
      await ok(
        gql(
          graphql(`
            mutation OrderPathsRemoveConnection($id: ID!) {
              removeConnection(id: $id) {
                id
              }
            }
          `),
          { id: w.connectionId },
        ),
      );
      await ok(
        gql(
          graphql(`
            mutation OrderPathsArchiveLinesheet($id: ID!) {
              archiveLinesheet(id: $id) {
                id
              }
            }
          `),
          { id: w.linesheetId },
        ),
      );
    }
    return { id, w, companion };
  }

  /** A member restricted by every "Restrict …" toggle of `rules`, with the Allow toggles the paths need. */
  const memberUnder = (rules: readonly RuleKey[]) => {
    const toggles = rules.flatMap((rule) => {
      const capability = RULES[rule].capability;
      return capability ? [toggleOf(capability).key] : [];
    });
    const allows = [
      'ALLOW_INVOICE_RETAILERS',
      'ALLOW_FORCE_EXPORT_ORDERS',
      'ALLOW_MARK_ORDERS_EXPORTED',
      'ALLOW_ASSIGN_ORDERS_TO_NEW_CONNECTIONS',
    ];
    return addMember(server, admin, [...toggles, ...allows], 'Ivo Inert');
  };

  /** What the rules read of an order: its status, dates, money and lines. */
  const state = async (id: string) => {
    const order = await api.read(admin, id);
    return {
      status: order.status,
      startShip: order.startShip,
      deliveryDate: order.deliveryDate,
      subtotalCents: order.subtotalCents,
      totalCents: order.totalCents,
      lines: order.lines.map((line: { style: { id: string }; size: string; colour: string; quantity: number; cancelled: boolean }) => [
        line.style.id,
        line.size,
        line.colour,
        line.quantity,
        line.cancelled,
      ]),
    };
  };

  /** Every row an order path can write (sorted, so that the same data reads the same on both databases). */
  const written = async () => {
    const db = server.roster.app.db.read;
    return JSON.stringify([
      await db.select().from(orders).orderBy(orders.id),
      await db.select().from(orderLines).orderBy(orderLines.id),
      await db.select().from(connections).orderBy(connections.id),
      await db.select().from(invoices).orderBy(invoices.id),
    ]);
  };

  const removeFromLinesheet = (w: Retail, styleId: string) =>
    server.roster.app.db.read
      .delete(linesheetStyles)
      .where(and(eq(linesheetStyles.linesheetId, w.linesheetId), eq(linesheetStyles.styleId, styleId)));

  const paths = {
    create:
      (w: Pick<Retail, 'connectionId' | 'linesheetId'>): Attempt =>
      (caller) =>
        gql(CREATE_ORDER, { input: { connectionId: w.connectionId, linesheetId: w.linesheetId } }, caller),
    line:
      (id: string, styleId: string, quantity: number): Attempt =>
      (caller) =>
        api.setLine(caller, id, styleId, quantity),
    dates:
      (id: string, dates: { startShip?: string; deliveryDate?: string }): Attempt =>
      (caller) =>
        gql(SET_DATES, { input: { orderId: id, ...dates } }, caller),
    discount:
      (id: string, percent: number): Attempt =>
      (caller) =>
        gql(SET_DISCOUNT, { orderId: id, percent }, caller),
    po:
      (id: string): Attempt =>
      (caller) =>
        gql(SET_PO, { orderId: id, poNumber: `MINE-${id.slice(-6)}` }, caller),
    cancel:
      (id: string, styleId: string, replacementStyleId?: string): Attempt =>
      (caller) =>
        gql(CANCEL_STYLE, { input: { orderId: id, styleId, replacementStyleId } }, caller),
    merge:
      (target: string, source: string): Attempt =>
      (caller) =>
        gql(MERGE, { target, source }, caller),
    run:
      (mutation: string, id: string): Attempt =>
      (caller) =>
        api.run(caller, mutation, id),
    assign:
      (id: string): Attempt =>
      (caller) =>
        gql(
          graphql(`
            mutation OrderPathsAssignToNewRetailer($id: ID!) {
              assignOrderToNewRetailer(orderId: $id, retailerName: "Newcomer") {
                id
                minimumOrderCents
              }
            }
          `),
          { id },
          caller,
        ),
    invoice:
      (id: string): Attempt =>
      (caller) =>
        gql(
          graphql(`
            mutation OrderPathsInvoice($id: ID!) {
              invoiceOrder(orderId: $id) {
                amountCents
              }
            }
          `),
          { id },
          caller,
        ),
  };

  return {
    RULES,
    ok,
    world,
    draft,
    move,
    stock,
    setDates,
    deleteStyle,
    divide,
    allowSeveralDivisions,
    loaded,
    memberUnder,
    state,
    written,
    removeFromLinesheet,
    paths,
  };
}
