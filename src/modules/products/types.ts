import { builder } from '../../graphql/builder.js';
import { pageType, pageArgs } from '../../graphql/pagination.js';
import { asMember } from '../../request/context.js';
import { inTransaction } from '../../request/transaction.js';
import { MEMBER } from '../../graphql/scopes.js';
import {
  createProduct,
  createVendor,
  createWarehouse,
  listProducts,
  listVendors,
  listWarehouses,
  recordSales,
  setStockLevel,
  updateVariant,
} from './service.js';
import {
  type ProductRow,
  type StockLevelRow,
  type VariantRow,
  type VendorRow,
  type WarehouseRow,
  products,
  stockLevels,
  variants,
  vendors,
  warehouses,
} from './tables.js';
import { ownRow } from '../../request/tenancy.js';

const CATALOG = { catalog: true } as const;
/** Warehouses and vendors are read by every feature that works with stock; not by a member with none of them. */
const STOCK_READERS = {
  $any: {
    catalog: true,
    replenishment: true,
    compareWarehouses: true,
    stockOrders: true,
    wholesale: true,
    overstock: true,
    reports: true,
    openToBuy: true,
  },
} as const;
const VENDOR_READERS = { $any: { catalog: true, stockOrders: true } } as const;
/**
 * Products and variants are found and read by the catalog and by the features that order them
 * (stock orders, wholesale: the Purchase orders set); the figures other sets guard (cost, margin,
 * stock, forecast) keep their own scopes on their fields.
 */
const PRODUCT_READERS = { $any: { catalog: true, stockOrders: true, wholesale: true } } as const;

export const WarehouseRef = builder.objectRef<WarehouseRow>('Warehouse').implement({
  description: 'A place stock is kept',
  authScopes: MEMBER,
  fields: (t) => ({
    id: t.exposeID('id'),
    name: t.exposeString('name'),
  }),
});

export const VendorRef = builder.objectRef<VendorRow>('Vendor').implement({
  description: 'A supplier stock orders go to',
  authScopes: MEMBER,
  fields: (t) => ({
    id: t.exposeID('id'),
    name: t.exposeString('name'),
    leadTimeDays: t.exposeInt('leadTimeDays', { description: 'Days from placing an order to receiving it' }),
    email: t.exposeString('email', {
      nullable: true,
      description: 'Where stock orders are emailed ("Email addresses", part of Purchase orders)',
      authScopes: { sendEmails: true },
    }),
  }),
});

const StockLevelRef = builder.objectRef<StockLevelRow>('StockLevel').implement({
  description: 'Units of a variant on hand in one warehouse',
  authScopes: MEMBER,
  fields: (t) => ({
    warehouse: t.field({
      type: WarehouseRef,
      resolve: async (level, _args, ctx) => (await ctx.loaders.row(warehouses).load(level.warehouseId))!,
    }),
    onHand: t.exposeInt('onHand'),
  }),
});

export const VariantRef = builder.objectRef<VariantRow>('Variant');
const ProductRef = builder.objectRef<ProductRow>('Product');

VariantRef.implement({
  description: 'A sellable variant of a product: what is stocked, ordered and sold. Money is in cents.',
  authScopes: MEMBER,
  fields: (t) => ({
    id: t.exposeID('id'),
    sku: t.exposeString('sku'),
    title: t.exposeString('title'),
    priceCents: t.expose('priceCents', { type: 'Cents' }),
    product: t.field({
      type: ProductRef,
      resolve: async (variant, _args, ctx) => (await ctx.loaders.row(products).load(variant.productId))!,
    }),
    costCents: t.expose('costCents', {
      type: 'Cents',
      nullable: true,
      description: 'What a unit costs the account; visible with the catalog',
      authScopes: CATALOG,
    }),
    marginPercent: t.float({
      nullable: true,
      description: '(price − cost) / price × 100; visible with the catalog',
      authScopes: CATALOG,
      resolve: (variant) => (variant.priceCents === 0 ? null : ((variant.priceCents - variant.costCents) / variant.priceCents) * 100),
    }),
    stock: t.field({
      type: [StockLevelRef],
      nullable: true,
      description: 'Units on hand per warehouse; visible with the catalog',
      authScopes: CATALOG,
      resolve: (variant, _args, ctx) => ctx.loaders.children(stockLevels, stockLevels.variantId).load(variant.id),
    }),
  }),
});

ProductRef.implement({
  description: 'A product of the catalog, with its variants',
  authScopes: MEMBER,
  fields: (t) => ({
    id: t.exposeID('id'),
    name: t.exposeString('name'),
    category: t.exposeString('category'),
    vendor: t.field({
      type: VendorRef,
      nullable: true,
      resolve: (product, _args, ctx) => (product.vendorId ? ctx.loaders.row(vendors).load(product.vendorId) : null),
    }),
    variants: t.field({
      type: [VariantRef],
      resolve: (product, _args, ctx) => ctx.loaders.children(variants, variants.productId).load(product.id),
    }),
  }),
});

