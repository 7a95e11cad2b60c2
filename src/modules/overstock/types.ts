import { builder } from '../../graphql/builder.js';
import { asMember } from '../../request/context.js';
import { VariantRef, WarehouseRef } from '../products/types.js';
import { variants, warehouses } from '../products/index.js';
import { type OverstockRow, overstock } from './service.js';

const OVERSTOCK = { overstock: true } as const;

const OverstockRowRef = builder.objectRef<OverstockRow>('OverstockRow').implement({
  description:
    "Stock beyond the account's overstockCoverDays of forecast sales: excessUnits = onHand − ceil(dailyForecast × overstockCoverDays)",
  authScopes: OVERSTOCK,
  fields: (t) => ({
    variant: t.field({ type: VariantRef, resolve: async (row, _args, ctx) => (await ctx.loaders.row(variants).load(row.variantId))! }),
    warehouse: t.field({
      type: WarehouseRef,
      resolve: async (row, _args, ctx) => (await ctx.loaders.row(warehouses).load(row.warehouseId))!,
    }),
    onHand: t.exposeInt('onHand'),
    dailyForecast: t.exposeFloat('dailyForecast'),
    daysOfCover: t.exposeFloat('daysOfCover', { nullable: true }),
    excessUnits: t.exposeInt('excessUnits'),
    excessValueCents: t.expose('excessValueCents', { type: 'Cents', description: 'Excess units at cost' }),
  }),
});

builder.queryField('overstock', (t) =>
  t.field({
    type: [OverstockRowRef],
    description: 'The Overstock report: variants above their target cover, largest excess value first',
    authScopes: OVERSTOCK,
    resolve: (_root, _args, ctx) => overstock(asMember(ctx)),
  }),
);
