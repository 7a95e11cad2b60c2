import { builder } from '../../graphql/builder.js';
import { pageType, pageArgs } from '../../graphql/pagination.js';
import { asMember } from '../../request/context.js';
import { MEMBER } from '../../graphql/scopes.js';
import { ownRow } from '../../request/tenancy.js';
import { inTransaction } from '../../request/transaction.js';
import { divisions } from '../brand/index.js';
import { optionRefs } from '../brand/types.js';
import { type StyleImageSummary, imagesOfStyle, styleImageUrl } from './images.js';
import {
  addStyle,
  addStyleBadge,
  copyStyle,
  createStyleBadge,
  deleteStyle,
  editStyle,
  listStyleBadges,
  listStyles,
  removeStyleBadge,
  removeStyleImage,
  setStyleDivision,
  setStyleInventory,
  setStyleUpc,
  uploadStyleImage,
} from './service.js';
import {
  type StyleBadgeRow,
  type StyleInventoryRow,
  type StyleRow,
  styleBadgeAssignments,
  styleBadges,
  styleInventory,
  styles,
} from './tables.js';

/** The `Division` type of the division options (src/modules/brand/types.ts). */
const DivisionRef = optionRefs.Division!;

const StyleImageRef = builder.objectRef<StyleImageSummary>('StyleImage').implement({
  description: 'An image of a style',
  authScopes: MEMBER,
  fields: (t) => ({
    id: t.exposeID('id'),
    url: t.string({
      description: 'Where the image bytes are served (GET, with the same "Authorization: Bearer <token>" header as GraphQL)',
      resolve: (image) => styleImageUrl(image.id),
    }),
    contentType: t.exposeString('contentType', { description: 'image/png, image/jpeg or image/webp' }),
  }),
});

export const StyleBadgeRef = builder.objectRef<StyleBadgeRow>('StyleBadge').implement({
  description: 'A custom style badge, such as "Best Seller"',
  authScopes: MEMBER,
  fields: (t) => ({
    id: t.exposeID('id'),
    name: t.exposeString('name'),
  }),
});

const StyleInventoryRef = builder.objectRef<StyleInventoryRow>('StyleInventory').implement({
  description: 'Units available of a style in one size and colour',
  authScopes: MEMBER,
  fields: (t) => ({
    size: t.exposeString('size'),
    colour: t.exposeString('colour'),
    available: t.exposeInt('available', { description: 'Units available to sell' }),
  }),
});

export const StyleRef = builder.objectRef<StyleRow>('Style').implement({
  description: "A style of the brand's collection, sold wholesale in sizes and colours. Money is in cents.",
  authScopes: MEMBER,
  fields: (t) => ({
    id: t.exposeID('id'),
    styleNumber: t.exposeString('styleNumber', { description: 'The brand’s number for the style, unique in the account' }),
    name: t.exposeString('name'),
    description: t.exposeString('description', { nullable: true }),
    wholesalePriceCents: t.expose('wholesalePriceCents', { type: 'Cents', description: 'The price of one unit to retailers' }),
    upc: t.exposeString('upc', { nullable: true, description: 'The UPC (12 to 14 digits)' }),
    division: t.field({
      type: DivisionRef,
      nullable: true,
      resolve: (style, _args, ctx) => (style.divisionId ? ctx.loaders.row(divisions).load(style.divisionId) : null),
    }),
    images: t.field({
      type: [StyleImageRef],
      description: 'Its images, oldest first',
      resolve: (style, _args, ctx) => imagesOfStyle(ctx, style.id),
    }),
    badges: t.field({
      type: [StyleBadgeRef],
      description: 'The custom badges on it, in the order they were put on',
      resolve: async (style, _args, ctx) => {
        const assignments = await ctx.loaders.children(styleBadgeAssignments, styleBadgeAssignments.styleId).load(style.id);
        const badges = await ctx.loaders.row(styleBadges).loadMany(assignments.map((assignment) => assignment.badgeId));
        return badges.filter((badge): badge is StyleBadgeRow => badge !== null && !(badge instanceof Error));
      },
    }),
    inventory: t.field({
      type: [StyleInventoryRef],
      description: 'Units available per size and colour, in the order they were first set',
      resolve: (style, _args, ctx) => ctx.loaders.children(styleInventory, styleInventory.styleId).load(style.id),
    }),
    deletedAt: t.expose('deletedAt', {
      type: 'DateTime',
      nullable: true,
      description: 'When it was deleted (it stays on orders and linesheets)',
    }),
    createdAt: t.expose('createdAt', { type: 'DateTime' }),
  }),
});

