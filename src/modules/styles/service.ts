import { and, eq, isNull, ne } from 'drizzle-orm';
import type { MemberContext } from '../../request/context.js';
import { countRows } from '../../db/count.js';
import { paginate } from '../../db/paginate.js';
import { first, one } from '../../db/rows.js';
import { badInput, conflict } from '../../errors.js';
import { changesOf } from '../../lib/changes.js';
import type { PageArgs } from '../../lib/pagination.js';
import * as validate from '../../lib/validate.js';
import { inAccount, ownRow } from '../../request/tenancy.js';
import type { WriteContext } from '../../request/transaction.js';
import { audit } from '../audit/service.js';
import { divisions } from '../brand/index.js';
import { checkedImage } from './images.js';
import { type StyleRow, styleBadgeAssignments, styleBadges, styleImages, styleInventory, styles } from './tables.js';

export interface StylesArgs extends PageArgs {
  includeDeleted?: boolean | null;
}

/** The account's styles, oldest first; deleted ones only when asked for. */
export function listStyles(ctx: MemberContext, args: StylesArgs) {
  const scope = and(inAccount(ctx, styles), args.includeDeleted ? undefined : isNull(styles.deletedAt));
  return paginate(ctx.app.db.read, styles, scope, args, 'asc');
}

export const listStyleBadges = (ctx: MemberContext) =>
  ctx.app.db.read.select().from(styleBadges).where(inAccount(ctx, styleBadges)).orderBy(styleBadges.createdAt, styleBadges.id);

/** A style of the caller's account that is not deleted: a deleted style is kept as it was (CONFLICT, WRONG_STATUS). */
async function liveStyle(ctx: WriteContext, id: string): Promise<StyleRow> {
  const style = await ownRow(ctx, styles, id, 'Style');
  requireLive(style);
  return style;
}

export function requireLive(style: StyleRow) {
  if (style.deletedAt) throw conflict(`Style ${style.styleNumber} was deleted: it is no longer changed`, { rule: 'WRONG_STATUS' });
}

const styleNumberOf = (input: string) => validate.text('styleNumber', input, 64);

/** Refuses a style number the account already uses (deleted styles keep theirs). */
async function requireFreeStyleNumber(ctx: WriteContext, styleNumber: string) {
  const taken = await first(
    ctx.tx.db
      .select({ id: styles.id })
      .from(styles)
      .where(and(eq(styles.accountId, ctx.viewer.account.id), eq(styles.styleNumber, styleNumber))),
  );
  if (taken) throw conflict(`There is already a style numbered ${styleNumber}`, { field: 'styleNumber' });
}

/** A description as stored: trimmed, at most 2,000 characters; empty clears it (null). */
const descriptionOf = (input: string) => (input.trim() === '' ? null : validate.paragraph('description', input, 2000));

export interface AddStyleInput {
  styleNumber: string;
  name: string;
  description?: string | null;
  wholesalePriceCents: number;
}

async function insertStyle(ctx: WriteContext, values: Pick<StyleRow, 'styleNumber' | 'name' | 'description' | 'wholesalePriceCents'>) {
  await requireFreeStyleNumber(ctx, values.styleNumber);
  const style = await one(
    ctx.tx.db
      .insert(styles)
      .values({ ...values, accountId: ctx.viewer.account.id, createdAt: ctx.app.now() })
      .returning(),
  );
  await audit(ctx, 'STYLE_CREATED', style.id, { after: values });
  return style;
}

export const addStyle = (ctx: WriteContext, input: AddStyleInput) =>
  insertStyle(ctx, {
    styleNumber: styleNumberOf(input.styleNumber),
    name: validate.text('name', input.name),
    description: input.description == null ? null : descriptionOf(input.description),
    wholesalePriceCents: validate.cents('wholesalePriceCents', input.wholesalePriceCents),
  });

/**
 * A new style with another's data (name, description, wholesale price) under a new number. The
 * UPC, division, images, badges and inventory are not copied: each has a permission of its own.
 */
export async function copyStyle(ctx: WriteContext, styleId: string, styleNumber: string) {
  const source = await ownRow(ctx, styles, styleId, 'Style');
  const { name, description, wholesalePriceCents } = source;
  return insertStyle(ctx, { styleNumber: styleNumberOf(styleNumber), name, description, wholesalePriceCents });
}

