import { index, integer, table, text, timestamp, uniqueIndex } from '../../db/dialect.js';
import { createdAt, id } from '../../db/columns.js';
import { accountId } from '../../db/tenant.js';
import { divisions } from '../brand/tables.js';

/** A style of the brand's collection (JOOR's product), sold wholesale in sizes and colours. */
export const styles = table(
  'styles',
  {
    id: id(),
    accountId: accountId(),
    styleNumber: text('style_number').notNull(),
    name: text('name').notNull(),
    description: text('description'),
    wholesalePriceCents: integer('wholesale_price_cents').notNull(),
    upc: text('upc'),
    divisionId: text('division_id').references(() => divisions.id),
    /** Soft delete: orders and linesheets that hold the style keep showing it. */
    deletedAt: timestamp('deleted_at'),
    createdAt: createdAt(),
  },
  (t) => [
    uniqueIndex('styles_account_number').on(t.accountId, t.styleNumber),
    index('styles_account_created').on(t.accountId, t.createdAt, t.id),
  ],
);

/** An image of a style, stored in the database and served at /styles/images/<id>. */
export const styleImages = table(
  'style_images',
  {
    id: id(),
    accountId: accountId(),
    styleId: text('style_id')
      .notNull()
      .references(() => styles.id),
    contentType: text('content_type').notNull(),
    /** The image bytes, base64-encoded (one encoding both databases store as text). */
    dataBase64: text('data_base64').notNull(),
    createdAt: createdAt(),
  },
  (t) => [index('style_images_style').on(t.styleId)],
);

/** Custom style badges ("Best Seller"). */
export const styleBadges = table(
  'style_badges',
  { id: id(), accountId: accountId(), name: text('name').notNull(), createdAt: createdAt() },
  (t) => [uniqueIndex('style_badges_account_name').on(t.accountId, t.name)],
);

/** A badge on a style, everywhere the style shows. */
export const styleBadgeAssignments = table(
  'style_badge_assignments',
  {
    id: id(),
    accountId: accountId(),
    styleId: text('style_id')
      .notNull()
      .references(() => styles.id),
    badgeId: text('badge_id')
      .notNull()
      .references(() => styleBadges.id),
    createdAt: createdAt(),
  },
  (t) => [uniqueIndex('style_badge_assignments_style_badge').on(t.styleId, t.badgeId)],
);

/** Units available of a style in one size and colour (JOOR's inventory). */
export const styleInventory = table(
  'style_inventory',
  {
    id: id(),
    accountId: accountId(),
    styleId: text('style_id')
      .notNull()
      .references(() => styles.id),
    size: text('size').notNull(),
    colour: text('colour').notNull(),
    available: integer('available').notNull(),
    createdAt: createdAt(),
  },
  (t) => [uniqueIndex('style_inventory_style_size_colour').on(t.styleId, t.size, t.colour)],
);

export type StyleRow = typeof styles.$inferSelect;
export type StyleImageRow = typeof styleImages.$inferSelect;
export type StyleBadgeRow = typeof styleBadges.$inferSelect;
export type StyleInventoryRow = typeof styleInventory.$inferSelect;
