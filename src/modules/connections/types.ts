import { builder } from '../../graphql/builder.js';
import { pageType, pageArgs } from '../../graphql/pagination.js';
import { asMember } from '../../request/context.js';
import { MEMBER, USER_MANAGER } from '../../graphql/scopes.js';
import { inTransaction } from '../../request/transaction.js';
import { companyNumbers, customerGroups } from '../brand/index.js';
import { describedEnum } from '../../graphql/enums.js';
import { UserRef } from '../users/types.js';
import { CUSTOMER_DATA, VALUE_KINDS, type ValueKind } from './customer-data.js';
import { reachableConnection, regionsOfMember } from './scope.js';
import {
  addConnection,
  assignToConnection,
  createRegion,
  listConnections,
  listRegions,
  removeConnection,
  setUserRegions,
  updateConnection,
} from './service.js';
import { type ConnectionRow, type RegionRow, regions } from './tables.js';

/** Every path that adds a client (a new connection) needs it: "Restrict Add Client" holds on all of them. */
export const ADD_CLIENTS = { addClients: true } as const;

/** Declares that a field reaches only the connections geographic scope leaves (src/modules/permissions/guards.ts). */
export const GEOGRAPHICALLY_SCOPED = { narrowedBy: 'CONNECTIONS_BY_REGION' } as const;

const RegionRef = builder.objectRef<RegionRow>('Region').implement({
  description: 'A geographic region: connections are in one; members are assigned some (geographic permissions)',
  authScopes: MEMBER,
  fields: (t) => ({ id: t.exposeID('id'), name: t.exposeString('name') }),
});

const ConnectionStatusEnum = describedEnum('ConnectionStatus', 'Where a retailer connection stands', {
  ACTIVE: 'Connected',
  PENDING: 'Not connected yet: an order was assigned to the retailer, or a client was added on the iPad',
  REMOVED: 'Removed; kept for its orders and invoices',
});

export const ConnectionRef = builder.objectRef<ConnectionRow>('Connection').implement({
  description:
    'A retailer the brand sells to, with its customer-specific data. With geographic permissions on, a member reaches only the connections in their regions',
  authScopes: MEMBER,
  fields: (t) => ({
    id: t.exposeID('id'),
    retailerName: t.exposeString('retailerName'),
    status: t.expose('status', { type: ConnectionStatusEnum }),
    region: t.field({
      type: RegionRef,
      nullable: true,
      resolve: (connection, _args, ctx) => (connection.regionId ? ctx.loaders.row(regions).load(connection.regionId) : null),
    }),
    companyNumber: t.string({
      nullable: true,
      description: 'The company number assigned to the connection',
      resolve: async (connection, _args, ctx) =>
        connection.companyNumberId ? ((await ctx.loaders.row(companyNumbers).load(connection.companyNumberId))?.number ?? null) : null,
    }),
    customerGroup: t.string({
      nullable: true,
      description: 'The customer group assigned to the connection',
      resolve: async (connection, _args, ctx) =>
        connection.customerGroupId ? ((await ctx.loaders.row(customerGroups).load(connection.customerGroupId))?.name ?? null) : null,
    }),
    minimumOrderCents: t.expose('minimumOrderCents', {
      type: 'Cents',
      nullable: true,
      description: 'Retailer order restriction: the smallest order',
    }),
    retailerMayEditOrders: t.exposeBoolean('retailerMayEditOrders', { description: 'Retailer order restriction' }),
    billingAddress: t.exposeString('billingAddress', { nullable: true }),
    shippingAddress: t.exposeString('shippingAddress', { nullable: true }),
    budgetCents: t.expose('budgetCents', { type: 'Cents', nullable: true }),
    buyers: t.exposeStringList('buyers'),
    currencies: t.exposeStringList('currencies'),
    customerCode: t.exposeString('customerCode', { nullable: true }),
    discountPercent: t.exposeInt('discountPercent', {
      nullable: true,
      description:
        'Retailer-level discount, in percent: taken off the subtotal of its orders (a draft follows it; an order keeps the one it was submitted with)',
    }),
    doors: t.exposeStringList('doors'),
    paymentMethods: t.exposeStringList('paymentMethods'),
    salesReps: t.exposeStringList('salesReps'),
    shippingMethods: t.exposeStringList('shippingMethods'),
    warehouses: t.exposeStringList('warehouses'),
    removedAt: t.expose('removedAt', { type: 'DateTime', nullable: true }),
  }),
});

const ConnectionConnection = pageType('Connection', ConnectionRef);

builder.objectField(UserRef, 'regions', (t) =>
  t.field({
    type: [RegionRef],
    nullable: true,
    description: "The user's geographic regions. Visible to the user themselves and to user managers.",
    authScopes: (user, _args, ctx) => user.id === ctx.viewer?.member.id || USER_MANAGER,
    extensions: { rule: USER_MANAGER },
    resolve: (user, _args, ctx) => regionsOfMember(asMember(ctx), user.id),
  }),
);

