import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { schema } from '../../src/graphql/schema.js';
import { decidedInsideAt } from '../../src/modules/permissions/guards.js';
import { type GraphQLResponse, type SignedUp, type TestServer, addMember, signUp, startServer } from '../harness.js';
import { LINESHEET_START, PRESET_DATES, type Retail } from './order-fixtures.js';
import { type Attempt, LINESHEET_EARLY, OFF_PRESET, RULE_KEYS, type RuleKey, type Side, orderPaths } from './order-paths.js';
import { graphql, run } from '../kit/index.js';

/**
 * Every path into an order, checked against every rule decided from an order's data (RULE_KEYS in
 * ./order-paths.ts). The paths are the schema's Mutation fields, each classified below: either a
 * path that reaches JOOR orders, with for every rule either data on each side of the rule's line
 * (judged) or why the path cannot take an order across it and a check that it does not (inert), or
 * a mutation that moves no order, with why. A mutation added later fails "every Mutation field is
 * classified" until it is placed. The capabilities a path judges must be exactly those its field
 * declares (`extensions.decides`), so the schema, the guard table of docs/reference/permission-catalog.md and this file agree.
 *
 * A judged rule, on its path: a caller the rule refuses is refused on data across the line and
 * nothing is written; the same caller goes through on data within it; a caller the rule does not
 * restrict goes through on the data across it (a rule of the data alone refuses everyone).
 */

let server: TestServer;
let admin: SignedUp;
let k: ReturnType<typeof orderPaths>;
beforeAll(async () => {
  server = await startServer();
  admin = await signUp(server, 'Paths Co');
  k = orderPaths(server, admin, await addMember(server, admin, [], 'Pia Plain'));
});
afterAll(() => server.close());

type Judged = (side: Side) => Promise<Attempt>;
interface OrderPath {
  judged: Partial<Record<RuleKey, Judged>>;
  inert: { rules: RuleKey[]; why: string; check(): Promise<void> };
}

const across = (side: Side) => side === 'across';
const allBut = (...judged: RuleKey[]) => RULE_KEYS.filter((rule) => !judged.includes(rule));

type Kept = 'status' | 'startShip' | 'deliveryDate' | 'subtotalCents' | 'totalCents' | 'lines';
/** Runs `attempt` as `rules`' restricted member, expects it through, and `id`'s `kept` inputs of the rules unchanged. */
async function keeps(id: string, attempt: Attempt, rules: RuleKey[], kept: Kept[]) {
  const pick = async () => {
    const state = await k.state(id);
    return Object.fromEntries(kept.map((key) => [key, state[key]]));
  };
  const before = await pick();
  await k.ok(attempt(await k.memberUnder(rules)));
  expect(await pick()).toEqual(before);
}

