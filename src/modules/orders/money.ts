import type { ConnectionRow } from '../connections/index.js';
import type { OrderLineRow, OrderRow } from './tables.js';

/**
 * The money of a JOOR order, in whole cents, exactly (BigInt: past 2^53 too). Discounts apply one
 * after the other, each rounded half up to the cent: the SKU-level discount of each line, then the
 * retailer's discount on the subtotal, then the order-level discount on what is left. Every percent
 * is 0 to 100, so no amount goes below zero.
 */

export type Priced = Pick<OrderLineRow, 'quantity' | 'unitPriceCents' | 'discountPercent' | 'cancelledAt'>;

/** The discounts of an order past its lines, in percent. */
export interface OrderDiscounts {
  /** The retailer-level discount (the connection's customer-specific data). */
  retailerPercent: number;
  /** The order-level discount. */
  orderPercent: number;
}

/**
 * The discounts an order takes: the retailer's, as the order was submitted with it or, while it is
 * a DRAFT, its connection's current one (none: 0); and its own order-level discount.
 */
export const discountsOf = (
  order: Pick<OrderRow, 'discountPercent' | 'retailerDiscountPercent'>,
  connection: Pick<ConnectionRow, 'discountPercent'> | null,
): OrderDiscounts => ({
  retailerPercent: order.retailerDiscountPercent ?? connection?.discountPercent ?? 0,
  orderPercent: order.discountPercent,
});

/** `cents` less `percent`%, rounded to the nearest cent (half up), exactly (no float rounding). */
const discounted = (cents: bigint, percent: number) => (cents * BigInt(100 - percent) + 50n) / 100n;

/** quantity × unit price less the line's SKU-level discount, rounded to cents, exactly. */
const lineCents = (line: Priced) => discounted(BigInt(line.quantity) * BigInt(line.unitPriceCents), line.discountPercent);

/** The subtotal (the lines not cancelled), what each discount takes off it in turn, and the total. */
function exactMoney(discounts: OrderDiscounts, lines: readonly Priced[]) {
  const subtotal = lines.reduce((sum, line) => (line.cancelledAt ? sum : sum + lineCents(line)), 0n);
  const afterRetailer = discounted(subtotal, discounts.retailerPercent);
  const total = discounted(afterRetailer, discounts.orderPercent);
  return { subtotal, retailerDiscount: subtotal - afterRetailer, orderDiscount: afterRetailer - total, total };
}

/*
 * Money as the `Cents` scalar answers it. Past 2^53 the number is no longer exact, and the scalar
 * then answers an error rather than a rounded amount (the discounts may bring a total back under it).
 */

export const lineTotalCents = (line: Priced) => Number(lineCents(line));

export function orderMoney(discounts: OrderDiscounts, lines: readonly Priced[]) {
  const money = exactMoney(discounts, lines);
  return {
    subtotalCents: Number(money.subtotal),
    retailerDiscountCents: Number(money.retailerDiscount),
    orderDiscountCents: Number(money.orderDiscount),
    totalCents: Number(money.total),
  };
}

export const orderTotalCents = (discounts: OrderDiscounts, lines: readonly Priced[]) => Number(exactMoney(discounts, lines).total);
