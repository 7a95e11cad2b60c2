import { and, asc, eq } from 'drizzle-orm';
import { builder } from '../../graphql/builder.js';
import { type Context, type Viewer, asMember } from '../../request/context.js';
import { inTransaction } from '../../request/transaction.js';
import { MEMBER } from '../../graphql/scopes.js';
import { accounts } from '../accounts/index.js';
import { AccountRef } from '../accounts/types.js';
import { CapabilityEnum, DecisionRef, EffectivePermissionsRef } from '../permissions/types.js';
import { members } from '../users/index.js';
import { UserRef } from '../users/types.js';
import { type OwnSession, endOtherSessions, endOwnSession, ownSessions } from './own-sessions.js';
import { type SignedIn, createAccount, login, logout, switchAccount } from './service.js';

const SessionRef = builder.objectRef<OwnSession>('Session').implement({
  description: 'One of your sessions (a device, a browser); `endSession` ends it at once',
  fields: (t) => ({
    id: t.exposeID('id'),
    account: t.field({ type: AccountRef, description: 'The account it acts in', resolve: (session) => session.account }),
    createdAt: t.expose('createdAt', { type: 'DateTime' }),
    lastSeenAt: t.expose('lastSeenAt', {
      type: 'DateTime',
      nullable: true,
      description: 'When it last made a request (to within half a minute)',
    }),
    expiresAt: t.expose('expiresAt', { type: 'DateTime' }),
    userAgent: t.exposeString('userAgent', { nullable: true, description: 'The User-Agent it signed in with' }),
    current: t.exposeBoolean('current', { description: 'True for the session making this request' }),
  }),
});

/**
 * The person behind the session (the viewer); one login, possibly several accounts. After a
 * sign-in or `switchAccount` the viewer is already the new session's, so payloads read it directly.
 */
const MeRef = builder.objectRef<Viewer>('Me').implement({
  description: 'The signed-in person, the account the session acts in, and their permissions there',
  fields: (t) => ({
    personId: t.id({
      description: "The person's id, the same in every account; `user { id }` is your membership of this one",
      resolve: (me) => me.person.id,
    }),
    name: t.string({ resolve: (me) => me.person.name }),
    email: t.string({ resolve: (me) => me.person.email }),
    account: t.field({ type: AccountRef, description: 'The account this session acts in', resolve: (me) => me.account }),
    user: t.field({ type: UserRef, description: 'Your membership of the current account', resolve: (me) => me.member }),
    permissions: t.field({
      type: EffectivePermissionsRef,
      description: 'Your effective permissions in the current account',
      resolve: (me) => me.permissions,
    }),
    can: t.boolean({
      description: 'Whether you have a capability now (ask before showing a button)',
      args: { capability: t.arg({ type: CapabilityEnum, required: true }) },
      resolve: (me, { capability }) => me.permissions.has(capability),
    }),
    explain: t.field({
      type: DecisionRef,
      description: 'Whether you have a capability, and why (which entry grants it, restricts it, or which feature is off)',
      args: { capability: t.arg({ type: CapabilityEnum, required: true }) },
      resolve: (me, { capability }) => me.permissions.explain(capability),
    }),
    sessions: t.field({
      type: [SessionRef],
      description: 'Your live sessions in every account, most recent first (at most 100)',
      resolve: (_me, _args, ctx) => ownSessions(asMember(ctx)),
    }),
    accounts: t.field({
      type: [AccountRef],
      description: 'Every account you are an active member of; `switchAccount` moves the session',
      resolve: async (me, _args, ctx) => {
        const rows = await ctx.app.db.read
          .select({ account: accounts })
          .from(members)
          .innerJoin(accounts, eq(accounts.id, members.accountId))
          .where(and(eq(members.personId, me.person.id), eq(members.status, 'ACTIVE')))
          .orderBy(asc(members.createdAt));
        return rows.map((row) => row.account);
      },
    }),
  }),
});

const viewerOf = (ctx: Context) => asMember(ctx).viewer;

export const AuthPayloadRef = builder.objectRef<SignedIn>('AuthPayload').implement({
  fields: (t) => ({
    token: t.exposeString('token', { description: 'Send as "Authorization: Bearer <token>". Shown once.' }),
    me: t.field({ type: MeRef, resolve: (_signedIn, _args, ctx) => viewerOf(ctx) }),
  }),
});

builder.queryField('me', (t) =>
  t.field({
    type: MeRef,
    authScopes: MEMBER,
    resolve: (_root, _args, ctx) => viewerOf(ctx),
  }),
);

const LoginInput = builder.inputType('LoginInput', {
  fields: (t) => ({
    email: t.string({ required: true }),
    password: t.string({ required: true }),
    accountId: t.id({ required: false, description: 'The account to act in; defaults to your oldest membership' }),
  }),
});

builder.mutationFields((t) => ({
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
    authScopes: MEMBER,
    resolve: (_root, _args, ctx) => logout(inTransaction(ctx)),
  }),
  switchAccount: t.field({
    type: MeRef,
    description: 'Moves this session to another account you are a member of',
    authScopes: MEMBER,
    args: { accountId: t.arg.id({ required: true }) },
    resolve: (_root, { accountId }, ctx) => switchAccount(inTransaction(ctx), accountId),
  }),
  createAccount: t.field({
    type: MeRef,
    description: 'Creates another account with you as its first user, with full access, and moves this session there',
    authScopes: MEMBER,
    args: { name: t.arg.string({ required: true }) },
    resolve: (_root, { name }, ctx) => createAccount(inTransaction(ctx), name),
  }),
  endSession: t.boolean({
    description: 'Ends one of your sessions (see `me { sessions }`); its token stops working and its WebSockets close with 4401',
    authScopes: MEMBER,
    args: { id: t.arg.id({ required: true }) },
    resolve: (_root, { id }, ctx) => endOwnSession(inTransaction(ctx), id),
  }),
  endOtherSessions: t.int({
    description: 'Ends every session of your login but this one; returns how many ended',
    authScopes: MEMBER,
    resolve: (_root, _args, ctx) => endOtherSessions(inTransaction(ctx)),
  }),
}));
