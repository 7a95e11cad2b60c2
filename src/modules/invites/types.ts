import { builder } from '../../graphql/builder.js';
import { pageType, pageArgs } from '../../graphql/pagination.js';
import { asMember } from '../../request/context.js';
import { inTransaction } from '../../request/transaction.js';
import { USER_MANAGER } from '../../graphql/scopes.js';
import { describedEnum } from '../../graphql/enums.js';
import { PermissionKey } from '../permissions/types.js';
import { UserRef } from '../users/types.js';
import { AuthPayloadRef } from '../auth/types.js';
import {
  InviteStatus,
  acceptInvite,
  inviteStatus,
  inviteUser,
  listInvites,
  previewInvitation,
  resendInvite,
  revokeInvite,
} from './service.js';
import type { InviteRow } from './tables.js';
import { MailStatus, type OutboxRow, outbox } from '../mail/index.js';

const InviteStatusEnum = describedEnum('InviteStatus', 'Where an invite stands', InviteStatus);
const MailStatusEnum = describedEnum('MailStatus', 'Where an email stands', MailStatus);

const MailDeliveryRef = builder.objectRef<OutboxRow>('MailDelivery').implement({
  description: "How the invite's latest email fares: sent, or waiting for a retry and why",
  fields: (t) => ({
    status: t.expose('status', { type: MailStatusEnum }),
    attempts: t.exposeInt('attempts', { description: 'Attempts to send it so far' }),
    lastError: t.exposeString('lastError', { nullable: true, description: "The SMTP server's last refusal, if the last attempt failed" }),
    nextAttemptAt: t.expose('nextAttemptAt', { type: 'DateTime', nullable: true, description: 'When it will be tried again (QUEUED)' }),
    sentAt: t.expose('sentAt', { type: 'DateTime', nullable: true }),
  }),
});

export const InviteRef = builder.objectRef<InviteRow>('Invite').implement({
  description: 'An offer of membership sent by email. Visible to user managers only.',
  authScopes: USER_MANAGER,
  fields: (t) => ({
    id: t.exposeID('id'),
    email: t.exposeString('email'),
    name: t.exposeString('name', { nullable: true }),
    permissions: t.field({
      type: [PermissionKey],
      description: 'What the person will hold once they accept',
      resolve: (invite) => invite.permissions,
    }),
    status: t.field({ type: InviteStatusEnum, resolve: (invite, _args, ctx) => inviteStatus(invite, ctx.app.now()) }),
    invitedBy: t.field({
      type: UserRef,
      resolve: async (invite, _args, ctx) => (await ctx.loaders.member.load(invite.invitedById))!,
    }),
    createdAt: t.expose('createdAt', { type: 'DateTime' }),
    expiresAt: t.expose('expiresAt', { type: 'DateTime', description: 'When the current link stops working' }),
    lastSentAt: t.expose('lastSentAt', { type: 'DateTime' }),
    sentCount: t.exposeInt('sentCount', { description: 'How many emails were sent for it (1 + re-invites)' }),
    delivery: t.field({
      type: MailDeliveryRef,
      nullable: true,
      description: 'Whether its latest email reached the mail server (with SMTP_URL), or is being retried',
      resolve: async (invite, _args, ctx) => (await ctx.loaders.children(outbox, outbox.inviteId).load(invite.id)).at(-1) ?? null,
    }),
    acceptedAt: t.expose('acceptedAt', { type: 'DateTime', nullable: true }),
    acceptedBy: t.field({
      type: UserRef,
      nullable: true,
      resolve: (invite, _args, ctx) => (invite.acceptedMemberId ? ctx.loaders.member.load(invite.acceptedMemberId) : null),
    }),
    revokedAt: t.expose('revokedAt', { type: 'DateTime', nullable: true }),
    revokedBy: t.field({
      type: UserRef,
      nullable: true,
      resolve: (invite, _args, ctx) => (invite.revokedById ? ctx.loaders.member.load(invite.revokedById) : null),
    }),
  }),
});

