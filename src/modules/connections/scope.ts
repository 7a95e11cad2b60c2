import DataLoader from 'dataloader';
import { type SQL, type SQLWrapper, and, eq, inArray, sql } from 'drizzle-orm';
import type { MemberContext } from '../../request/context.js';
import type { Column } from '../../db/dialect.js';
import { notFound } from '../../errors.js';
import type { Loaders } from '../../request/loaders.js';
import { ownRow } from '../../request/tenancy.js';
import { type WriteContext, callerDb } from '../../request/transaction.js';
import { invoices, orders } from '../orders/index.js';
import { type RegionRow, connections, memberRegions, regions } from './tables.js';

/**
 * Geographic scope ("Enable Geographic permissions on the Brand App"): with the toggle on, a member
 * reaches only the retailer connections in the regions assigned to them, and the orders and
 * invoices of those connections. Outside them a record answers NOT_FOUND, exactly like a record of
 * another account, so nothing leaks (not even that it exists). Full access lifts the narrowing.
 */
const regionLoaders = new WeakMap<Loaders, DataLoader<string, RegionRow[]>>();

/** The regions assigned to members, by name: one query per request for every member asked about. */
export function regionsOfMember(ctx: MemberContext, memberId: string): Promise<RegionRow[]> {
  let loader = regionLoaders.get(ctx.loaders);
  if (!loader) {
    const db = callerDb(ctx);
    loader = new DataLoader(async (memberIds: readonly string[]) => {
      const rows = await db
        .select({ memberId: memberRegions.memberId, region: regions })
        .from(memberRegions)
        .innerJoin(regions, eq(regions.id, memberRegions.regionId))
        .where(inArray(memberRegions.memberId, [...memberIds]))
        .orderBy(regions.name);
      return memberIds.map((id) => rows.filter((row) => row.memberId === id).map((row) => row.region));
    });
    regionLoaders.set(ctx.loaders, loader);
  }
  return loader.load(memberId);
}

/** The ids of the caller's own regions (read once per request with everyone else's). */
const callerRegions = async (ctx: MemberContext) => (await regionsOfMember(ctx, ctx.viewer.member.id)).map((region) => region.id);

export const isGeographicallyScoped = (ctx: MemberContext) => ctx.viewer.permissions.narrowings.includes('CONNECTIONS_BY_REGION');

/** A condition on `connections`: the caller's account, and their regions when they are scoped. */
export async function reachableConnections(ctx: MemberContext): Promise<SQL> {
  const inAccount = eq(connections.accountId, ctx.viewer.account.id);
  if (!isGeographicallyScoped(ctx)) return inAccount;
  const regions = await callerRegions(ctx);
  return and(inAccount, regions.length ? inArray(connections.regionId, regions) : sql`1 = 0`)!;
}

/** A condition on a column holding a connection id (an order's, an invoice's): one the caller reaches. */
export async function ofReachableConnection(ctx: MemberContext, connectionId: Column): Promise<SQL | undefined> {
  if (!isGeographicallyScoped(ctx)) return undefined;
  return inArray(
    connectionId,
    callerDb(ctx)
      .select({ id: connections.id })
      .from(connections)
      .where(await reachableConnections(ctx)),
  );
}

/** A connection by id that the caller reaches: NOT_FOUND for another account's and outside their regions alike. */
export async function reachableConnection(ctx: MemberContext | WriteContext, id: string) {
  const connection = await ownRow(ctx, connections, id, 'Connection');
  if (isGeographicallyScoped(ctx) && !(connection.regionId && (await callerRegions(ctx)).includes(connection.regionId))) {
    throw notFound('Connection');
  }
  return connection;
}

/**
 * Under geographic scope, what the caller reaches of the records regions narrow, by the audit
 * log's subject type: connections in their regions, and the orders and invoices of those. Null
 * without a geographic scope (everything is reached). Other modules (the audit log) filter by it.
 */
export async function reachableRecords(
  ctx: MemberContext,
): Promise<{ types: Array<'Connection' | 'Order' | 'Invoice'>; ids: SQLWrapper[] } | null> {
  if (!isGeographicallyScoped(ctx)) return null;
  const db = ctx.app.db.read;
  return {
    types: ['Connection', 'Order', 'Invoice'],
    ids: [
      db
        .select({ id: connections.id })
        .from(connections)
        .where(await reachableConnections(ctx)),
      db
        .select({ id: orders.id })
        .from(orders)
        .where(await ofReachableConnection(ctx, orders.connectionId)),
      db
        .select({ id: invoices.id })
        .from(invoices)
        .where(await ofReachableConnection(ctx, invoices.connectionId)),
    ],
  };
}
