import { and, eq } from 'drizzle-orm';
import { expect } from 'vitest';
import { divisions } from '../../src/modules/brand/tables.js';
import { connections, memberRegions, regions } from '../../src/modules/connections/tables.js';
import { linesheetStyles, linesheets } from '../../src/modules/linesheets/tables.js';
import { styleInventory, styles } from '../../src/modules/styles/tables.js';
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import type { GraphQLResponse, SignedUp, TestServer } from '../harness.js';
import { graphql, ok, run } from '../kit/index.js';
import { EMPTY_LISTS } from '../../src/modules/connections/service.js';

/**
 * What the order tests start from. Connections, linesheets, styles and inventory belong to other
 * modules: they are written straight to the database, so these tests depend only on the tables.
 */

// What every order document reads, as a fragment the documents below spread.
graphql(`
  fragment OrderFixturesOrder on Order {
    id
    status
    poNumber
    generatedPoNumber
    startShip
    deliveryDate
    discountPercent
    subtotalCents
    retailerDiscountPercent
    retailerDiscountCents
    orderDiscountCents
    totalCents
    mergedIntoId
    exportRequestedAt
    exportedAt
    submittedAt
    createdBy {
      id
      name
    }
    connection {
      id
      retailerName
    }
    linesheet {
      id
      name
      startShip
      deliveryDates
    }
    lines {
      id
      style {
        id
        styleNumber
        name
      }
      size
      colour
      quantity
      unitPriceCents
      discountPercent
      totalCents
      cancelled
    }
  }
`);

export const ORDER = graphql(`
  query OrderFixturesOrderById($id: ID!) {
    order(id: $id) {
      ...OrderFixturesOrder
    }
  }
`);
export const CREATE_ORDER = graphql(`
  mutation OrderFixturesCreate($input: CreateOrderInput!) {
    createOrder(input: $input) {
      ...OrderFixturesOrder
    }
  }
`);
export const SET_LINE = graphql(`
  mutation OrderFixturesSetLine($input: SetOrderLineInput!) {
    setOrderLine(input: $input) {
      ...OrderFixturesOrder
    }
  }
`);
export const SET_DATES = graphql(`
  mutation OrderFixturesSetDates($input: SetOrderDatesInput!) {
    setOrderDates(input: $input) {
      ...OrderFixturesOrder
    }
  }
`);
export const SET_DISCOUNT = graphql(`
  mutation OrderFixturesSetDiscount($orderId: ID!, $percent: Int!) {
    setOrderDiscount(orderId: $orderId, percent: $percent) {
      ...OrderFixturesOrder
    }
  }
`);
export const SET_PO = graphql(`
  mutation OrderFixturesSetPo($orderId: ID!, $poNumber: String!) {
    setOrderPoNumber(orderId: $orderId, poNumber: $poNumber) {
      ...OrderFixturesOrder
    }
  }
`);
export const CANCEL_STYLE = graphql(`
  mutation OrderFixturesCancelStyle($input: CancelOrderStyleInput!) {
    cancelOrderStyle(input: $input) {
      ...OrderFixturesOrder
    }
  }
`);
export const MERGE = graphql(`
  mutation OrderFixturesMerge($target: ID!, $source: ID!) {
    mergeOrders(targetOrderId: $target, sourceOrderId: $source) {
      ...OrderFixturesOrder
    }
  }
`);
/** submitOrder, approveOrder, shipOrder, forceExportOrder, markOrderExported: one order by id. */
const BY_ID: Record<string, TypedDocumentNode<any, { id: string }>> = {
  submitOrder: graphql(`
    mutation OrderFixturesSubmitOrder($id: ID!) {
      submitOrder(id: $id) {
        ...OrderFixturesOrder
      }
    }
  `),
  approveOrder: graphql(`
    mutation OrderFixturesApproveOrder($id: ID!) {
      approveOrder(id: $id) {
        ...OrderFixturesOrder
      }
    }
  `),
  shipOrder: graphql(`
    mutation OrderFixturesShipOrder($id: ID!) {
      shipOrder(id: $id) {
        ...OrderFixturesOrder
      }
    }
  `),
  forceExportOrder: graphql(`
    mutation OrderFixturesForceExportOrder($id: ID!) {
      forceExportOrder(id: $id) {
        ...OrderFixturesOrder
      }
    }
  `),
  markOrderExported: graphql(`
    mutation OrderFixturesMarkOrderExported($id: ID!) {
      markOrderExported(id: $id) {
        ...OrderFixturesOrder
      }
    }
  `),
};
export const byId = (mutation: string) => {
  const document = BY_ID[mutation];
  if (!document) throw new Error(`no order mutation ${mutation} by id`);
  return document;
};