/** Refused for everyone, whatever the order holds: the status this path needs is one a placed order was judged in. */
async function wrongStatus(attempt: Attempt) {
  expect((await attempt(admin)).errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', rule: 'WRONG_STATUS' });
}

/** An order of 2 dresses and a coat: SUBMITTED within the line, APPROVED across it (editing an approved order). */
async function editable(side: Side): Promise<{ id: string; w: Retail }> {
  const w = await k.world();
  const id = await k.move(
    await k.draft(w, [
      [w.dress, 2],
      [w.coat, 1],
    ]),
    'submitOrder',
    ...(across(side) ? (['approveOrder'] as const) : []),
  );
  return { id, w };
}

/** A DRAFT of 6 dresses against 10 in stock: 4 already placed elsewhere across the line, 3 within it. */
async function placedElsewhere(side: Side, w: Retail) {
  await k.stock(w.dress, 10);
  await k.move(await k.draft(w, [[w.dress, across(side) ? 5 : 4]]), 'submitOrder');
  return k.draft(w, [[w.dress, 6]]);
}

const PATHS: Record<string, OrderPath> = {
  createOrder: {
    judged: {
      TAKES_ORDERS: async (side) => {
        const w = await k.world();
        if (across(side))
          await k.ok(
            run(
              server,
              graphql(`
                mutation OrderPathsTestRemoveConnection($id: ID!) {
                  removeConnection(id: $id) {
                    id
                  }
                }
              `),
              { id: w.connectionId },
              admin.token,
            ),
          );
        return k.paths.create(w);
      },
    },
    inert: {
      rules: allBut('TAKES_ORDERS'),
      why: "a new order is a DRAFT without lines, on the linesheet's own start ship and first preset delivery date",
      check: async () => {
        const made = await k.ok(k.paths.create(await k.world())(await k.memberUnder(allBut('TAKES_ORDERS'))));
        expect(made.createOrder).toMatchObject({ status: 'DRAFT', lines: [], startShip: LINESHEET_START, deliveryDate: PRESET_DATES[0] });
      },
    },
  },

  setOrderLine: {
    judged: {
      OVERSELL: async (side) => {
        const w = await k.world();
        await k.stock(w.dress, 5);
        return k.paths.line(await k.draft(w, []), w.dress, across(side) ? 6 : 5);
      },
      PLACE_ORDERS_UNDER_MINIMUM: async (side) => {
        const w = await k.world({ minimumOrderCents: 3000 });
        return k.paths.line(await k.move(await k.draft(w, [[w.dress, 4]]), 'submitOrder'), w.dress, across(side) ? 2 : 3);
      },
      ADD_STYLES_BEFORE_LINESHEET_START_SHIP: async (side) => {
        const w = await k.world();
        const id = await k.draft(w, [[w.dress, 1]]);
        await k.setDates(id, { startShip: LINESHEET_EARLY });
        return k.paths.line(id, across(side) ? w.coat : w.dress, 2);
      },
      EDIT_APPROVED_SHIPPED_ORDERS: async (side) => {
        const { id, w } = await editable(side);
        return k.paths.line(id, w.dress, 3);
      },
      ONE_DIVISION_PER_ORDER: async (side) => {
        const w = await k.world();
        await k.divide(w);
        return k.paths.line(await k.draft(w, [[w.dress, 1]]), across(side) ? w.coat : w.scarf, 1);
      },
      STYLE_NOT_ORDERABLE: async (side) => {
        const w = await k.world();
        const id = await k.draft(w, [[w.coat, 1]]);
        if (across(side)) await k.deleteStyle(w.dress);
        return k.paths.line(id, w.dress, 1);
      },
    },
    inert: {
      rules: ['SET_START_SHIP_BEFORE_LINESHEET_START_SHIP', 'CHANGE_DELIVERY_DATES', 'TAKES_ORDERS'],
      why: 'it changes no date, and takes no new order (a draft of a removed retailer is placed only by submitOrder)',
      check: async () => {
        const rules: RuleKey[] = ['SET_START_SHIP_BEFORE_LINESHEET_START_SHIP', 'CHANGE_DELIVERY_DATES', 'TAKES_ORDERS'];
        const { id, w } = await k.loaded(rules);
        await keeps(id, k.paths.line(id, w.scarf, 1), rules, ['status', 'startShip', 'deliveryDate']);
      },
    },
  },

  setOrderDates: {
    judged: {
      SET_START_SHIP_BEFORE_LINESHEET_START_SHIP: async (side) =>
        k.paths.dates(await k.draft(await k.world(), []), { startShip: across(side) ? LINESHEET_EARLY : '2030-03-02' }),
      CHANGE_DELIVERY_DATES: async (side) =>
        k.paths.dates(await k.draft(await k.world(), []), { deliveryDate: across(side) ? OFF_PRESET : PRESET_DATES[1] }),
      EDIT_APPROVED_SHIPPED_ORDERS: async (side) => k.paths.dates((await editable(side)).id, { deliveryDate: PRESET_DATES[1] }),
    },
    inert: {
      rules: allBut('SET_START_SHIP_BEFORE_LINESHEET_START_SHIP', 'CHANGE_DELIVERY_DATES', 'EDIT_APPROVED_SHIPPED_ORDERS'),
      why: 'it moves no unit and no money, and takes no new order',
      check: async () => {
        const rules = allBut('SET_START_SHIP_BEFORE_LINESHEET_START_SHIP', 'CHANGE_DELIVERY_DATES', 'EDIT_APPROVED_SHIPPED_ORDERS');
        const { id } = await k.loaded(rules, 'submitOrder');
        await keeps(id, k.paths.dates(id, { deliveryDate: PRESET_DATES[1] }), rules, ['status', 'lines', 'subtotalCents', 'totalCents']);
      },
    },
  },

  setOrderDiscount: {
    judged: {
      PLACE_ORDERS_UNDER_MINIMUM: async (side) => {
        const w = await k.world({ minimumOrderCents: 3000 });
        return k.paths.discount(await k.move(await k.draft(w, [[w.dress, 4]]), 'submitOrder'), across(side) ? 26 : 25);
      },
      EDIT_APPROVED_SHIPPED_ORDERS: async (side) => k.paths.discount((await editable(side)).id, 5),
    },
    inert: {
      rules: allBut('PLACE_ORDERS_UNDER_MINIMUM', 'EDIT_APPROVED_SHIPPED_ORDERS'),
      why: 'it moves no unit and no date, and only lowers a total (which the minimum judges)',
      check: async () => {
        const rules = allBut('PLACE_ORDERS_UNDER_MINIMUM', 'EDIT_APPROVED_SHIPPED_ORDERS');
        const { id } = await k.loaded(rules, 'submitOrder');
        await keeps(id, k.paths.discount(id, 5), rules, ['status', 'lines', 'startShip', 'deliveryDate', 'subtotalCents']);
      },
    },
  },

  setOrderPoNumber: {
    judged: { EDIT_APPROVED_SHIPPED_ORDERS: async (side) => k.paths.po((await editable(side)).id) },
    inert: {
      rules: allBut('EDIT_APPROVED_SHIPPED_ORDERS'),
      why: 'it changes the PO number only',
      check: async () => {
        const rules = allBut('EDIT_APPROVED_SHIPPED_ORDERS');
        const { id } = await k.loaded(rules, 'submitOrder');
        await keeps(id, k.paths.po(id), rules, ['status', 'lines', 'startShip', 'deliveryDate', 'subtotalCents', 'totalCents']);
      },
    },
  },

  submitOrder: {
    judged: {
      OVERSELL: async (side) => k.paths.run('submitOrder', await placedElsewhere(side, await k.world())),
      PLACE_ORDERS_UNDER_MINIMUM: async (side) => {
        const w = await k.world({ minimumOrderCents: 3000 });
        return k.paths.run('submitOrder', await k.draft(w, [[w.dress, across(side) ? 2 : 3]]));
      },
      SET_START_SHIP_BEFORE_LINESHEET_START_SHIP: async (side) => {
        const w = await k.world();
        const id = await k.draft(w, [[w.dress, 1]]);
        await k.setDates(id, { startShip: across(side) ? LINESHEET_EARLY : '2030-03-02' });
        return k.paths.run('submitOrder', id);
      },
      CHANGE_DELIVERY_DATES: async (side) => {
        const w = await k.world();
        const id = await k.draft(w, [[w.dress, 1]]);
        await k.setDates(id, { deliveryDate: across(side) ? OFF_PRESET : PRESET_DATES[1] });
        return k.paths.run('submitOrder', id);
      },
      ONE_DIVISION_PER_ORDER: async (side) => {
        const w = await k.world();
        await k.divide(w);
        await k.allowSeveralDivisions(true);
        const id = await k.draft(w, [
          [w.dress, 1],
          [across(side) ? w.coat : w.scarf, 1],
        ]);
        await k.allowSeveralDivisions(false);
        return k.paths.run('submitOrder', id);
      },
      STYLE_NOT_ORDERABLE: async (side) => {
        const w = await k.world();
        const id = await k.draft(w, [
          [w.dress, 1],
          [w.coat, 1],
        ]);
        if (across(side)) await k.removeFromLinesheet(w, w.coat);
        return k.paths.run('submitOrder', id);
      },
      TAKES_ORDERS: async (side) => {
        const w = await k.world();
        const id = await k.draft(w, [[w.dress, 1]]);
        if (across(side))
          await k.ok(
            run(
              server,
              graphql(`
                mutation OrderPathsTestArchiveLinesheet($id: ID!) {
                  archiveLinesheet(id: $id) {
                    id
                  }
                }
              `),
              { id: w.linesheetId },
              admin.token,
            ),
          );
        return k.paths.run('submitOrder', id);
      },
    },
    inert: {
      rules: ['ADD_STYLES_BEFORE_LINESHEET_START_SHIP', 'EDIT_APPROVED_SHIPPED_ORDERS'],
      why:
        'it places a DRAFT only, and its styles count as held: a member may add styles before moving the start ship, ' +
        'and the start ship itself is judged (SET_START_SHIP_BEFORE_LINESHEET_START_SHIP)',
      check: async () => {
        const { id } = await k.loaded(['ADD_STYLES_BEFORE_LINESHEET_START_SHIP']);
        await keeps(id, k.paths.run('submitOrder', id), ['ADD_STYLES_BEFORE_LINESHEET_START_SHIP'], ['lines', 'startShip', 'totalCents']);
        await wrongStatus(k.paths.run('submitOrder', (await k.loaded([], 'submitOrder', 'approveOrder')).id));
      },
    },
  },

  approveOrder: {
    judged: {},
    inert: {
      rules: allBut(),
      why: 'it moves a SUBMITTED order only, placed under every rule, and changes no unit, date or money',
      check: async () => {
        const { id } = await k.loaded(allBut(), 'submitOrder');
        await keeps(id, k.paths.run('approveOrder', id), allBut(), ['lines', 'startShip', 'deliveryDate', 'subtotalCents', 'totalCents']);
        await wrongStatus(k.paths.run('approveOrder', (await k.loaded([])).id));
      },
    },
  },

  shipOrder: {
    judged: {},
    inert: {
      rules: allBut(),
      why: 'it moves an APPROVED order only, and changes no unit, date or money',
      check: async () => {
        const { id } = await k.loaded(allBut(), 'submitOrder', 'approveOrder');
        await keeps(id, k.paths.run('shipOrder', id), allBut(), ['lines', 'startShip', 'deliveryDate', 'subtotalCents', 'totalCents']);
        await wrongStatus(k.paths.run('shipOrder', (await k.loaded([], 'submitOrder')).id));
      },
    },
  },

  cancelOrderStyle: {
    judged: {
      OVERSELL: async (side) => {
        const w = await k.world();
        await k.stock(w.dress, across(side) ? 2 : 3);
        return k.paths.cancel(await k.draft(w, [[w.coat, 3]]), w.coat, w.dress);
      },
      PLACE_ORDERS_UNDER_MINIMUM: async (side) => {
        // Across: 2 dresses and a coat, less the coat (2000 < 3000); within: a dress and 2 coats, less the dress (5000).
        const w = await k.world({ minimumOrderCents: 3000 });
        const id = await k.move(
          await k.draft(w, [
            [w.dress, across(side) ? 2 : 1],
            [w.coat, across(side) ? 1 : 2],
          ]),
          'submitOrder',
        );
        return k.paths.cancel(id, across(side) ? w.coat : w.dress);
      },
      ADD_STYLES_BEFORE_LINESHEET_START_SHIP: async (side) => {
        const w = await k.world();
        const id = await k.draft(w, [
          [w.dress, 1],
          [w.coat, 1],
        ]);
        await k.setDates(id, { startShip: LINESHEET_EARLY });
        return k.paths.cancel(id, w.dress, across(side) ? w.scarf : w.coat);
      },
      EDIT_APPROVED_SHIPPED_ORDERS: async (side) => {
        const { id, w } = await editable(side);
        return k.paths.cancel(id, w.coat);
      },
      ONE_DIVISION_PER_ORDER: async (side) => {
        const w = await k.world();
        await k.divide(w);
        const id = await k.draft(w, [
          [w.dress, 1],
          [w.scarf, 1],
        ]);
        return k.paths.cancel(id, across(side) ? w.scarf : w.dress, w.coat);
      },
      STYLE_NOT_ORDERABLE: async (side) => {
        const w = await k.world();
        const id = await k.draft(w, [[w.coat, 1]]);
        if (across(side)) await k.deleteStyle(w.dress);
        return k.paths.cancel(id, w.coat, w.dress);
      },
    },
    inert: {
      rules: ['SET_START_SHIP_BEFORE_LINESHEET_START_SHIP', 'CHANGE_DELIVERY_DATES', 'TAKES_ORDERS'],
      why: 'it changes no date, and takes no new order',
      check: async () => {
        const rules: RuleKey[] = ['SET_START_SHIP_BEFORE_LINESHEET_START_SHIP', 'CHANGE_DELIVERY_DATES', 'TAKES_ORDERS'];
        const { id, w } = await k.loaded(rules);
        await keeps(id, k.paths.cancel(id, w.coat, w.scarf), rules, ['status', 'startShip', 'deliveryDate']);
      },
    },
  },

  mergeOrders: {
    judged: {
      OVERSELL: async (side) => {
        const w = await k.world();
        await k.stock(w.dress, across(side) ? 3 : 4);
        return k.paths.merge(await k.draft(w, [[w.dress, 2]]), await k.draft(w, [[w.dress, 2]]));
      },
      ADD_STYLES_BEFORE_LINESHEET_START_SHIP: async (side) => {
        const w = await k.world();
        const target = await k.draft(w, [[w.dress, 1]]);
        await k.setDates(target, { startShip: LINESHEET_EARLY });
        return k.paths.merge(target, await k.draft(w, [[across(side) ? w.coat : w.dress, 1]]));
      },
      ONE_DIVISION_PER_ORDER: async (side) => {
        const w = await k.world();
        await k.divide(w);
        return k.paths.merge(await k.draft(w, [[w.dress, 1]]), await k.draft(w, [[across(side) ? w.coat : w.scarf, 1]]));
      },
      STYLE_NOT_ORDERABLE: async (side) => {
        const w = await k.world();
        const target = await k.draft(w, [[w.coat, 1]]);
        const source = await k.draft(w, [[w.dress, 1]]);
        if (across(side)) await k.deleteStyle(w.dress);
        return k.paths.merge(target, source);
      },
    },
    inert: {
      rules: [
        'PLACE_ORDERS_UNDER_MINIMUM',
        'SET_START_SHIP_BEFORE_LINESHEET_START_SHIP',
        'CHANGE_DELIVERY_DATES',
        'EDIT_APPROVED_SHIPPED_ORDERS',
        'TAKES_ORDERS',
      ],
      why:
        'the target only gains lines (its total never falls) and keeps its dates, retailer and linesheet (no new order is taken); ' +
        'only DRAFT and SUBMITTED orders merge',
      check: async () => {
        const rules: RuleKey[] = [
          'PLACE_ORDERS_UNDER_MINIMUM',
          'SET_START_SHIP_BEFORE_LINESHEET_START_SHIP',
          'CHANGE_DELIVERY_DATES',
          'TAKES_ORDERS',
        ];
        const { id, companion } = await k.loaded(rules, 'submitOrder');
        const before = (await k.state(id)).totalCents;
        await keeps(id, k.paths.merge(id, companion), rules, ['status', 'startShip', 'deliveryDate']);
        expect((await k.state(id)).totalCents).toBeGreaterThan(before);
        const approved = await k.loaded([], 'submitOrder', 'approveOrder');
        await wrongStatus(k.paths.merge(approved.id, approved.companion));
      },
    },
  },

  assignOrderToNewRetailer: {
    judged: {},
    inert: {
      rules: allBut(),
      why: 'it moves a DRAFT or SUBMITTED order, as it is, to a new PENDING retailer without a minimum: no unit, date or money changes',
      check: async () => {
        const { id } = await k.loaded(allBut(), 'submitOrder');
        await keeps(id, k.paths.assign(id), allBut(), ['status', 'lines', 'startShip', 'deliveryDate', 'subtotalCents', 'totalCents']);
        await wrongStatus(k.paths.assign((await k.loaded([], 'submitOrder', 'approveOrder')).id));
      },
    },
  },

  invoiceOrder: {
    judged: {},
    inert: {
      rules: allBut(),
      why: 'it writes an invoice for an APPROVED or SHIPPED order and changes nothing of the order',
      check: async () => {
        const { id } = await k.loaded(allBut(), 'submitOrder', 'approveOrder');
        await keeps(id, k.paths.invoice(id), allBut(), ['status', 'lines', 'startShip', 'deliveryDate', 'subtotalCents', 'totalCents']);
      },
    },
  },

  forceExportOrder: {
    judged: {},
    inert: {
      rules: allBut(),
      why: 'it sets an export mark only',
      check: async () => {
        const { id } = await k.loaded(allBut(), 'submitOrder', 'approveOrder');
        await keeps(id, k.paths.run('forceExportOrder', id), allBut(), [
          'status',
          'lines',
          'startShip',
          'deliveryDate',
          'subtotalCents',
          'totalCents',
        ]);
      },
    },
  },

  markOrderExported: {
    judged: {},
    inert: {
      rules: allBut(),
      why: 'it sets an export mark only',
      check: async () => {
        const { id } = await k.loaded(allBut(), 'submitOrder', 'approveOrder');
        await keeps(id, k.paths.run('markOrderExported', id), allBut(), [
          'status',
          'lines',
          'startShip',
          'deliveryDate',
          'subtotalCents',
          'totalCents',
        ]);
      },
    },
  },
};

/** Mutation fields that move no JOOR order or line, by why. */
const ELSEWHERE: Record<string, string[]> = {
  'sign-in, sessions, the login, the account and its billing': [
    'acceptInvite',
    'changeEmail',
    'changePassword',
    'confirmEmailChange',
    'createAccount',
    'endOtherSessions',
    'endSession',
    'login',
    'logout',
    'requestPasswordReset',
    'resetPassword',
    'signUp',
    'switchAccount',
    'verifyEmail',
    'updateAccount',
    'updateBilling',
  ],
  'members, invites, permissions and regions: who may, not what an order holds': [
    'inviteUser',
    'resendInvite',
    'revokeInvite',
    'updateUserPermissions',
    'deleteUser',
    'createRegion',
    'setUserRegions',
    'setConnectionRegion',
  ],
  'Inventory Planner: the catalog, stock orders, wholesale orders, forecasts, budgets, reports, sync (not JOOR orders)': [
    'createProduct',
    'updateVariant',
    'setStockLevel',
    'recordSales',
    'createWarehouse',
    'createVendor',
    'setVendorEmail',
    'createStockOrder',
    'setStockOrderLine',
    'placeStockOrder',
    'receiveStockOrder',
    'sendStockOrder',
    'importStockOrders',
    'createWholesaleOrder',
    'confirmWholesaleOrder',
    'setForecast',
    'setBudget',
    'saveReportPreset',
    'deleteReportPreset',
    'saveSharedReportPreset',
    'deleteSharedReportPreset',
    'runSync',
  ],
  // Inventory, minimums, linesheet dates and styles, deleted styles, divisions, discounts: read by
  // the rules when an order next moves (submitOrder judges the order as it then stands); a placed
  // order keeps its unit prices, retailer discount and order discount (test/joor/order-discounts.test.ts).
  'what the rules read: no order moves; the next path into a placed order judges the data as it then stands': [
    'setStyleInventory',
    'setRetailerOrderRestrictions',
    'createLinesheet',
    'updateLinesheet',
    'archiveLinesheet',
    'deleteLinesheet',
    'addStyle',
    'copyStyle',
    'editStyle',
    'deleteStyle',
    'setStyleDivision',
    'updateDivisionSettings',
    'saveDivision',
    'saveDiscountOption',
    'editConnectionDiscount',
    'removeConnection',
  ],
  'a client without an order ("Restrict Add Client": test/joor/order-rules.test.ts)': ['addClient', 'connectRetailer'],
  'brand settings, other customer-specific data, linesheet settings, other style data, events: nothing an order rule reads': [
    'updateBrandInformation',
    'updateInventorySettings',
    'connectPaymentAccount',
    'saveCompanyNumber',
    'saveCustomerGroup',
    'assignCompanyNumber',
    'assignCustomerGroup',
    'editConnectionBillingShipping',
    'editConnectionBudget',
    'editConnectionBuyers',
    'editConnectionCurrencies',
    'editConnectionCustomerCode',
    'editConnectionDoors',
    'editConnectionPaymentMethods',
    'editConnectionSalesReps',
    'editConnectionShippingMethods',
    'editConnectionWarehouses',
    'setLinesheetIpadSync',
    'setLinesheetPrivacy',
    'shareLinesheet',
    'setLinesheetStyleBadge',
    'setStyleUpc',
    'uploadStyleImage',
    'removeStyleImage',
    'createStyleBadge',
    'addStyleBadge',
    'removeStyleBadge',
    'saveEvent',
  ],
};

describe('the paths are every Mutation field, classified', () => {
  it('every Mutation field is an order path or moves no order, and none is both', () => {
    const elsewhere = Object.values(ELSEWHERE).flat();
    const classified = [...Object.keys(PATHS), ...elsewhere];
    expect(classified.length, 'a field classified twice').toBe(new Set(classified).size);
    expect([...classified].sort()).toEqual(Object.keys(schema.getMutationType()!.getFields()).sort());
  });

  it('every path settles every rule once: judged, or inert with a reason', () => {
    for (const [path, { judged, inert }] of Object.entries(PATHS)) {
      expect([...Object.keys(judged), ...inert.rules].sort(), path).toEqual([...RULE_KEYS].sort());
      expect(inert.rules.length === 0 || inert.why.length > 0, path).toBe(true);
    }
  });

  it('the capabilities a path judges are exactly those its field declares it decides inside (extensions.decides)', () => {
    for (const [path, { judged }] of Object.entries(PATHS)) {
      const capabilities = (Object.keys(judged) as RuleKey[]).flatMap((rule) => k.RULES[rule].capability ?? []);
      expect(decidedInsideAt(schema, `Mutation.${path}`).sort(), path).toEqual(capabilities.sort());
    }
  });
});

for (const [path, { judged, inert }] of Object.entries(PATHS)) {
  describe(path, () => {
    for (const [rule, build] of Object.entries(judged) as Array<[RuleKey, Judged]>) {
      it(`judges ${rule}: refused across the line (nothing written), through within it and, unless the data alone decides, for a caller it does not restrict`, async () => {
        const { restricted, lifted, restore, expectRefused } = k.RULES[rule];
        const caller = await restricted();
        const attempt = await build('across');
        const before = await k.written();
        expectRefused(await attempt(caller));
        expect(await k.written()).toBe(before);
        const through = (response: GraphQLResponse) => expect(response.errors, JSON.stringify(response.errors)).toBeUndefined();
        through(await (await build('within'))(caller));
        if (lifted) through(await attempt(await lifted()));
        await restore?.();
      });
    }
    if (inert.rules.length > 0) it(`cannot cross ${inert.rules.join(', ')}: ${inert.why}`, () => inert.check());
  });
}
