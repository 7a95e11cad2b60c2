import { and, eq } from 'drizzle-orm';
import type { MemberContext } from '../../request/context.js';
import { paginate } from '../../db/paginate.js';
import { first, one } from '../../db/rows.js';
import { conflict } from '../../errors.js';
import { requireStatus } from '../../lib/orders.js';
import type { PageArgs } from '../../lib/pagination.js';
import { inAccount } from '../../request/tenancy.js';
import type { WriteContext } from '../../request/transaction.js';
import { audit } from '../audit/service.js';
import { ofReachableConnection } from '../connections/scope.js';
import { discountsOf, orderTotalCents } from './money.js';
import { linesOfOrder } from './rules.js';
import { nextNumber, reachableOrder } from './service.js';
import { invoices } from './tables.js';

/** The invoices the caller reaches (those of connections in their regions, when geographically scoped), newest first. */
export async function listInvoices(ctx: MemberContext, args: PageArgs) {
  const scope = and(inAccount(ctx, invoices), await ofReachableConnection(ctx, invoices.connectionId));
  return paginate(ctx.app.db.read, invoices, scope, args, 'desc');
}

/** The largest amount an invoice stores (an integer column on both databases). */
const MAX_AMOUNT_CENTS = 2_147_483_647;

/**
 * Invoices the retailer for an APPROVED or SHIPPED order: one invoice per order, for the order's
 * total after every discount (./money.ts), numbered from the account's sequence (`INV-00001`).
 */
export async function invoiceOrder(ctx: WriteContext, orderId: string) {
  const { row: order, connection } = await reachableOrder(ctx, orderId);
  requireStatus(order, ['APPROVED', 'SHIPPED'], 'order');
  const existing = await first(ctx.tx.db.select().from(invoices).where(eq(invoices.orderId, order.id)));
  if (existing) throw conflict(`The order was already invoiced (${existing.number})`);
  const amountCents = orderTotalCents(discountsOf(order, connection), await linesOfOrder(ctx, order.id));
  if (amountCents > MAX_AMOUNT_CENTS) throw conflict('The order total is above the largest invoice amount ($21,474,836.47)');
  const accountId = ctx.viewer.account.id;
  const number = await nextNumber(ctx.tx.db, 'INV', invoices, accountId);
  const invoice = await one(
    ctx.tx.db
      .insert(invoices)
      .values({
        accountId,
        orderId: order.id,
        connectionId: order.connectionId,
        number,
        amountCents,
        issuedById: ctx.viewer.member.id,
        createdAt: ctx.app.now(),
      })
      .returning(),
  );
  await audit(ctx, 'INVOICE_ISSUED', invoice.id, { after: { orderId: order.id, number, amountCents } });
  return invoice;
}
