import { type SQL, and, eq, inArray, sql } from 'drizzle-orm';
import type { MemberContext } from '../../context.js';
import type { Column } from '../../db/dialect.js';
import { notFound } from '../../errors.js';
import type { Loaders } from '../../loaders.js';
import { ownRow } from '../../tenancy.js';
import type { WriteContext } from '../../transactions.js';
import { connections, memberRegions } from './tables.js';

/**
 * Geographic scope ("Enable Geographic permissions on the Brand App"): with the toggle on, a member
 * reaches only the retailer connections in the regions assigned to them, and the orders and
 * invoices of those connections. Outside them a record answers NOT_FOUND, exactly like a record of
 * another account, so nothing leaks (not even that it exists). Full access lifts the narrowing.
 */
const regionsOf = new WeakMap<Loaders, Promise<string[]>>();

/** The regions assigned to the caller, read once per request (the loaders are per request). */
function callerRegions(ctx: MemberContext): Promise<string[]> {
  let regions = regionsOf.get(ctx.loaders);
  if (!regions) {
    const db = 'tx' in ctx ? (ctx as WriteContext).tx.db : ctx.app.db.read;
    regions = db
      .select({ regionId: memberRegions.regionId })
      .from(memberRegions)
      .where(eq(memberRegions.memberId, ctx.viewer.member.id))
      .then((rows) => rows.map((row) => row.regionId));
    regionsOf.set(ctx.loaders, regions);
  }
  return regions;
}

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
  const db = 'tx' in ctx ? (ctx as WriteContext).tx.db : ctx.app.db.read;
  return inArray(connectionId, db.select({ id: connections.id }).from(connections).where(await reachableConnections(ctx)));
}

/** A connection by id that the caller reaches: NOT_FOUND for another account's and outside their regions alike. */
export async function reachableConnection(ctx: MemberContext | WriteContext, id: string) {
  const connection = await ownRow(ctx, connections, id, 'Connection');
  if (isGeographicallyScoped(ctx) && !(connection.regionId && (await callerRegions(ctx)).includes(connection.regionId))) {
    throw notFound('Connection');
  }
  return connection;
}
