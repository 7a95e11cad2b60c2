import { builder } from '../../graphql/builder.js';
import { pageType, pageArgs } from '../../graphql/pagination.js';
import { asMember } from '../../request/context.js';
import { describedEnum } from '../../graphql/enums.js';
import { MEMBER } from '../../graphql/scopes.js';
import { inTransaction } from '../../request/transaction.js';
import type { Policy } from '../../graphql/policy.js';
import { StyleBadgeRef, StyleRef } from '../styles/types.js';
import { styleBadges, styles } from '../styles/index.js';
import { UserRef } from '../users/types.js';
import {
  type LinesheetSettings,
  archiveLinesheet,
  changeLinesheetSettings,
  createLinesheet,
  deleteLinesheet,
  listLinesheets,
  setLinesheetStyleBadge,
  updateLinesheet,
  visibleLinesheet,
} from './service.js';
import { LINESHEET_POLICIES } from './policies.js';
import { type LinesheetKind, type LinesheetRow, type LinesheetStyleRow, linesheetStyles } from './tables.js';

const LinesheetKindEnum = describedEnum('LinesheetKind', 'Whose a linesheet is', {
  ADMIN: "The brand's own linesheet, seen by every member (creating and editing one can be restricted)",
  CUSTOM: 'Made by a member for a buyer: seen and changed by its owner only',
} satisfies Record<LinesheetKind, string>);

const LinesheetStyleRef = builder.objectRef<LinesheetStyleRow>('LinesheetStyle').implement({
  description: 'A style on a linesheet, with the custom badge shown on it there',
  authScopes: MEMBER,
  fields: (t) => ({
    style: t.field({
      type: StyleRef,
      description: 'The style (a deleted style stays on the linesheet)',
      resolve: async (line, _args, ctx) => (await ctx.loaders.row(styles).load(line.styleId))!,
    }),
    badge: t.field({
      type: StyleBadgeRef,
      nullable: true,
      description: 'The badge shown on the style on this linesheet (admin linesheets only)',
      resolve: (line, _args, ctx) => (line.badgeId ? ctx.loaders.row(styleBadges).load(line.badgeId) : null),
    }),
  }),
});

const LinesheetRef = builder.objectRef<LinesheetRow>('Linesheet').implement({
  description: 'Styles offered for a season, from a start-ship date, with preset delivery dates',
  authScopes: MEMBER,
  fields: (t) => ({
    id: t.exposeID('id'),
    kind: t.expose('kind', { type: LinesheetKindEnum }),
    name: t.exposeString('name'),
    owner: t.field({
      type: UserRef,
      description: 'Who created it',
      resolve: async (sheet, _args, ctx) => (await ctx.loaders.member.load(sheet.ownerId))!,
    }),
    startShip: t.exposeString('startShip', { description: 'YYYY-MM-DD: orders from it ship from this day' }),
    deliveryDates: t.exposeStringList('deliveryDates', {
      description: 'YYYY-MM-DD each, in order: the days an order from it may be delivered',
    }),
    private: t.exposeBoolean('private', { description: 'Visible only to the connected retailers the brand chose' }),
    syncToIpad: t.exposeBoolean('syncToIpad', { description: 'Synced to the iPad app' }),
    sharedAt: t.expose('sharedAt', { type: 'DateTime', nullable: true, description: 'When it was last shared' }),
    archivedAt: t.expose('archivedAt', {
      type: 'DateTime',
      nullable: true,
      description: 'When it was archived (then it is no longer changed)',
    }),
    styles: t.field({
      type: [LinesheetStyleRef],
      description: 'Its styles, in the order they were added',
      resolve: (sheet, _args, ctx) => ctx.loaders.children(linesheetStyles, linesheetStyles.linesheetId).load(sheet.id),
    }),
    createdAt: t.expose('createdAt', { type: 'DateTime' }),
  }),
});