const StyleConnection = pageType('Style', StyleRef);

builder.queryFields((t) => ({
  styles: t.field({
    type: StyleConnection,
    description: "The account's styles, oldest first",
    authScopes: MEMBER,
    args: {
      ...pageArgs(t.arg),
      includeDeleted: t.arg.boolean({ required: false, description: 'Also list deleted styles (default false)' }),
    },
    resolve: (_root, args, ctx) => listStyles(asMember(ctx), args),
  }),
  style: t.field({
    type: StyleRef,
    description: 'One style of the account, deleted or not',
    authScopes: MEMBER,
    args: { id: t.arg.id({ required: true }) },
    resolve: (_root, { id }, ctx) => ownRow(asMember(ctx), styles, id, 'Style'),
  }),
  styleBadges: t.field({
    type: [StyleBadgeRef],
    description: "The account's custom style badges, oldest first",
    authScopes: MEMBER,
    resolve: (_root, _args, ctx) => listStyleBadges(asMember(ctx)),
  }),
}));

const AddStyleInput = builder.inputType('AddStyleInput', {
  fields: (t) => ({
    styleNumber: t.string({ required: true, description: 'Unique in the account, at most 64 characters' }),
    name: t.string({ required: true }),
    description: t.string({ required: false, description: 'At most 2,000 characters' }),
    wholesalePriceCents: t.field({ type: 'Cents', required: true }),
  }),
});

const EditStyleInput = builder.inputType('EditStyleInput', {
  fields: (t) => ({
    styleId: t.id({ required: true }),
    name: t.string({ required: false }),
    description: t.string({ required: false, description: 'An empty string clears it' }),
    wholesalePriceCents: t.field({ type: 'Cents', required: false }),
  }),
});

const SetStyleInventoryInput = builder.inputType('SetStyleInventoryInput', {
  fields: (t) => ({
    styleId: t.id({ required: true }),
    size: t.string({ required: true, description: 'At most 32 characters' }),
    colour: t.string({ required: true, description: 'At most 64 characters' }),
    available: t.int({ required: true, description: 'Units available, 0 to 1,000,000' }),
  }),
});

const DELETED_STYLES = 'A deleted style is no longer changed (CONFLICT, rule WRONG_STATUS).';
const EDIT_STYLE_IMAGES = { editStyleImages: true } as const;
const EDIT_STYLE_BADGES = { editStyleBadges: true } as const;