/** Soft delete: orders and linesheets holding the style keep showing it. Deleting it again changes nothing. */
export async function deleteStyle(ctx: WriteContext, id: string) {
  const style = await ownRow(ctx, styles, id, 'Style');
  if (style.deletedAt) return style;
  const deleted = await one(ctx.tx.db.update(styles).set({ deletedAt: ctx.app.now() }).where(eq(styles.id, style.id)).returning());
  await audit(ctx, 'STYLE_DELETED', style.id, { before: { styleNumber: style.styleNumber } });
  return deleted;
}

type StyleChange = Partial<Pick<StyleRow, 'name' | 'description' | 'wholesalePriceCents' | 'upc' | 'divisionId'>>;

/** Writes what `proposed` changes of a live style and audits it (nothing when nothing changes). */
async function changeStyle(ctx: WriteContext, style: StyleRow, proposed: StyleChange) {
  const changes = changesOf(style, proposed);
  if (changes.keys.length === 0) return style;
  const after = await one(ctx.tx.db.update(styles).set(changes.set).where(eq(styles.id, style.id)).returning());
  await audit(ctx, 'STYLE_UPDATED', style.id, { before: changes.before, after: changes.after });
  return after;
}

export interface EditStyleInput {
  styleId: string;
  name?: string | null;
  description?: string | null;
  wholesalePriceCents?: number | null;
}

export async function editStyle(ctx: WriteContext, input: EditStyleInput) {
  const style = await liveStyle(ctx, input.styleId);
  return changeStyle(ctx, style, {
    name: input.name == null ? undefined : validate.text('name', input.name),
    description: input.description == null ? undefined : descriptionOf(input.description),
    wholesalePriceCents: input.wholesalePriceCents == null ? undefined : validate.cents('wholesalePriceCents', input.wholesalePriceCents),
  });
}

/** Sets (12 to 14 digits: UPC-A, EAN-13, GTIN-14) or, with null, clears a style's UPC; no two live styles share one. */
export async function setStyleUpc(ctx: WriteContext, styleId: string, upcInput: string | null) {
  const style = await liveStyle(ctx, styleId);
  const upc = upcInput == null ? null : upcInput.trim();
  if (upc !== null && !/^\d{12,14}$/.test(upc)) throw badInput('upc', 'upc must be 12 to 14 digits');
  if (upc !== null && upc !== style.upc) {
    const holder = await first(
      ctx.tx.db
        .select({ styleNumber: styles.styleNumber })
        .from(styles)
        .where(and(eq(styles.accountId, style.accountId), eq(styles.upc, upc), isNull(styles.deletedAt), ne(styles.id, style.id))),
    );
    if (holder) throw conflict(`Style ${holder.styleNumber} already has the UPC ${upc}`, { field: 'upc' });
  }
  return changeStyle(ctx, style, { upc });
}

/** Puts a style in a division of the account, or (null) in none. */
export async function setStyleDivision(ctx: WriteContext, styleId: string, divisionId: string | null) {
  const style = await liveStyle(ctx, styleId);
  if (divisionId !== null) await ownRow(ctx, divisions, divisionId, 'Division');
  return changeStyle(ctx, style, { divisionId });
}

/** The most images one style holds. */
const MAX_IMAGES_PER_STYLE = 20;

export async function uploadStyleImage(ctx: WriteContext, styleId: string, contentType: string, dataBase64: string) {
  const style = await liveStyle(ctx, styleId);
  const image = checkedImage(contentType, dataBase64);
  if ((await countRows(ctx.tx.db, styleImages, eq(styleImages.styleId, style.id))) >= MAX_IMAGES_PER_STYLE) {
    throw conflict(`Style ${style.styleNumber} already has ${MAX_IMAGES_PER_STYLE} images: remove one first`);
  }
  const row = await one(
    ctx.tx.db
      .insert(styleImages)
      .values({
        accountId: style.accountId,
        styleId: style.id,
        contentType: image.contentType,
        dataBase64: image.dataBase64,
        createdAt: ctx.app.now(),
      })
      .returning({ id: styleImages.id, styleId: styleImages.styleId, contentType: styleImages.contentType }),
  );
  await audit(ctx, 'STYLE_IMAGES_CHANGED', style.id, { after: { imageId: row.id, contentType: row.contentType, bytes: image.bytes } });
  return row;
}

