import { and, eq, inArray, isNull, or } from 'drizzle-orm';
import type { MemberContext } from '../../request/context.js';
import { paginate } from '../../db/paginate.js';
import { first, one } from '../../db/rows.js';
import { badInput, conflict, notFound } from '../../errors.js';
import { changesOf } from '../../lib/changes.js';
import type { PageArgs } from '../../lib/pagination.js';
import * as validate from '../../lib/validate.js';
import { inAccount, ownRow, ownRows } from '../../request/tenancy.js';
import type { WriteContext } from '../../request/transaction.js';
import { audit } from '../audit/service.js';
import { orders } from '../orders/index.js';
import { requireLive } from '../styles/service.js';
import { styleBadges, styles } from '../styles/index.js';
import { type LinesheetKind, type LinesheetRow, linesheetStyles, linesheets } from './tables.js';
import type { Policy } from '../../graphql/policy.js';
import { LINESHEET_POLICIES } from './policies.js';

/** The linesheets a member sees: every ADMIN one of the account, and the CUSTOM ones they own. */
const visibleTo = (ctx: MemberContext) =>
  and(inAccount(ctx, linesheets), or(eq(linesheets.kind, 'ADMIN'), eq(linesheets.ownerId, ctx.viewer.member.id)));

export interface LinesheetsArgs extends PageArgs {
  includeArchived?: boolean | null;
}

/** The linesheets the caller sees, newest first; archived ones only when asked for. */
export function listLinesheets(ctx: MemberContext, args: LinesheetsArgs) {
  const scope = and(visibleTo(ctx), args.includeArchived ? undefined : isNull(linesheets.archivedAt));
  return paginate(ctx.app.db.read, linesheets, scope, args, 'desc');
}

/** A linesheet the caller sees; someone else's CUSTOM linesheet answers NOT_FOUND, like another account's. */
export async function visibleLinesheet(ctx: MemberContext, id: string): Promise<LinesheetRow> {
  const sheet = await ownRow(ctx, linesheets, id, 'Linesheet');
  if (sheet.kind === 'CUSTOM' && sheet.ownerId !== ctx.viewer.member.id) throw notFound('Linesheet');
  return sheet;
}

/**
 * A linesheet the caller may change. A CUSTOM one is its owner's alone (NOT_FOUND to anyone else);
 * an ADMIN one needs what `adminRule` decides, when given, now, by scope-auth (it depends on the
 * record). An archived linesheet is no longer changed (CONFLICT, rule WRONG_STATUS) unless
 * `archivedToo`. Decided before anything is written.
 */
async function changeableLinesheet(ctx: WriteContext, id: string, adminRule: Policy | null, archivedToo = false): Promise<LinesheetRow> {
  const sheet = await ownRow(ctx, linesheets, id, 'Linesheet');
  if (sheet.kind === 'CUSTOM') {
    // Someone else's custom linesheet does not exist for the caller, reading or writing.
    if (sheet.ownerId !== ctx.viewer.member.id) throw notFound('Linesheet');
  } else if (adminRule) {
    await adminRule.decide(ctx);
  }
  if (sheet.archivedAt && !archivedToo)
    throw conflict(`Linesheet ${sheet.name} is archived: it is no longer changed`, { rule: 'WRONG_STATUS' });
  return sheet;
}

/** Delivery dates as stored: real days, on or after the start ship, each once, in order; at least one. */
function deliveryDatesOf(dates: readonly string[], startShip: string): string[] {
  validate.atMost('deliveryDates', dates, 52);
  const days = [...new Set(dates.map((date, index) => validate.day(`deliveryDates[${index}]`, date)))].sort();
  if (days.length === 0) throw badInput('deliveryDates', 'A linesheet needs at least one delivery date');
  if (days[0]! < startShip) throw badInput('deliveryDates', 'Delivery dates must be on or after the start ship date');
  return days;
}

/** The most styles one linesheet holds. */
const MAX_STYLES = 1000;

/** Style ids as stored: each once, at most 1,000, of the caller's account (NOT_FOUND otherwise) and not deleted. */
async function styleIdsOf(ctx: WriteContext, ids: readonly string[], known: ReadonlySet<string> = new Set()) {
  const wanted = [...new Set(validate.atMost('styleIds', ids, MAX_STYLES))];
  const added = wanted.filter((id) => !known.has(id));
  const rows = await ownRows(ctx, styles, added, 'Style');
  for (const style of rows.values()) requireLive(style);
  return wanted;
}