builder.queryFields((t) => ({
  regions: t.field({
    type: [RegionRef],
    description: "The account's geographic regions",
    authScopes: MEMBER,
    resolve: (_root, _args, ctx) => listRegions(asMember(ctx)),
  }),
  connections: t.field({
    extensions: GEOGRAPHICALLY_SCOPED,
    type: ConnectionConnection,
    description: 'Retailer connections, oldest first: only those in your regions while geographic permissions are on',
    authScopes: MEMBER,
    args: { ...pageArgs(t.arg), status: t.arg({ type: ConnectionStatusEnum, required: false }) },
    resolve: (_root, args, ctx) => listConnections(asMember(ctx), args),
  }),
  connection: t.field({
    extensions: GEOGRAPHICALLY_SCOPED,
    type: ConnectionRef,
    description: 'A retailer connection; NOT_FOUND outside your regions while geographic permissions are on',
    authScopes: MEMBER,
    args: { id: t.arg.id({ required: true }) },
    resolve: (_root, { id }, ctx) => reachableConnection(asMember(ctx), id),
  }),
}));

builder.mutationFields((t) => ({
  createRegion: t.field({
    type: RegionRef,
    description: 'Adds a geographic region (regions are managed with users)',
    authScopes: USER_MANAGER,
    args: { name: t.arg.string({ required: true }) },
    resolve: (_root, { name }, ctx) => createRegion(inTransaction(ctx), name),
  }),
  setUserRegions: t.field({
    type: UserRef,
    description: "Replaces a user's regions; they hear of it on myPermissionsChanged (REGIONS_CHANGED)",
    authScopes: USER_MANAGER,
    args: { userId: t.arg.id({ required: true }), regionIds: t.arg.idList({ required: true }) },
    resolve: (_root, { userId, regionIds }, ctx) => setUserRegions(inTransaction(ctx), userId, regionIds),
  }),
  setConnectionRegion: t.field({
    extensions: GEOGRAPHICALLY_SCOPED,
    type: ConnectionRef,
    description: 'Puts a connection in a region (regions are managed with users)',
    authScopes: USER_MANAGER,
    args: { connectionId: t.arg.id({ required: true }), regionId: t.arg.id({ required: false }) },
    resolve: (_root, { connectionId, regionId }, ctx) => assignToConnection(inTransaction(ctx), connectionId, 'regionId', regionId),
  }),
  connectRetailer: t.field({
    extensions: GEOGRAPHICALLY_SCOPED,
    type: ConnectionRef,
    description:
      'Connects a retailer (in one of your regions, while geographic permissions are on): adding a client, which "Restrict Add Client" takes away',
    authScopes: ADD_CLIENTS,
    args: { retailerName: t.arg.string({ required: true }), regionId: t.arg.id({ required: false }) },
    resolve: (_root, { retailerName, regionId }, ctx) => addConnection(inTransaction(ctx), retailerName, regionId, 'ACTIVE'),
  }),
  removeConnection: t.field({
    extensions: GEOGRAPHICALLY_SCOPED,
    type: ConnectionRef,
    description: 'Removes a retailer connection ("Restrict Remove Connections" takes this away)',
    authScopes: { removeConnections: true },
    args: { id: t.arg.id({ required: true }) },
    resolve: (_root, { id }, ctx) => removeConnection(inTransaction(ctx), id),
  }),
  assignCompanyNumber: t.field({
    extensions: GEOGRAPHICALLY_SCOPED,
    type: ConnectionRef,
    description: 'Assigns a company number to a connection (null to clear)',
    authScopes: { assignCompanyNumbers: true },
    args: { connectionId: t.arg.id({ required: true }), companyNumberId: t.arg.id({ required: false }) },
    resolve: (_root, args, ctx) => assignToConnection(inTransaction(ctx), args.connectionId, 'companyNumberId', args.companyNumberId),
  }),
  assignCustomerGroup: t.field({
    extensions: GEOGRAPHICALLY_SCOPED,
    type: ConnectionRef,
    description: 'Assigns a customer group to a connection (null to clear)',
    authScopes: { assignCustomerGroups: true },
    args: { connectionId: t.arg.id({ required: true }), customerGroupId: t.arg.id({ required: false }) },
    resolve: (_root, args, ctx) => assignToConnection(inTransaction(ctx), args.connectionId, 'customerGroupId', args.customerGroupId),
  }),
}));

/** The GraphQL argument of each kind of customer-specific data. */
const argumentOf = (arg: Parameters<Parameters<typeof builder.mutationFields>[0]>[0]['arg'], kind: ValueKind) =>
  kind === 'list' || kind === 'currencies'
    ? arg.stringList({ required: true })
    : kind === 'cents'
      ? arg({ type: 'Cents', required: false })
      : kind === 'percent'
        ? arg.int({ required: false })
        : arg.string({ required: false });

// One mutation per group of customer-specific data, each guarded by its own capability.
builder.mutationFields((t) =>
  Object.fromEntries(
    CUSTOMER_DATA.map(({ mutation, capability, description, fields }) => [
      mutation,
      t.field({
        type: ConnectionRef,
        description: `Sets a connection's ${description} (customer-specific data)`,
        authScopes: { [capability]: true },
        extensions: GEOGRAPHICALLY_SCOPED,
        args: {
          connectionId: t.arg.id({ required: true }),
          ...Object.fromEntries(Object.entries(fields).map(([field, kind]) => [field, argumentOf(t.arg, kind!)])),
        },
        resolve: async (_root, args, ctx) => {
          const write = inTransaction(ctx);
          const connection = await reachableConnection(write, args.connectionId as string);
          const values = Object.fromEntries(
            Object.entries(fields).map(([field, kind]) => [field, VALUE_KINDS[kind!](field, (args as Record<string, unknown>)[field])]),
          );
          return updateConnection(write, connection, 'CONNECTION_DATA_EDITED', values);
        },
      }),
    ]),
  ),
);
