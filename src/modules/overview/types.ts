import { builder } from '../../graphql/builder.js';
import { asMember } from '../../request/context.js';
import { type Overview, overview } from './service.js';

const OverviewRef = builder.objectRef<Overview>('Overview').implement({
  description: 'Headline figures of the account, computed from stock levels, sales and costs. Money is in cents.',
  authScopes: { overview: true },
  fields: (t) => ({
    stockUnits: t.expose('stockUnits', { type: 'Count', description: 'Units on hand in every warehouse' }),
    stockValueCents: t.expose('stockValueCents', { type: 'Cents', description: 'Units on hand at cost' }),
    retailValueCents: t.expose('retailValueCents', { type: 'Cents', description: 'Units on hand at price' }),
    variantsOutOfStock: t.exposeInt('variantsOutOfStock', {
      description: 'Variants with stock records or sales and no unit on hand in any warehouse',
    }),
    overstockValueCents: t.expose('overstockValueCents', { type: 'Cents', description: 'Excess units at cost (see `overstock`)' }),
    unitsSoldLast28Days: t.expose('unitsSoldLast28Days', { type: 'Count' }),
  }),
});

builder.queryField('overview', (t) =>
  t.field({
    type: OverviewRef,
    description: 'The Overview page',
    authScopes: { overview: true },
    resolve: (_root, _args, ctx) => overview(asMember(ctx)),
  }),
);