const ProductConnection = pageType('Product', ProductRef);

builder.queryFields((t) => ({
  products: t.field({
    type: ProductConnection,
    description: 'The catalog, oldest first: the products the catalog, stock orders and wholesale work with',
    authScopes: PRODUCT_READERS,
    args: { ...pageArgs(t.arg), category: t.arg.string({ required: false }) },
    resolve: (_root, args, ctx) => listProducts(asMember(ctx), args),
  }),
  variant: t.field({
    type: VariantRef,
    description: 'A variant of the catalog, to the catalog, stock orders and wholesale',
    authScopes: PRODUCT_READERS,
    args: { id: t.arg.id({ required: true }) },
    resolve: (_root, { id }, ctx) => ownRow(asMember(ctx), variants, id, 'Variant'),
  }),
  warehouses: t.field({
    type: [WarehouseRef],
    description: "The account's warehouses",
    authScopes: STOCK_READERS,
    resolve: (_root, _args, ctx) => listWarehouses(asMember(ctx)),
  }),
  vendors: t.field({
    type: [VendorRef],
    description: "The account's vendors",
    authScopes: VENDOR_READERS,
    resolve: (_root, _args, ctx) => listVendors(asMember(ctx)),
  }),
}));

const VariantInput = builder.inputType('VariantInput', {
  fields: (t) => ({
    sku: t.string({ required: true }),
    title: t.string({ required: true }),
    costCents: t.field({ type: 'Cents', required: true }),
    priceCents: t.field({ type: 'Cents', required: true }),
  }),
});

const CreateProductInput = builder.inputType('CreateProductInput', {
  fields: (t) => ({
    name: t.string({ required: true }),
    category: t.string({ required: true }),
    vendorId: t.id({ required: false }),
    variants: t.field({ type: [VariantInput], required: true }),
  }),
});

const UpdateVariantInput = builder.inputType('UpdateVariantInput', {
  fields: (t) => ({
    variantId: t.id({ required: true }),
    title: t.string({ required: false }),
    costCents: t.field({ type: 'Cents', required: false }),
    priceCents: t.field({ type: 'Cents', required: false }),
  }),
});

const SetStockLevelInput = builder.inputType('SetStockLevelInput', {
  fields: (t) => ({
    variantId: t.id({ required: true }),
    warehouseId: t.id({ required: true }),
    onHand: t.int({ required: true }),
  }),
});

const RecordSalesInput = builder.inputType('RecordSalesInput', {
  fields: (t) => ({
    variantId: t.id({ required: true }),
    warehouseId: t.id({ required: true }),
    day: t.string({ required: true, description: 'YYYY-MM-DD' }),
    units: t.int({ required: true }),
  }),
});

const CreateVendorInput = builder.inputType('CreateVendorInput', {
  fields: (t) => ({
    name: t.string({ required: true }),
    leadTimeDays: t.int({ required: true }),
  }),
});

builder.mutationFields((t) => ({
  createProduct: t.field({
    type: ProductRef,
    description: 'Adds a product with its variants to the catalog',
    authScopes: CATALOG,
    args: { input: t.arg({ type: CreateProductInput, required: true }) },
    resolve: (_root, { input }, ctx) => createProduct(inTransaction(ctx), input),
  }),
  updateVariant: t.field({
    type: VariantRef,
    description: "Changes a variant's title, cost or price",
    authScopes: CATALOG,
    args: { input: t.arg({ type: UpdateVariantInput, required: true }) },
    resolve: (_root, { input }, ctx) => updateVariant(inTransaction(ctx), input),
  }),
  setStockLevel: t.field({
    type: VariantRef,
    description: 'Sets units on hand of a variant in a warehouse (after a count)',
    authScopes: CATALOG,
    args: { input: t.arg({ type: SetStockLevelInput, required: true }) },
    resolve: (_root, { input }, ctx) => setStockLevel(inTransaction(ctx), input),
  }),
  recordSales: t.field({
    type: VariantRef,
    description: 'Records units of a variant sold on a day from a warehouse (replacing that day’s figure)',
    authScopes: CATALOG,
    args: { input: t.arg({ type: RecordSalesInput, required: true }) },
    resolve: (_root, { input }, ctx) => recordSales(inTransaction(ctx), input),
  }),
  createWarehouse: t.field({
    type: WarehouseRef,
    authScopes: CATALOG,
    args: { name: t.arg.string({ required: true }) },
    resolve: (_root, { name }, ctx) => createWarehouse(inTransaction(ctx), name),
  }),
  createVendor: t.field({
    type: VendorRef,
    description: 'Adds a vendor (its email address is set with setVendorEmail)',
    authScopes: { stockOrders: true },
    args: { input: t.arg({ type: CreateVendorInput, required: true }) },
    resolve: (_root, { input }, ctx) => createVendor(inTransaction(ctx), input),
  }),
}));
