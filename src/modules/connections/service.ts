import { and, eq } from 'drizzle-orm';
import type { MemberContext } from '../../request/context.js';
import { paginate } from '../../db/paginate.js';
import { first, one } from '../../db/rows.js';
import { conflict, forbidden } from '../../errors.js';
import { changesOf } from '../../lib/changes.js';
import type { PageArgs } from '../../lib/pagination.js';
import * as validate from '../../lib/validate.js';
import { inAccount, ownRow, ownRows } from '../../request/tenancy.js';
import type { WriteContext } from '../../request/transaction.js';
import { audit } from '../audit/service.js';
import { companyNumbers, customerGroups } from '../brand/index.js';
import { publishAfterCommit } from '../live/publish.js';
import { assertMayChangePermissions, grantorOf, heldKeys } from '../permissions/service.js';
import { members } from '../users/index.js';
import { isGeographicallyScoped, reachableConnection, reachableConnections, regionsOfMember } from './scope.js';
import { type ConnectionRow, type ConnectionStatus, connections, memberRegions, regions } from './tables.js';

export const listRegions = (ctx: MemberContext) =>
  ctx.app.db.read.select().from(regions).where(inAccount(ctx, regions)).orderBy(regions.name);

export async function createRegion(ctx: WriteContext, nameInput: string) {
  const name = validate.text('name', nameInput, 100);
  if (
    await first(
      ctx.tx.db
        .select()
        .from(regions)
        .where(and(inAccount(ctx, regions), eq(regions.name, name))),
    )
  ) {
    throw conflict(`There is already a region named ${name}`, { field: 'name' });
  }
  const region = await one(
    ctx.tx.db.insert(regions).values({ accountId: ctx.viewer.account.id, name, createdAt: ctx.app.now() }).returning(),
  );
  await audit(ctx, 'REGION_CREATED', region.id, { after: { name } });
  return region;
}

/**
 * Replaces a member's regions: managed with their permissions (user managers), audited and told to
 * them live like a permission edit. A manager who is geographically scoped assigns only regions of
 * their own, as nobody grants what they do not hold.
 */
export async function setUserRegions(ctx: WriteContext, userId: string, regionIds: readonly string[]) {
  const member = await ownRow(ctx, members, userId, 'User');
  if (member.status === 'DELETED') throw conflict('This user was deleted', { rule: 'USER_DELETED' });
  // The rules of editing permissions hold: not one's own, and a full-access member only by full access.
  const keys = await heldKeys(ctx.tx, member.id);
  assertMayChangePermissions(grantorOf(ctx), { targetMemberId: member.id, before: keys, after: keys });
  const wanted = [...new Set(validate.atMost('regionIds', regionIds))].sort();
  await ownRows(ctx, regions, wanted, 'Region');
  if (isGeographicallyScoped(ctx)) {
    const own = new Set((await regionsOfMember(ctx, ctx.viewer.member.id)).map((region) => region.id));
    if (wanted.some((id) => !own.has(id))) {
      throw forbidden('You can assign only regions assigned to you', { rule: 'GRANT_NOT_HELD' });
    }
  }
  const before = (await ctx.tx.db.select().from(memberRegions).where(eq(memberRegions.memberId, member.id)))
    .map((row) => row.regionId)
    .sort();
  if (before.join() === wanted.join()) return member;
  await ctx.tx.db.delete(memberRegions).where(eq(memberRegions.memberId, member.id));
  if (wanted.length) await ctx.tx.db.insert(memberRegions).values(wanted.map((regionId) => ({ memberId: member.id, regionId })));
  await audit(ctx, 'USER_REGIONS_CHANGED', member.id, { before: { regionIds: before }, after: { regionIds: wanted } });
  publishAfterCommit(ctx.app, ctx.tx, 'member:permissions', member.id, { cause: 'REGIONS_CHANGED', at: ctx.app.now().toISOString() });
  return member;
}