/** Adds styles to a linesheet, in one statement. */
async function insertStyles(ctx: WriteContext, linesheetId: string, styleIds: readonly string[]) {
  if (styleIds.length === 0) return;
  const createdAt = ctx.app.now();
  await ctx.tx.db
    .insert(linesheetStyles)
    .values(styleIds.map((styleId) => ({ accountId: ctx.viewer.account.id, linesheetId, styleId, createdAt })));
}

export interface CreateLinesheetInput {
  kind: LinesheetKind;
  name: string;
  startShip: string;
  deliveryDates: readonly string[];
  styleIds: readonly string[];
}

/** A linesheet owned by the caller. An ADMIN one needs "Add/Edit Admin Linesheets"; any member creates a CUSTOM one. */
export async function createLinesheet(ctx: WriteContext, input: CreateLinesheetInput) {
  if (input.kind === 'ADMIN') await LINESHEET_POLICIES.create.decide(ctx);
  const name = validate.text('name', input.name);
  const startShip = validate.day('startShip', input.startShip);
  const deliveryDates = deliveryDatesOf(input.deliveryDates, startShip);
  const styleIds = await styleIdsOf(ctx, input.styleIds);
  const sheet = await one(
    ctx.tx.db
      .insert(linesheets)
      .values({
        accountId: ctx.viewer.account.id,
        kind: input.kind,
        name,
        ownerId: ctx.viewer.member.id,
        startShip,
        deliveryDates,
        createdAt: ctx.app.now(),
      })
      .returning(),
  );
  await insertStyles(ctx, sheet.id, styleIds);
  await audit(ctx, 'LINESHEET_CREATED', sheet.id, { after: { kind: sheet.kind, name, startShip, deliveryDates, styleIds } });
  return sheet;
}

export interface UpdateLinesheetInput {
  linesheetId: string;
  name?: string | null;
  startShip?: string | null;
  deliveryDates?: readonly string[] | null;
  styleIds?: readonly string[] | null;
}

const sameList = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((item, i) => item === b[i]);

/**
 * Changes a linesheet's name, dates or styles (`styleIds` replaces the set: styles kept keep their
 * badge). ADMIN: "Add/Edit Admin Linesheets"; CUSTOM: its owner.
 */
export async function updateLinesheet(ctx: WriteContext, input: UpdateLinesheetInput) {
  const sheet = await changeableLinesheet(ctx, input.linesheetId, LINESHEET_POLICIES.update);
  const name = input.name == null ? undefined : validate.text('name', input.name);
  const startShip = input.startShip == null ? sheet.startShip : validate.day('startShip', input.startShip);
  const deliveryDates = deliveryDatesOf(input.deliveryDates ?? sheet.deliveryDates, startShip);
  const changes = changesOf(sheet, {
    name,
    startShip,
    deliveryDates: sameList(deliveryDates, sheet.deliveryDates) ? undefined : deliveryDates,
  });
  const before: Record<string, unknown> = { ...changes.before };
  const after: Record<string, unknown> = { ...changes.after };
  if (input.styleIds != null) {
    const held = await ctx.tx.db
      .select({ styleId: linesheetStyles.styleId })
      .from(linesheetStyles)
      .where(eq(linesheetStyles.linesheetId, sheet.id))
      .orderBy(linesheetStyles.createdAt, linesheetStyles.id);
    const current = held.map((row) => row.styleId);
    const wanted = await styleIdsOf(ctx, input.styleIds, new Set(current));
    const removed = current.filter((id) => !wanted.includes(id));
    const added = wanted.filter((id) => !current.includes(id));
    if (removed.length > 0) {
      await ctx.tx.db
        .delete(linesheetStyles)
        .where(and(eq(linesheetStyles.linesheetId, sheet.id), inArray(linesheetStyles.styleId, removed)));
    }
    await insertStyles(ctx, sheet.id, added);
    if (removed.length + added.length > 0) {
      before.styleIds = current;
      after.styleIds = wanted;
    }
  }
  const updated = changes.keys.length
    ? await one(ctx.tx.db.update(linesheets).set(changes.set).where(eq(linesheets.id, sheet.id)).returning())
    : sheet;
  if (Object.keys(after).length > 0) await audit(ctx, 'LINESHEET_UPDATED', sheet.id, { before, after });
  return updated;
}