export async function removeStyleImage(ctx: WriteContext, imageId: string) {
  const image = await ownRow(ctx, styleImages, imageId, 'Style image');
  const style = await liveStyle(ctx, image.styleId);
  await ctx.tx.db.delete(styleImages).where(eq(styleImages.id, image.id));
  await audit(ctx, 'STYLE_IMAGES_CHANGED', style.id, { before: { imageId: image.id, contentType: image.contentType } });
  return style;
}

export async function createStyleBadge(ctx: WriteContext, nameInput: string) {
  const name = validate.text('name', nameInput, 50);
  const accountId = ctx.viewer.account.id;
  if (
    await first(
      ctx.tx.db
        .select({ id: styleBadges.id })
        .from(styleBadges)
        .where(and(eq(styleBadges.accountId, accountId), eq(styleBadges.name, name))),
    )
  ) {
    throw conflict(`There is already a badge named ${name}`, { field: 'name' });
  }
  const badge = await one(ctx.tx.db.insert(styleBadges).values({ accountId, name, createdAt: ctx.app.now() }).returning());
  await audit(ctx, 'STYLE_BADGES_CHANGED', badge.id, { after: { badgeId: badge.id, name } });
  return badge;
}

/** Puts a badge on a style (already there: nothing changes). */
export async function addStyleBadge(ctx: WriteContext, styleId: string, badgeId: string) {
  const style = await liveStyle(ctx, styleId);
  const badge = await ownRow(ctx, styleBadges, badgeId, 'Style badge');
  const added = await ctx.tx.db
    .insert(styleBadgeAssignments)
    .values({ accountId: style.accountId, styleId: style.id, badgeId: badge.id, createdAt: ctx.app.now() })
    .onConflictDoNothing({ target: [styleBadgeAssignments.styleId, styleBadgeAssignments.badgeId] })
    .returning({ id: styleBadgeAssignments.id });
  if (added.length > 0) await audit(ctx, 'STYLE_BADGES_CHANGED', style.id, { after: { badgeId: badge.id, name: badge.name } });
  return style;
}

/** Takes a badge off a style (not there: nothing changes). */
export async function removeStyleBadge(ctx: WriteContext, styleId: string, badgeId: string) {
  const style = await liveStyle(ctx, styleId);
  const badge = await ownRow(ctx, styleBadges, badgeId, 'Style badge');
  const removed = await ctx.tx.db
    .delete(styleBadgeAssignments)
    .where(and(eq(styleBadgeAssignments.styleId, style.id), eq(styleBadgeAssignments.badgeId, badge.id)))
    .returning({ id: styleBadgeAssignments.id });
  if (removed.length > 0) await audit(ctx, 'STYLE_BADGES_CHANGED', style.id, { before: { badgeId: badge.id, name: badge.name } });
  return style;
}

export interface SetStyleInventoryInput {
  styleId: string;
  size: string;
  colour: string;
  available: number;
}

/** Sets the units available of a style in one size and colour (0 keeps the row, at none available). */
export async function setStyleInventory(ctx: WriteContext, input: SetStyleInventoryInput) {
  const style = await liveStyle(ctx, input.styleId);
  const size = validate.text('size', input.size, 32);
  const colour = validate.text('colour', input.colour, 64);
  const available = validate.units('available', input.available);
  const at = and(eq(styleInventory.styleId, style.id), eq(styleInventory.size, size), eq(styleInventory.colour, colour));
  const before = await first(ctx.tx.db.select().from(styleInventory).where(at));
  if (before?.available === available) return style;
  await ctx.tx.db
    .insert(styleInventory)
    .values({ accountId: style.accountId, styleId: style.id, size, colour, available, createdAt: ctx.app.now() })
    .onConflictDoUpdate({ target: [styleInventory.styleId, styleInventory.size, styleInventory.colour], set: { available } });
  await audit(ctx, 'INVENTORY_SET', style.id, {
    before: before ? { size, colour, available: before.available } : null,
    after: { size, colour, available },
  });
  return style;
}