/** A geographically scoped member puts connections only in a region assigned to them. */
async function requireOwnRegion(ctx: WriteContext, regionId: string | null | undefined) {
  if (!isGeographicallyScoped(ctx)) return;
  const own = (await regionsOfMember(ctx, ctx.viewer.member.id)).map((region) => region.id);
  if (!regionId || !own.includes(regionId)) {
    throw forbidden('Connections go only in a region assigned to you', { rule: 'GRANT_NOT_HELD' });
  }
}

export interface ConnectionsArgs extends PageArgs {
  status?: ConnectionStatus | null;
}

/** The connections the caller reaches (their regions only, with geographic permissions on), oldest first. */
export async function listConnections(ctx: MemberContext, args: ConnectionsArgs) {
  const scope = and(await reachableConnections(ctx), args.status ? eq(connections.status, args.status) : undefined);
  return paginate(ctx.app.db.read, connections, scope, args, 'asc');
}

/** A new connection's customer-specific lists, all empty. */
export const EMPTY_LISTS = {
  buyers: [],
  currencies: [],
  doors: [],
  paymentMethods: [],
  salesReps: [],
  shippingMethods: [],
  warehouses: [],
};

/** A new connection, ACTIVE or PENDING; a scoped member may only add one in a region of theirs. */
export async function addConnection(
  ctx: WriteContext,
  retailerNameInput: string,
  regionId: string | null | undefined,
  status: ConnectionStatus,
) {
  const retailerName = validate.text('retailerName', retailerNameInput);
  if (regionId != null) await ownRow(ctx, regions, regionId, 'Region');
  await requireOwnRegion(ctx, regionId);
  const connection = await one(
    ctx.tx.db
      .insert(connections)
      .values({
        accountId: ctx.viewer.account.id,
        retailerName,
        status,
        regionId: regionId ?? null,
        ...EMPTY_LISTS,
        createdAt: ctx.app.now(),
      })
      .returning(),
  );
  await audit(ctx, 'CONNECTION_CREATED', connection.id, { after: { retailerName, status, regionId: regionId ?? null } });
  return connection;
}

export async function removeConnection(ctx: WriteContext, id: string) {
  const connection = await reachableConnection(ctx, id);
  if (connection.status === 'REMOVED') throw conflict('This connection was already removed', { rule: 'WRONG_STATUS' });
  const removed = await one(
    ctx.tx.db.update(connections).set({ status: 'REMOVED', removedAt: ctx.app.now() }).where(eq(connections.id, connection.id)).returning(),
  );
  await audit(ctx, 'CONNECTION_REMOVED', connection.id, { before: { status: connection.status }, after: { status: 'REMOVED' } });
  return removed;
}

/** What a connection can be assigned, and the table its id must be in (the caller's account). */
const ASSIGNABLE = {
  companyNumberId: { table: companyNumbers, what: 'Company number' },
  customerGroupId: { table: customerGroups, what: 'Customer group' },
  regionId: { table: regions, what: 'Region' },
} as const;

export async function assignToConnection(
  ctx: WriteContext,
  connectionId: string,
  column: keyof typeof ASSIGNABLE,
  valueId: string | null | undefined,
) {
  const connection = await reachableConnection(ctx, connectionId);
  if (valueId != null) await ownRow(ctx, ASSIGNABLE[column].table, valueId, ASSIGNABLE[column].what);
  if (column === 'regionId') await requireOwnRegion(ctx, valueId);
  return updateConnection(ctx, connection, 'CONNECTION_ASSIGNED', { [column]: valueId ?? null });
}

/** Writes what changed of a connection and records it under `action`. */
export async function updateConnection(
  ctx: WriteContext,
  connection: ConnectionRow,
  action: 'CONNECTION_ASSIGNED' | 'CONNECTION_DATA_EDITED',
  proposed: Partial<ConnectionRow>,
) {
  if (connection.status === 'REMOVED') throw conflict('This connection was removed', { rule: 'WRONG_STATUS' });
  const changes = changesOf(connection, proposed);
  if (changes.keys.length === 0) return connection;
  const after = await one(ctx.tx.db.update(connections).set(changes.set).where(eq(connections.id, connection.id)).returning());
  await audit(ctx, action, connection.id, { before: changes.before, after: changes.after });
  return after;
}