/** Archives a linesheet (again: nothing changes). ADMIN: "Archive Admin Linesheets"; CUSTOM: its owner. */
export async function archiveLinesheet(ctx: WriteContext, id: string) {
  const sheet = await changeableLinesheet(ctx, id, LINESHEET_POLICIES.archive, true);
  if (sheet.archivedAt) return sheet;
  const archived = await one(
    ctx.tx.db.update(linesheets).set({ archivedAt: ctx.app.now() }).where(eq(linesheets.id, sheet.id)).returning(),
  );
  await audit(ctx, 'LINESHEET_ARCHIVED', sheet.id, { after: { archivedAt: archived.archivedAt } });
  return archived;
}

/**
 * Deletes a linesheet and its styles. ADMIN: "Delete Admin Linesheets"; CUSTOM: its owner. A
 * linesheet an order was taken from is kept (CONFLICT): archive it instead. Archived ones can be deleted.
 */
export async function deleteLinesheet(ctx: WriteContext, id: string) {
  const sheet = await changeableLinesheet(ctx, id, LINESHEET_POLICIES.delete, true);
  if (await first(ctx.tx.db.select({ id: orders.id }).from(orders).where(eq(orders.linesheetId, sheet.id)).limit(1))) {
    throw conflict(`Orders were taken from linesheet ${sheet.name}: archive it instead`);
  }
  await ctx.tx.db.delete(linesheetStyles).where(eq(linesheetStyles.linesheetId, sheet.id));
  await ctx.tx.db.delete(linesheets).where(eq(linesheets.id, sheet.id));
  await audit(ctx, 'LINESHEET_DELETED', sheet.id, { before: { kind: sheet.kind, name: sheet.name } });
  return sheet;
}

/** The settings changed by `setLinesheetPrivacy`, `shareLinesheet` and `setLinesheetIpadSync`. */
export type LinesheetSettings = Partial<Pick<LinesheetRow, 'private' | 'syncToIpad' | 'sharedAt'>>;

/**
 * Changes a linesheet's privacy, sharing or iPad sync. A setting restricted for every linesheet is
 * declared on its mutation's field; one restricted for ADMIN linesheets only (privacy) is
 * what `rule` decides, here, for an ADMIN one. A CUSTOM linesheet is its owner's alone.
 */
export async function changeLinesheetSettings(ctx: WriteContext, id: string, settings: LinesheetSettings, rule: Policy | null = null) {
  const sheet = await changeableLinesheet(ctx, id, rule);
  const changes = changesOf(sheet, settings);
  if (changes.keys.length === 0) return sheet;
  const after = await one(ctx.tx.db.update(linesheets).set(changes.set).where(eq(linesheets.id, sheet.id)).returning());
  await audit(ctx, 'LINESHEET_SETTINGS_CHANGED', sheet.id, { before: changes.before, after: changes.after });
  return after;
}

/** Shows a custom badge on a style of an ADMIN linesheet, or (null) none. */
export async function setLinesheetStyleBadge(ctx: WriteContext, linesheetId: string, styleId: string, badgeId: string | null) {
  const sheet = await ownRow(ctx, linesheets, linesheetId, 'Linesheet');
  if (sheet.kind !== 'ADMIN') throw conflict('Badges are applied to styles on admin linesheets only', { rule: 'WRONG_STATUS' });
  if (sheet.archivedAt) throw conflict(`Linesheet ${sheet.name} is archived: it is no longer changed`, { rule: 'WRONG_STATUS' });
  const line = await first(
    ctx.tx.db
      .select()
      .from(linesheetStyles)
      .where(and(eq(linesheetStyles.linesheetId, sheet.id), eq(linesheetStyles.styleId, styleId))),
  );
  if (!line) throw notFound('Style on the linesheet');
  if (badgeId !== null) await ownRow(ctx, styleBadges, badgeId, 'Style badge');
  if (line.badgeId === badgeId) return sheet;
  await ctx.tx.db.update(linesheetStyles).set({ badgeId }).where(eq(linesheetStyles.id, line.id));
  await audit(ctx, 'LINESHEET_UPDATED', sheet.id, { before: { styleId, badgeId: line.badgeId }, after: { styleId, badgeId } });
  return sheet;
}