/** What the holder of an invite link sees before accepting: no more than the email already told them. */
const InvitationRef = builder.objectRef<Awaited<ReturnType<typeof previewInvitation>>>('Invitation').implement({
  fields: (t) => ({
    email: t.string({ resolve: ({ invite }) => invite.email }),
    name: t.string({ nullable: true, resolve: ({ invite }) => invite.name }),
    accountName: t.string({
      resolve: async ({ invite }, _args, ctx) => (await ctx.loaders.account.load(invite.accountId))!.name,
    }),
    invitedByName: t.string({
      description: 'Who sent this link: the inviter, or whoever re-sent it (the name the email gave)',
      resolve: async ({ invite }, _args, ctx) => {
        const member = await ctx.loaders.member.load(invite.lastSentById ?? invite.invitedById);
        return (await ctx.loaders.person.load(member!.personId))!.name;
      },
    }),
    expiresAt: t.field({ type: 'DateTime', resolve: ({ invite }) => invite.expiresAt }),
    hasLogin: t.boolean({
      description: 'True when this email already has a Roster login: accept with its password',
      resolve: ({ hasLogin }) => hasLogin,
    }),
  }),
});

const InviteConnection = pageType('Invite', InviteRef);

builder.queryFields((t) => ({
  invites: t.field({
    type: InviteConnection,
    description: 'Invites of the account, newest first; expired ones are ready to re-invite',
    authScopes: USER_MANAGER,
    args: { ...pageArgs(t.arg), status: t.arg({ type: InviteStatusEnum, required: false }) },
    resolve: (_root, args, ctx) => listInvites(asMember(ctx), args),
  }),
  invitation: t.field({
    type: InvitationRef,
    description: 'The invite behind an emailed link, for the accept page. Public: the token is the proof.',
    skipTypeScopes: true,
    authScopes: { public: true },
    args: { token: t.arg.string({ required: true }) },
    resolve: (_root, { token }, ctx) => previewInvitation(ctx, token),
  }),
}));

const InviteUserInput = builder.inputType('InviteUserInput', {
  fields: (t) => ({
    email: t.string({ required: true }),
    name: t.string({ required: false }),
    permissions: t.field({
      type: [PermissionKey],
      required: false,
      defaultValue: ['FULL_ACCESS'],
      description: 'Full access unless you uncheck it: pass the permission sets and toggles instead',
    }),
  }),
});

const AcceptInviteInput = builder.inputType('AcceptInviteInput', {
  fields: (t) => ({
    token: t.string({ required: true, description: 'The token from the emailed link' }),
    name: t.string({ required: false, description: "Your name, for a new login (defaults to the invite's)" }),
    password: t.string({
      required: true,
      description: 'A new password (8+ characters), or the password of your existing login',
    }),
    resetPassword: t.boolean({
      required: false,
      defaultValue: false,
      description:
        'For an address that already has a login: make `password` its new password instead (the link proves the mailbox). Every other session of the login ends.',
    }),
  }),
});

builder.mutationFields((t) => ({
  inviteUser: t.field({
    type: InviteRef,
    description: 'Invites a person by email; they get a link valid for INVITE_TTL_DAYS (7 by default).',
    authScopes: USER_MANAGER,
    args: { input: t.arg({ type: InviteUserInput, required: true }) },
    resolve: (_root, { input }, ctx) => inviteUser(inTransaction(ctx), input),
  }),
  resendInvite: t.field({
    type: InviteRef,
    description: 'Re-invites: a new link and a new expiry; the old link stops working.',
    authScopes: USER_MANAGER,
    args: { inviteId: t.arg.id({ required: true }) },
    resolve: (_root, { inviteId }, ctx) => resendInvite(inTransaction(ctx), inviteId),
  }),
  revokeInvite: t.field({
    type: InviteRef,
    authScopes: USER_MANAGER,
    args: { inviteId: t.arg.id({ required: true }) },
    resolve: (_root, { inviteId }, ctx) => revokeInvite(inTransaction(ctx), inviteId),
  }),
  acceptInvite: t.field({
    type: AuthPayloadRef,
    description: 'Joins the account from an invite link and signs in. Public: the token is the proof.',
    skipTypeScopes: true,
    authScopes: { public: true },
    args: { input: t.arg({ type: AcceptInviteInput, required: true }) },
    resolve: (_root, { input }, ctx) => acceptInvite(ctx, input),
  }),
}));
