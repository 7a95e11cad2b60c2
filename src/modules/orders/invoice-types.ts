import { builder } from '../../graphql/builder.js';
import { pageType, pageArgs } from '../../graphql/pagination.js';
import { asMember } from '../../request/context.js';
import { MEMBER } from '../../graphql/scopes.js';
import { inTransaction } from '../../request/transaction.js';
import { ConnectionRef, GEOGRAPHICALLY_SCOPED } from '../connections/types.js';
import { connections } from '../connections/index.js';
import { UserRef } from '../users/types.js';
import { listEvents, saveEvent } from './events.js';
import { invoiceOrder, listInvoices } from './invoices.js';
import { OrderRef } from './order-types.js';
import { type EventRow, type InvoiceRow, orders } from './tables.js';

const INVOICE_RETAILERS = { invoiceRetailers: true } as const;

const InvoiceRef = builder.objectRef<InvoiceRow>('Invoice').implement({
  description: 'An invoice to a retailer for an approved or shipped order ("Allow invoice retailers"). Money is in cents.',
  authScopes: INVOICE_RETAILERS,
  fields: (t) => ({
    id: t.exposeID('id'),
    number: t.exposeString('number', { description: "From the account's sequence: INV-00001, INV-00002, …" }),
    amountCents: t.expose('amountCents', { type: 'Cents', description: "The order's total when it was invoiced" }),
    order: t.field({
      type: OrderRef,
      description: 'The order invoiced',
      resolve: async (invoice, _args, ctx) => (await ctx.loaders.row(orders).load(invoice.orderId))!,
    }),
    connection: t.field({
      type: ConnectionRef,
      description: 'The retailer invoiced',
      resolve: async (invoice, _args, ctx) => (await ctx.loaders.row(connections).load(invoice.connectionId))!,
    }),
    issuedBy: t.field({
      type: UserRef,
      description: 'Who issued it',
      resolve: async (invoice, _args, ctx) => (await ctx.loaders.member.load(invoice.issuedById))!,
    }),
    createdAt: t.expose('createdAt', { type: 'DateTime', description: 'When it was issued' }),
  }),
});

const EventRef = builder.objectRef<EventRow>('Event').implement({
  description: 'An event (a trade show, a market week) on the app or the website',
  authScopes: MEMBER,
  fields: (t) => ({
    id: t.exposeID('id'),
    name: t.exposeString('name'),
    startsOn: t.exposeString('startsOn', { description: 'YYYY-MM-DD' }),
    endsOn: t.exposeString('endsOn', { description: 'YYYY-MM-DD, on or after startsOn' }),
    location: t.exposeString('location', { nullable: true, description: 'Where it takes place, when known' }),
  }),
});

const InvoiceConnection = pageType('Invoice', InvoiceRef);

builder.queryFields((t) => ({
  invoices: t.field({
    type: InvoiceConnection,
    description: 'The invoices the caller reaches (with geographic permissions on, those of connections in their regions), newest first',
    authScopes: INVOICE_RETAILERS,
    extensions: GEOGRAPHICALLY_SCOPED,
    args: pageArgs(t.arg),
    resolve: (_root, args, ctx) => listInvoices(asMember(ctx), args),
  }),
  events: t.field({
    type: [EventRef],
    description: "The account's events, soonest first",
    authScopes: MEMBER,
    resolve: (_root, _args, ctx) => listEvents(asMember(ctx)),
  }),
}));

const SaveEventInput = builder.inputType('SaveEventInput', {
  fields: (t) => ({
    id: t.id({ required: false, description: 'The event to change; left out, a new one is created' }),
    name: t.string({ required: true }),
    startsOn: t.string({ required: true, description: 'YYYY-MM-DD' }),
    endsOn: t.string({ required: true, description: 'YYYY-MM-DD, on or after startsOn' }),
    location: t.string({ required: false, description: 'Left out or null: none' }),
  }),
});

builder.mutationFields((t) => ({
  invoiceOrder: t.field({
    type: InvoiceRef,
    description: 'Invoices the retailer for an APPROVED or SHIPPED order, for its total; an order is invoiced once',
    authScopes: INVOICE_RETAILERS,
    extensions: GEOGRAPHICALLY_SCOPED,
    args: { orderId: t.arg.id({ required: true }) },
    resolve: (_root, { orderId }, ctx) => invoiceOrder(inTransaction(ctx), orderId),
  }),
  saveEvent: t.field({
    type: EventRef,
    description: 'Creates an event, or changes one (with its id)',
    authScopes: { editEvents: true },
    args: { input: t.arg({ type: SaveEventInput, required: true }) },
    resolve: (_root, { input }, ctx) => saveEvent(inTransaction(ctx), input),
  }),
}));
