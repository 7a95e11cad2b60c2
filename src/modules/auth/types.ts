import { and, asc, eq } from 'drizzle-orm';
import { builder } from '../../builder.js';
import { asMember } from '../../context.js';
import { accountFeatureFlags } from '../accounts/features.js';
import { AccountRef } from '../accounts/types.js';
import { decide } from '../permissions/decide.js';
import { EffectivePermissionsRef } from '../permissions/types.js';
import { members } from '../users/tables.js';
import { UserRef } from '../users/types.js';
import { type SessionIdentity, type SignedIn, login, logout, signUp, switchAccount } from './service.js';

/** The person behind the session; one login, possibly several accounts. */
const MeRef = builder.objectRef<SessionIdentity>('Me').implement({
  description: 'The signed-in person, the account the session acts in, and their permissions there',
  fields: (t) => ({
    personId: t.exposeID('personId', {
      description: "The person's id, the same in every account; `user { id }` is your membership of this one",
    }),
    name: t.string({ resolve: async (me, _args, ctx) => (await ctx.loaders.person.load(me.personId))!.name }),
    email: t.string({ resolve: async (me, _args, ctx) => (await ctx.loaders.person.load(me.personId))!.email }),
    account: t.field({
      type: AccountRef,
      description: 'The account this session acts in',
      resolve: async (me, _args, ctx) => (await ctx.loaders.account.load(me.accountId))!,
    }),
    user: t.field({
      type: UserRef,
      description: 'Your membership of the current account',
      resolve: (me, _args, ctx) => currentMember(ctx.app.db.read, me),
    }),
    permissions: t.field({
      type: EffectivePermissionsRef,
      description: 'Your effective permissions in the current account',
      resolve: async (me, _args, ctx) => {
        const member = await currentMember(ctx.app.db.read, me);
        const account = await ctx.loaders.account.load(me.accountId);
        return decide(await ctx.loaders.memberPermissions.load(member.id), accountFeatureFlags(account!));
      },
    }),
    accounts: t.field({
      type: [AccountRef],
      description: 'Every account you are an active member of; `switchAccount` moves the session',
      resolve: async (me, _args, ctx) => {
        const rows = await ctx.app.db.read
          .select({ accountId: members.accountId })
          .from(members)
          .where(and(eq(members.personId, me.personId), eq(members.status, 'ACTIVE')))
          .orderBy(asc(members.createdAt));
        return (await ctx.loaders.account.loadMany(rows.map((row) => row.accountId))) as never;
      },
    }),
  }),
});

async function currentMember(db: import('../../db/client.js').Db, me: SessionIdentity) {
  const member = await db
    .select()
    .from(members)
    .where(and(eq(members.personId, me.personId), eq(members.accountId, me.accountId)))
    .get();
  return member!;
}

export const AuthPayloadRef = builder.objectRef<SignedIn>('AuthPayload').implement({
  fields: (t) => ({
    token: t.exposeString('token', { description: 'Send as "Authorization: Bearer <token>". Shown once.' }),
    me: t.field({ type: MeRef, resolve: (signedIn) => signedIn }),
  }),
});

builder.queryField('me', (t) =>
  t.field({
    type: MeRef,
    resolve: (_root, _args, ctx) => {
      const { viewer } = asMember(ctx);
      return { personId: viewer.person.id, accountId: viewer.account.id };
    },
  }),
);

const SignUpInput = builder.inputType('SignUpInput', {
  fields: (t) => ({
    accountName: t.string({ required: true }),
    name: t.string({ required: true }),
    email: t.string({ required: true }),
    password: t.string({ required: true, description: 'At least 8 characters' }),
  }),
});

const LoginInput = builder.inputType('LoginInput', {
  fields: (t) => ({
    email: t.string({ required: true }),
    password: t.string({ required: true }),
    accountId: t.id({ required: false, description: 'The account to act in; defaults to your oldest membership' }),
  }),
});

builder.mutationFields((t) => ({
  signUp: t.field({
    type: AuthPayloadRef,
    description: 'Creates an account with you as its first user, with full access. Public.',
    skipTypeScopes: true,
    authScopes: { public: true },
    args: { input: t.arg({ type: SignUpInput, required: true }) },
    resolve: (_root, { input }, ctx) => signUp(ctx, input),
  }),
  login: t.field({
    type: AuthPayloadRef,
    description: 'Starts a session. Public.',
    skipTypeScopes: true,
    authScopes: { public: true },
    args: { input: t.arg({ type: LoginInput, required: true }) },
    resolve: (_root, { input }, ctx) => login(ctx, input),
  }),
  logout: t.boolean({
    description: 'Ends this session; its token stops working at once',
    resolve: (_root, _args, ctx) => logout(asMember(ctx)),
  }),
  switchAccount: t.field({
    type: MeRef,
    description: 'Moves this session to another account you are a member of',
    args: { accountId: t.arg.id({ required: true }) },
    resolve: (_root, { accountId }, ctx) => switchAccount(asMember(ctx), accountId),
  }),
}));
