import { builder } from '../../graphql/builder.js';
import { pageType, pageArgs } from '../../graphql/pagination.js';
import { asMember } from '../../request/context.js';
import { inTransaction } from '../../request/transaction.js';
import { UserRef } from '../users/types.js';
import { listSyncRuns, runSync } from './service.js';
import type { SyncRunRow } from './tables.js';

/** Every member has Sync, whatever their permissions; nothing takes it away. */
const SYNC = { sync: true } as const;

const SyncRunRef = builder.objectRef<SyncRunRow>('SyncRun').implement({
  description: 'One run of Sync: who started it and what it brought up to date',
  authScopes: SYNC,
  fields: (t) => ({
    id: t.exposeID('id'),
    startedBy: t.field({
      type: UserRef,
      resolve: async (run, _args, ctx) => (await ctx.loaders.member.load(run.startedById))!,
    }),
    variantCount: t.exposeInt('variantCount', { description: 'Variants in the catalog after the run' }),
    warehouseCount: t.exposeInt('warehouseCount', { description: 'Warehouses after the run' }),
    startedAt: t.expose('createdAt', { type: 'DateTime' }),
    finishedAt: t.expose('finishedAt', { type: 'DateTime' }),
  }),
});

const SyncRunConnection = pageType('SyncRun', SyncRunRef);

builder.queryField('syncRuns', (t) =>
  t.field({
    type: SyncRunConnection,
    description: "The account's sync runs, newest first",
    authScopes: SYNC,
    args: pageArgs(t.arg),
    resolve: (_root, args, ctx) => listSyncRuns(asMember(ctx), args),
  }),
);

builder.mutationField('runSync', (t) =>
  t.field({
    type: SyncRunRef,
    description: "Brings the catalog up to date with the store (here: counts the account's variants and warehouses); any member may",
    authScopes: SYNC,
    resolve: (_root, _args, ctx) => runSync(inTransaction(ctx)),
  }),
);