export const LINESHEET_START = '2030-03-01';
export const PRESET_DATES = ['2030-03-15', '2030-04-15'];

export interface Retail {
  connectionId: string;
  linesheetId: string;
  /** On the linesheet: [wholesale price] 1000, 2500 and 333 cents. */
  dress: string;
  coat: string;
  scarf: string;
  /** A style of the account that is not on the linesheet. */
  offSheet: string;
}

let counter = 0;

/** A connection, a linesheet with three styles, and a fourth style off it, for `owner`'s account. */
export async function seedRetail(
  server: TestServer,
  owner: SignedUp,
  options: { minimumOrderCents?: number | null; regionId?: string | null; retailerName?: string } = {},
): Promise<Retail> {
  const db = server.roster.app.db.read;
  const n = ++counter;
  const [connection] = await db
    .insert(connections)
    .values({
      accountId: owner.accountId,
      retailerName: options.retailerName ?? `Boutique ${n}`,
      status: 'ACTIVE',
      regionId: options.regionId ?? null,
      minimumOrderCents: options.minimumOrderCents ?? null,
      ...EMPTY_LISTS,
    })
    .returning();
  const [linesheet] = await db
    .insert(linesheets)
    .values({
      accountId: owner.accountId,
      kind: 'ADMIN',
      name: `Spring ${n}`,
      ownerId: owner.userId,
      startShip: LINESHEET_START,
      deliveryDates: PRESET_DATES,
    })
    .returning();
  const made = await db
    .insert(styles)
    .values(
      [
        ['DR', 'Dress', 1000],
        ['CO', 'Coat', 2500],
        ['SC', 'Scarf', 333],
        ['OFF', 'Off sheet', 700],
      ].map(([code, name, price]) => ({
        accountId: owner.accountId,
        styleNumber: `${code}-${n}`,
        name: name as string,
        wholesalePriceCents: price as number,
      })),
    )
    .returning();
  await db
    .insert(linesheetStyles)
    .values(made.slice(0, 3).map((style) => ({ accountId: owner.accountId, linesheetId: linesheet!.id, styleId: style.id })));
  return {
    connectionId: connection!.id,
    linesheetId: linesheet!.id,
    dress: made[0]!.id,
    coat: made[1]!.id,
    scarf: made[2]!.id,
    offSheet: made[3]!.id,
  };
}

/** Another ADMIN linesheet of `owner`'s account, with the styles given. */
export async function seedLinesheet(server: TestServer, owner: SignedUp, styleIds: string[]) {
  const db = server.roster.app.db.read;
  const [linesheet] = await db
    .insert(linesheets)
    .values({
      accountId: owner.accountId,
      kind: 'ADMIN',
      name: `Autumn ${++counter}`,
      ownerId: owner.userId,
      startShip: LINESHEET_START,
      deliveryDates: PRESET_DATES,
    })
    .returning();
  await db.insert(linesheetStyles).values(styleIds.map((styleId) => ({ accountId: owner.accountId, linesheetId: linesheet!.id, styleId })));
  return linesheet!.id;
}