const LinesheetConnection = pageType('Linesheet', LinesheetRef);

builder.queryFields((t) => ({
  linesheets: t.field({
    type: LinesheetConnection,
    description: "The account's ADMIN linesheets and the caller's own CUSTOM ones, newest first",
    authScopes: MEMBER,
    args: {
      ...pageArgs(t.arg),
      includeArchived: t.arg.boolean({ required: false, description: 'Also list archived linesheets (default false)' }),
    },
    resolve: (_root, args, ctx) => listLinesheets(asMember(ctx), args),
  }),
  linesheet: t.field({
    type: LinesheetRef,
    description: "An ADMIN linesheet of the account, or one of the caller's CUSTOM ones (anyone else's answers NOT_FOUND)",
    authScopes: MEMBER,
    args: { id: t.arg.id({ required: true }) },
    resolve: (_root, { id }, ctx) => visibleLinesheet(asMember(ctx), id),
  }),
}));

const CreateLinesheetInput = builder.inputType('CreateLinesheetInput', {
  fields: (t) => ({
    kind: t.field({ type: LinesheetKindEnum, required: true }),
    name: t.string({ required: true }),
    startShip: t.string({ required: true, description: 'YYYY-MM-DD' }),
    deliveryDates: t.stringList({ required: true, description: 'YYYY-MM-DD each, on or after startShip; 1 to 52 of them' }),
    styleIds: t.idList({ required: true, description: 'Styles of the account, not deleted; at most 1,000' }),
  }),
});

const UpdateLinesheetInput = builder.inputType('UpdateLinesheetInput', {
  fields: (t) => ({
    linesheetId: t.id({ required: true }),
    name: t.string({ required: false }),
    startShip: t.string({ required: false, description: 'YYYY-MM-DD' }),
    deliveryDates: t.stringList({ required: false, description: 'Replaces the delivery dates (on or after the start ship; 1 to 52)' }),
    styleIds: t.idList({
      required: false,
      description: 'Replaces the styles; styles kept keep their badge, styles added must not be deleted',
    }),
  }),
});

const OWNER_OR = (capability: string) =>
  `An ADMIN linesheet needs "${capability}" (a restriction removes it); a CUSTOM one is changed by its owner only (NOT_FOUND to anyone else).`;
const ARCHIVED = 'An archived linesheet is no longer changed (CONFLICT, rule WRONG_STATUS).';

