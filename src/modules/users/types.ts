import { mapMaybePromise } from 'graphql-yoga';
import { builder } from '../../graphql/builder.js';
import { asksFor } from '../../graphql/lookahead.js';
import { pageType, pageArgs } from '../../graphql/pagination.js';
import { type Context, asMember } from '../../request/context.js';
import { inTransaction } from '../../request/transaction.js';
import { MEMBER, USER_MANAGER } from '../../graphql/scopes.js';
import { accountFeatureFlags } from '../accounts/features.js';
import { decide } from '../permissions/decide.js';
import { CapabilityEnum, DecisionRef, EffectivePermissionsRef, PermissionKey } from '../permissions/types.js';
import { deleteUser, getUser, listUsers, updateUserPermissions } from './service.js';
import type { MemberRow } from './tables.js';

const UserStatusEnum = builder.enumType('UserStatus', {
  values: {
    ACTIVE: { value: 'ACTIVE', description: 'A member who can sign in and act in the account' },
    DELETED: {
      value: 'DELETED',
      description: 'Removed from the account; kept so history still shows their name and email',
    },
  },
});

export const UserRef = builder.objectRef<MemberRow>('User');

/**
 * A user's effective permissions, decided from their keys and their account's features (batched).
 * Decided at once when both are already loaded (the caller's account; keys a list loaded ahead),
 * so the rows of a list cost no promise each.
 */
function permissionsOf(user: MemberRow, ctx: Context) {
  const keys = ctx.loaders.knownPermissions(user.id);
  const account = ctx.viewer?.account.id === user.accountId ? ctx.viewer.account : null;
  if (keys && account) return decide(keys, accountFeatureFlags(account));
  return (async () => {
    const [loadedAccount, loadedKeys] = await Promise.all([
      ctx.loaders.account.load(user.accountId),
      ctx.loaders.memberPermissions.load(user.id),
    ]);
    return decide(loadedKeys, accountFeatureFlags(loadedAccount!));
  })();
}

/** The fields of a User that read its permissions: a list asking for one loads every row's keys ahead. */
const PERMISSION_FIELDS = ['permissions', 'can', 'explain'];

/** The user themselves, or a user manager; `extensions.rule` states the static part for src/modules/permissions/guards.ts. */
const SELF_OR_MANAGER = {
  authScopes: (user: MemberRow, _args: object, ctx: Context) => user.id === ctx.viewer?.member.id || USER_MANAGER,
  extensions: { rule: USER_MANAGER },
};

UserRef.implement({
  description: "A person's membership of the account: what admins invite, edit and delete",
  fields: (t) => ({
    id: t.exposeID('id'),
    name: t.string({ resolve: async (user, _args, ctx) => (await ctx.loaders.person.load(user.personId))!.name }),
    email: t.string({ resolve: async (user, _args, ctx) => (await ctx.loaders.person.load(user.personId))!.email }),
    status: t.expose('status', { type: UserStatusEnum }),
    joinedAt: t.expose('createdAt', { type: 'DateTime' }),
    deletedAt: t.expose('deletedAt', { type: 'DateTime', nullable: true }),
    deletedBy: t.field({
      type: UserRef,
      nullable: true,
      resolve: (user, _args, ctx) => (user.deletedById ? ctx.loaders.member.load(user.deletedById) : null),
    }),
    permissions: t.field({
      type: EffectivePermissionsRef,
      nullable: true,
      description: 'What the user holds and may do. Visible to the user themselves and to user managers (null with FORBIDDEN to others).',
      ...SELF_OR_MANAGER,
      resolve: (user, _args, ctx) => permissionsOf(user, ctx),
    }),
    can: t.boolean({
      nullable: true,
      description: 'Whether the user has a capability now. Visible to the user themselves and to user managers.',
      ...SELF_OR_MANAGER,
      args: { capability: t.arg({ type: CapabilityEnum, required: true }) },
      resolve: (user, { capability }, ctx) => mapMaybePromise(permissionsOf(user, ctx), (permissions) => permissions.has(capability)),
    }),
    explain: t.field({
      type: DecisionRef,
      nullable: true,
      description: 'Whether the user has a capability, and why. Visible to the user themselves and to user managers.',
      ...SELF_OR_MANAGER,
      args: { capability: t.arg({ type: CapabilityEnum, required: true }) },
      resolve: (user, { capability }, ctx) => mapMaybePromise(permissionsOf(user, ctx), (permissions) => permissions.explain(capability)),
    }),
  }),
});

const UserConnection = pageType('User', UserRef);

builder.queryFields((t) => ({
  users: t.field({
    type: UserConnection,
    description: 'Members of the account, oldest first',
    authScopes: MEMBER,
    args: { ...pageArgs(t.arg), status: t.arg({ type: UserStatusEnum, required: false }) },
    resolve: async (_root, args, ctx, info) => {
      const page = await listUsers(asMember(ctx), args);
      if (asksFor(info, ['nodes'], PERMISSION_FIELDS)) await ctx.loaders.memberPermissions.loadMany(page.nodes.map((user) => user.id));
      return page;
    },
  }),
  user: t.field({
    type: UserRef,
    authScopes: MEMBER,
    args: { id: t.arg.id({ required: true }) },
    resolve: (_root, { id }, ctx) => getUser(asMember(ctx), id),
  }),
}));

const UpdateUserPermissionsInput = builder.inputType('UpdateUserPermissionsInput', {
  fields: (t) => ({
    userId: t.id({ required: true }),
    permissions: t.field({
      type: [PermissionKey],
      required: true,
      description: 'The complete new set: FULL_ACCESS for full access; otherwise permission sets and the toggles that are on',
    }),
  }),
});

builder.mutationFields((t) => ({
  updateUserPermissions: t.field({
    type: UserRef,
    description: "Replaces a user's permissions. Needs user management; grants only what the caller holds.",
    authScopes: USER_MANAGER,
    args: { input: t.arg({ type: UpdateUserPermissionsInput, required: true }) },
    resolve: (_root, { input }, ctx) => updateUserPermissions(inTransaction(ctx), input),
  }),
  deleteUser: t.field({
    type: UserRef,
    description: 'Removes a user from the account and ends their sessions; their name stays on history.',
    authScopes: USER_MANAGER,
    args: { userId: t.arg.id({ required: true }) },
    resolve: (_root, { userId }, ctx) => deleteUser(inTransaction(ctx), userId),
  }),
}));