/** A new style at `wholesalePriceCents`, on the linesheet given. */
export async function seedStyle(server: TestServer, owner: SignedUp, linesheetId: string, wholesalePriceCents: number) {
  const db = server.roster.app.db.read;
  const [style] = await db
    .insert(styles)
    .values({ accountId: owner.accountId, styleNumber: `PX-${++counter}`, name: 'Priced', wholesalePriceCents })
    .returning();
  await db.insert(linesheetStyles).values({ accountId: owner.accountId, linesheetId, styleId: style!.id });
  return style!.id;
}

/** Units available of a style in a size and colour. */
export async function setInventory(server: TestServer, owner: SignedUp, styleId: string, size: string, colour: string, available: number) {
  const db = server.roster.app.db.read;
  await db
    .delete(styleInventory)
    .where(and(eq(styleInventory.styleId, styleId), eq(styleInventory.size, size), eq(styleInventory.colour, colour)));
  await db.insert(styleInventory).values({ accountId: owner.accountId, styleId, size, colour, available });
}

/** Puts a style in the division of `owner`'s account named `name` (made on first use). */
export async function setDivision(server: TestServer, owner: SignedUp, styleId: string, name: string) {
  const db = server.roster.app.db.read;
  const [existing] = await db
    .select()
    .from(divisions)
    .where(and(eq(divisions.accountId, owner.accountId), eq(divisions.name, name)));
  const division = existing ?? (await db.insert(divisions).values({ accountId: owner.accountId, name }).returning())[0]!;
  await db.update(styles).set({ divisionId: division.id }).where(eq(styles.id, styleId));
}

/** A region of `owner`'s account, assigned to the members given. */
export async function regionFor(server: TestServer, owner: SignedUp, name: string, memberIds: string[]) {
  const db = server.roster.app.db.read;
  const [region] = await db.insert(regions).values({ accountId: owner.accountId, name }).returning();
  if (memberIds.length) await db.insert(memberRegions).values(memberIds.map((memberId) => ({ memberId, regionId: region!.id })));
  return region!.id;
}

/** The refusal of a "Restrict …" toggle: FORBIDDEN naming the capability, RESTRICTED by the entry. */
export function expectRestricted(response: GraphQLResponse, capability: string, entry: string) {
  expect(response.data).toBeNull();
  expect(response.errors?.[0]?.extensions).toMatchObject({ code: 'FORBIDDEN', capability, reason: 'RESTRICTED' });
  expect(response.errors?.[0]?.extensions?.restrictedBy).toContain(entry);
}

/** The refusal of a missing "Allow …" grant. */
export function expectNotGranted(response: GraphQLResponse, capability: string) {
  expect(response.data).toBeNull();
  expect(response.errors?.[0]?.extensions).toMatchObject({ code: 'FORBIDDEN', capability, reason: 'NOT_GRANTED' });
}

type Caller = { token: string };

/** The order operations the tests run, as `by`. */
export function ordersApi(server: TestServer) {
  return {
    create: async (by: Caller, retail: Pick<Retail, 'connectionId' | 'linesheetId'>) =>
      (await ok(server, CREATE_ORDER, { input: { connectionId: retail.connectionId, linesheetId: retail.linesheetId } }, by.token))
        .createOrder,
    /** Size M, colour Red unless told. */
    setLine: (
      by: Caller,
      orderId: string,
      styleId: string,
      quantity: number,
      sku: { size?: string; colour?: string; discountPercent?: number } = {},
    ) =>
      run(
        server,
        SET_LINE,
        { input: { orderId, styleId, size: sku.size ?? 'M', colour: sku.colour ?? 'Red', quantity, discountPercent: sku.discountPercent } },
        by.token,
      ),
    read: async (by: Caller, id: string) => (await ok(server, ORDER, { id }, by.token)).order,
    /** submitOrder, approveOrder, shipOrder, forceExportOrder, markOrderExported. */
    run: (by: Caller, mutation: string, id: string) => run(server, byId(mutation), { id }, by.token),
  };
}