builder.mutationFields((t) => ({
  createLinesheet: t.field({
    type: LinesheetRef,
    description:
      'Creates a linesheet owned by the caller. Any member creates a CUSTOM one; an ADMIN one needs "Add/Edit Admin Linesheets" ' +
      '(with "Restrict Add/Edit Admin Linesheets" a member creates only custom linesheets).',
    ...LINESHEET_POLICIES.create.field, // an ADMIN linesheet's capability is decided once it is read
    args: { input: t.arg({ type: CreateLinesheetInput, required: true }) },
    resolve: (_root, { input }, ctx) => createLinesheet(inTransaction(ctx), input),
  }),
  updateLinesheet: t.field({
    type: LinesheetRef,
    description: `Changes a linesheet's name, dates or styles. ${OWNER_OR('Add/Edit Admin Linesheets')} ${ARCHIVED}`,
    ...LINESHEET_POLICIES.update.field, // an ADMIN linesheet's capability is decided once it is read
    args: { input: t.arg({ type: UpdateLinesheetInput, required: true }) },
    resolve: (_root, { input }, ctx) => updateLinesheet(inTransaction(ctx), input),
  }),
  archiveLinesheet: t.field({
    type: LinesheetRef,
    description: `Archives a linesheet (archiving it again changes nothing). ${OWNER_OR('Archive Admin Linesheets')}`,
    ...LINESHEET_POLICIES.archive.field, // an ADMIN linesheet's capability is decided once it is read
    args: { id: t.arg.id({ required: true }) },
    resolve: (_root, { id }, ctx) => archiveLinesheet(inTransaction(ctx), id),
  }),
  deleteLinesheet: t.field({
    type: LinesheetRef,
    description:
      `Deletes a linesheet and answers it as it was. ${OWNER_OR('Delete Admin Linesheets')} ` +
      'A linesheet an order was taken from is kept (CONFLICT): archive it instead.',
    ...LINESHEET_POLICIES.delete.field, // an ADMIN linesheet's capability is decided once it is read
    args: { id: t.arg.id({ required: true }) },
    resolve: (_root, { id }, ctx) => deleteLinesheet(inTransaction(ctx), id),
  }),
  shareLinesheet: t.field({
    type: LinesheetRef,
    description: `Shares a linesheet, setting sharedAt ("Restrict Share Linesheets" removes this, for every linesheet). A CUSTOM one is shared by its owner only. ${ARCHIVED}`,
    authScopes: { shareLinesheets: true },
    args: { id: t.arg.id({ required: true }) },
    resolve: (_root, { id }, ctx) => changeLinesheetSettings(inTransaction(ctx), id, { sharedAt: ctx.app.now() }),
  }),
  setLinesheetStyleBadge: t.field({
    type: LinesheetRef,
    description:
      'Shows a custom badge on a style of an ADMIN linesheet, or with null none ("Allow Apply Custom Style Badges to Admin Linesheets"). ' +
      `A CUSTOM linesheet answers CONFLICT (rule WRONG_STATUS). ${ARCHIVED}`,
    authScopes: { applyAdminLinesheetBadges: true },
    args: { linesheetId: t.arg.id({ required: true }), styleId: t.arg.id({ required: true }), badgeId: t.arg.id({ required: false }) },
    resolve: (_root, args, ctx) => setLinesheetStyleBadge(inTransaction(ctx), args.linesheetId, args.styleId, args.badgeId ?? null),
  }),
}));

/**
 * The on/off settings of a linesheet: one mutation each, differing only by the setting and its
 * policy: fixed when the setting is restricted for every linesheet, decided against the linesheet
 * (`forAdminOnly`) when only Admin linesheets are restricted.
 */
const SWITCHES: ReadonlyArray<{
  mutation: string;
  setting: 'private' | 'syncToIpad';
  rule: Policy;
  /** Whether `rule` is decided against the linesheet (ADMIN ones only), or is fixed for every linesheet. */
  forAdminOnly: boolean;
  description: string;
}> = [
  {
    mutation: 'setLinesheetPrivacy',
    setting: 'private',
    rule: LINESHEET_POLICIES.setPrivacy,
    forAdminOnly: true,
    description:
      'Makes a linesheet private (visible only to the connected retailers the brand chose) or not. ' +
      OWNER_OR('Edit Privacy Settings Admin Linesheets'),
  },
  {
    mutation: 'setLinesheetIpadSync',
    setting: 'syncToIpad',
    rule: LINESHEET_POLICIES.setIpadSync,
    forAdminOnly: false,
    description:
      'Sets a linesheet to sync, or not, to the iPad app ("Restrict Sync to iPad Linesheets" removes this, for every linesheet). ' +
      'A CUSTOM one is changed by its owner only.',
  },
];

for (const { mutation, setting, rule, forAdminOnly, description } of SWITCHES) {
  builder.mutationField(mutation, (t) =>
    t.field({
      type: LinesheetRef,
      description: `${description} ${ARCHIVED}`,
      ...rule.field,
      args: { id: t.arg.id({ required: true }), [setting]: t.arg.boolean({ required: true }) },
      resolve: (_root, args, ctx) =>
        changeLinesheetSettings(
          inTransaction(ctx),
          args.id as string,
          { [setting]: args[setting] as boolean } as LinesheetSettings,
          forAdminOnly ? rule : null,
        ),
    }),
  );
}
