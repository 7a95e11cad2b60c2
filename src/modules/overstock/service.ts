import type { MemberContext } from '../../request/context.js';
import { type StockPosition, daysOfCover, excessUnits, stockPositions } from '../replenishment/positions.js';

export interface OverstockRow extends StockPosition {
  daysOfCover: number | null;
  excessUnits: number;
  excessValueCents: number;
}

/** Overstock: positions with units beyond the account's overstock cover days, by excess value. */
export function overstockOf(positions: StockPosition[], overstockCoverDays: number): OverstockRow[] {
  return positions
    .map((position) => {
      const excess = excessUnits(position, overstockCoverDays);
      return { ...position, daysOfCover: daysOfCover(position), excessUnits: excess, excessValueCents: excess * position.costCents };
    })
    .filter((row) => row.excessUnits > 0)
    .sort((a, b) => b.excessValueCents - a.excessValueCents || a.variantId.localeCompare(b.variantId));
}

export const overstock = async (ctx: MemberContext) => overstockOf(await stockPositions(ctx), ctx.viewer.account.overstockCoverDays);