builder.mutationFields((t) => ({
  addStyle: t.field({
    type: StyleRef,
    description: 'Adds a style ("Restrict Add/Copy Styles" removes this)',
    authScopes: { addStyles: true },
    args: { input: t.arg({ type: AddStyleInput, required: true }) },
    resolve: (_root, { input }, ctx) => addStyle(inTransaction(ctx), input),
  }),
  copyStyle: t.field({
    type: StyleRef,
    description:
      'Adds a style with the name, description and wholesale price of another, under a new style number. ' +
      'Its UPC, division, images, badges and inventory are not copied (each needs its own permission). ' +
      '"Restrict Add/Copy Styles" removes this.',
    authScopes: { addStyles: true },
    args: { styleId: t.arg.id({ required: true }), styleNumber: t.arg.string({ required: true }) },
    resolve: (_root, { styleId, styleNumber }, ctx) => copyStyle(inTransaction(ctx), styleId, styleNumber),
  }),
  deleteStyle: t.field({
    type: StyleRef,
    description: 'Deletes a style: it leaves the styles list but stays on orders and linesheets ("Restrict Delete Styles" removes this)',
    authScopes: { deleteStyles: true },
    args: { id: t.arg.id({ required: true }) },
    resolve: (_root, { id }, ctx) => deleteStyle(inTransaction(ctx), id),
  }),
  editStyle: t.field({
    type: StyleRef,
    description: `Changes a style's name, description or wholesale price ("Restrict Edit Styles data" removes this). ${DELETED_STYLES}`,
    authScopes: { editStyles: true },
    args: { input: t.arg({ type: EditStyleInput, required: true }) },
    resolve: (_root, { input }, ctx) => editStyle(inTransaction(ctx), input),
  }),
  setStyleUpc: t.field({
    type: StyleRef,
    description: `Sets a style's UPC (12 to 14 digits, not another live style's) or, with null, clears it ("Allow Edit UPCs"). ${DELETED_STYLES}`,
    authScopes: { editUpcs: true },
    args: { styleId: t.arg.id({ required: true }), upc: t.arg.string({ required: false }) },
    resolve: (_root, { styleId, upc }, ctx) => setStyleUpc(inTransaction(ctx), styleId, upc ?? null),
  }),
  setStyleDivision: t.field({
    type: StyleRef,
    description: `Puts a style in a division or, with null, in none ("Allow Edit Divisions"). ${DELETED_STYLES}`,
    authScopes: { editStyleDivisions: true },
    args: { styleId: t.arg.id({ required: true }), divisionId: t.arg.id({ required: false }) },
    resolve: (_root, { styleId, divisionId }, ctx) => setStyleDivision(inTransaction(ctx), styleId, divisionId ?? null),
  }),
  uploadStyleImage: t.field({
    type: StyleImageRef,
    description:
      'Adds an image to a style: image/png, image/jpeg or image/webp, at most 2 MB, sent as base64; the bytes must be of ' +
      `the type given. A style holds at most 20 images ("Allow Edit Style Images"). ${DELETED_STYLES}`,
    authScopes: EDIT_STYLE_IMAGES,
    args: {
      styleId: t.arg.id({ required: true }),
      contentType: t.arg.string({ required: true }),
      dataBase64: t.arg.string({ required: true, description: 'The image bytes, base64-encoded' }),
    },
    resolve: (_root, args, ctx) => uploadStyleImage(inTransaction(ctx), args.styleId, args.contentType, args.dataBase64),
  }),
  removeStyleImage: t.field({
    type: StyleRef,
    description: `Removes an image from its style and answers the style ("Allow Edit Style Images"). ${DELETED_STYLES}`,
    authScopes: EDIT_STYLE_IMAGES,
    args: { imageId: t.arg.id({ required: true }) },
    resolve: (_root, { imageId }, ctx) => removeStyleImage(inTransaction(ctx), imageId),
  }),
  createStyleBadge: t.field({
    type: StyleBadgeRef,
    description:
      'Creates a custom style badge, such as "Best Seller" (name unique, at most 50 characters; "Allow Add/Edit Custom Style Badges")',
    authScopes: EDIT_STYLE_BADGES,
    args: { name: t.arg.string({ required: true }) },
    resolve: (_root, { name }, ctx) => createStyleBadge(inTransaction(ctx), name),
  }),
  addStyleBadge: t.field({
    type: StyleRef,
    description: `Puts a custom badge on a style ("Allow Add/Edit Custom Style Badges"). ${DELETED_STYLES}`,
    authScopes: EDIT_STYLE_BADGES,
    args: { styleId: t.arg.id({ required: true }), badgeId: t.arg.id({ required: true }) },
    resolve: (_root, { styleId, badgeId }, ctx) => addStyleBadge(inTransaction(ctx), styleId, badgeId),
  }),
  removeStyleBadge: t.field({
    type: StyleRef,
    description: `Takes a custom badge off a style ("Allow Add/Edit Custom Style Badges"). ${DELETED_STYLES}`,
    authScopes: EDIT_STYLE_BADGES,
    args: { styleId: t.arg.id({ required: true }), badgeId: t.arg.id({ required: true }) },
    resolve: (_root, { styleId, badgeId }, ctx) => removeStyleBadge(inTransaction(ctx), styleId, badgeId),
  }),
  setStyleInventory: t.field({
    type: StyleRef,
    description: `Sets the units available of a style in one size and colour ("Allow Edit Inventory"). ${DELETED_STYLES}`,
    authScopes: { editInventory: true },
    args: { input: t.arg({ type: SetStyleInventoryInput, required: true }) },
    resolve: (_root, { input }, ctx) => setStyleInventory(inTransaction(ctx), input),
  }),
}));
