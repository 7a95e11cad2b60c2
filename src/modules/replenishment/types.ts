import { builder } from '../../graphql/builder.js';
import { asMember } from '../../request/context.js';
import { inTransaction } from '../../request/transaction.js';
import { VariantRef, WarehouseRef } from '../products/types.js';
import { variants, warehouses } from '../products/index.js';
import { VELOCITY_DAYS } from './positions.js';
import { type Suggestion, type WarehouseComparison, compareWarehouses, replenishment, setForecast } from './service.js';

const REPLENISHMENT = { replenishment: true } as const;

const ForecastSourceEnum = builder.enumType('ForecastSource', {
  values: {
    SALES: { description: `Sales velocity: units sold over the last ${VELOCITY_DAYS} days, per day` },
    EDITED: { description: 'The forecast set with setForecast, spread over warehouses by their share of sales' },
  },
});

const SuggestionRef = builder.objectRef<Suggestion>('ReplenishmentSuggestion').implement({
  description:
    'Where a variant stands in a warehouse, and how many units to order: ' +
    'ceil(dailyForecast × (leadTimeDays + account coverDays) − onHand − onOrder), never below zero',
  authScopes: { $any: { replenishment: true, compareWarehouses: true } },
  fields: (t) => ({
    variant: t.field({ type: VariantRef, resolve: async (row, _args, ctx) => (await ctx.loaders.row(variants).load(row.variantId))! }),
    warehouse: t.field({
      type: WarehouseRef,
      resolve: async (row, _args, ctx) => (await ctx.loaders.row(warehouses).load(row.warehouseId))!,
    }),
    onHand: t.exposeInt('onHand'),
    onOrder: t.exposeInt('onOrder', { description: 'Units on placed stock orders not yet received' }),
    soldLast28Days: t.exposeInt('soldInWindow'),
    dailyForecast: t.exposeFloat('dailyForecast'),
    forecastSource: t.expose('forecastSource', { type: ForecastSourceEnum }),
    leadTimeDays: t.exposeInt('leadTimeDays', { description: "The product's vendor's lead time (14 days without a vendor)" }),
    daysOfCover: t.exposeFloat('daysOfCover', { nullable: true, description: 'How long the stock on hand lasts at the forecast rate' }),
    suggestedQuantity: t.exposeInt('suggestedQuantity'),
  }),
});

const ComparisonRef = builder.objectRef<WarehouseComparison>('WarehouseComparison').implement({
  description: 'One variant across the warehouses that stock or sell it',
  authScopes: { compareWarehouses: true },
  fields: (t) => ({
    variant: t.field({ type: VariantRef, resolve: async (row, _args, ctx) => (await ctx.loaders.row(variants).load(row.variantId))! }),
    warehouses: t.field({ type: [SuggestionRef], resolve: (row) => row.positions }),
  }),
});

builder.queryFields((t) => ({
  replenishment: t.field({
    type: [SuggestionRef],
    description: 'What to reorder, per variant and warehouse, largest suggestion first',
    authScopes: REPLENISHMENT,
    args: { warehouseId: t.arg.id({ required: false }) },
    resolve: (_root, { warehouseId }, ctx) => replenishment(asMember(ctx), warehouseId),
  }),
  compareWarehouses: t.field({
    type: [ComparisonRef],
    description: 'Stock, sales and cover of each variant side by side in every warehouse',
    authScopes: { compareWarehouses: true },
    args: { variantIds: t.arg.idList({ required: false }) },
    resolve: (_root, { variantIds }, ctx) => compareWarehouses(asMember(ctx), variantIds),
  }),
}));

const SetForecastInput = builder.inputType('SetForecastInput', {
  fields: (t) => ({
    variantId: t.id({ required: true }),
    monthlyUnits: t.int({ required: false, description: 'Expected units sold per 30 days; null returns to sales velocity' }),
  }),
});

builder.mutationField('setForecast', (t) =>
  t.field({
    type: VariantRef,
    description: '"Edit forecast": overrides the sales forecast of a variant, which replenishment then uses',
    authScopes: { editForecast: true },
    args: { input: t.arg({ type: SetForecastInput, required: true }) },
    resolve: (_root, { input }, ctx) => setForecast(inTransaction(ctx), input),
  }),
);

builder.objectField(VariantRef, 'forecastMonthlyUnits', (t) =>
  t.exposeInt('forecastMonthlyUnits', {
    nullable: true,
    description: 'The edited forecast (units per 30 days), or null when replenishment uses sales velocity',
    authScopes: REPLENISHMENT,
  }),
);
