import type { MemberContext } from '../../request/context.js';
import { overstockOf } from '../overstock/service.js';
import { stockPositions } from '../replenishment/positions.js';

export interface Overview {
  stockUnits: number;
  stockValueCents: number;
  retailValueCents: number;
  variantsOutOfStock: number;
  overstockValueCents: number;
  unitsSoldLast28Days: number;
}

/** The headline figures of the Overview page, from one pass over the account's stock positions. */
export async function overview(ctx: MemberContext): Promise<Overview> {
  const positions = await stockPositions(ctx);
  const onHandByVariant = new Map<string, number>();
  for (const position of positions)
    onHandByVariant.set(position.variantId, (onHandByVariant.get(position.variantId) ?? 0) + position.onHand);
  const total = (of: (position: (typeof positions)[number]) => number) => positions.reduce((sum, position) => sum + of(position), 0);
  return {
    stockUnits: total((p) => p.onHand),
    stockValueCents: total((p) => p.onHand * p.costCents),
    retailValueCents: total((p) => p.onHand * p.priceCents),
    variantsOutOfStock: [...onHandByVariant.values()].filter((units) => units === 0).length,
    overstockValueCents: overstockOf(positions, ctx.viewer.account.overstockCoverDays).reduce((sum, row) => sum + row.excessValueCents, 0),
    unitsSoldLast28Days: total((p) => p.soldInWindow),
  };
}
